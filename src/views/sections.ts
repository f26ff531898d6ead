/** Composition sections shown as their narrative, with the "not recorded" and empty-reason states. */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Section } from '../data/model.js';
import { heading } from './common.js';
import { renderNarrative } from './narrative.js';
import { strings } from './strings.js';

export function renderSections(sections: Section[], level: number, depth: number): TemplateResult | typeof nothing {
  if (sections.length === 0) return nothing;
  return html`${repeat(
    sections,
    (s) => s.key,
    (s) => html`<div class="record-section">
      ${heading(level, depth, s.structured ? `${s.title} ${strings.asWritten}` : s.title)}
      ${s.emptyReason ? html`<p class="empty-reason">${tagFor(s)} ${s.emptyReason.text}</p>` : nothing}
      ${s.notRecorded ? html`<p class="not-recorded"><strong>${strings.sectionNotRecorded}</strong></p>` : nothing}
      <div class="narrative">${renderNarrative(s.narrative)}</div>
    </div>`,
  )}`;
}

function tagFor(section: Section): TemplateResult {
  const code = section.emptyReason?.code ?? '';
  const label = code === 'nilknown' ? 'None known' : code === 'unavailable' ? 'Unavailable' : strings.notRecorded;
  return html`<strong class="tag tag-grey">${label}</strong>`;
}
