/** Composition sections shown as their narrative, with the "not recorded" and empty-reason states. */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Section } from '../data/model.js';
import { heading, history, recordText, type ViewContext } from './common.js';
import { emptyLabel } from './lists.js';
import { renderNarrative } from './narrative.js';
import type { RowBudget } from './rows.js';
import type { Strings } from './strings.js';

/** `ctx`, when given, shortens long history tables (src/data/history-limit.ts). */
export function renderSections(sections: Section[], level: number, depth: number, t: Strings, rows?: RowBudget, ctx?: ViewContext): TemplateResult | typeof nothing {
  if (sections.length === 0) return nothing;
  // Each section's template is built now, in reading order, not when the repeat directive
  // commits: its narrative takes rows from this pass's budget before any later table does.
  const built = sections.map((s) => [s.key, renderSection(s, level, depth, t, rows, ctx)] as const);
  return html`${repeat(built, ([key]) => key, ([, template]) => template)}`;
}

function renderSection(s: Section, level: number, depth: number, t: Strings, rows?: RowBudget, ctx?: ViewContext): TemplateResult {
  const text = (short: boolean) => html`<div class="narrative">${renderNarrative(short ? s.history!.narrative : s.narrative, { t, group: s.group, caption: s.title, rows })}</div>`;
  return html`<div class="record-section">
      ${heading(level, depth, html`${s.documentTitle ? html`${recordText(s.documentTitle)}: ` : nothing}${recordText(s.title)}${s.structured ? html` ${t.asWritten}` : nothing}`)}
      ${!s.structured && s.reading.state === 'unclear' ? html`<p class="section-unclear">${t.sectionUnclear}</p>` : nothing}
      ${s.emptyReason ? html`<p class="empty-reason">${tagFor(s, t)} ${recordText(s.emptyReason.text)}</p>` : nothing}
      ${s.notRecorded ? html`<p class="not-recorded"><strong>${t.sectionNotRecorded}</strong></p>` : nothing}
      ${ctx ? history(ctx, s.key, t.historyNames[s.kind] ?? '', s.history, text, 0) : text(false)}
    </div>`;
}

function tagFor(section: Section, t: Strings): TemplateResult {
  return html`<strong class="tag tag-grey">${emptyLabel(section.emptyReason?.code ?? '', t)}</strong>`;
}
