/** Additional information: conditions, alerts and every other section, known or not (H4). */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ConditionItem, SummaryModel } from '../data/model.js';
import { cell, date, heading, notCodedTag, table } from './common.js';
import { renderLists } from './lists.js';
import { renderSections } from './sections.js';
import { strings } from './strings.js';

function conditionRow(c: ConditionItem): TemplateResult {
  const status = [c.clinical, c.verification].filter(Boolean).join(', ');
  return html`<tr>
    ${cell(strings.condition, html`<strong class="item-name">${c.name}</strong>${c.coded ? nothing : html` ${notCodedTag()}`}`)}
    ${cell(strings.status, status || strings.notRecorded)}
    ${cell(strings.onset, date(c.onset))}
    ${cell(strings.ended, c.abatement ? date(c.abatement) : '')}
  </tr>`;
}

export function renderAdditional(model: SummaryModel, level: number): TemplateResult | typeof nothing {
  const { conditions, flags, sections } = model.additional;
  const shown = sections;
  const lists = model.lists.filter((l) => l.topic === 'other');
  if (conditions.length + flags.length + shown.length + lists.length === 0) return nothing;
  return html`<section class="group additional" part="additional" aria-labelledby="scr-additional">
    ${heading(level, 1, strings.additionalHeading, 'scr-additional')}
    ${flags.length
      ? table(strings.flags, [strings.flag, strings.status, strings.started], flags.map(
          (f) => html`<tr>${cell(strings.flag, html`<strong class="item-name">${f.text}</strong>`)}${cell(strings.status, f.status ?? strings.notRecorded)}${cell(strings.started, date(f.period))}</tr>`,
        ))
      : nothing}
    ${conditions.length
      ? table(strings.conditions, [strings.condition, strings.status, strings.onset, strings.ended], [
          html`${repeat(conditions, (c) => c.source.ref, conditionRow)}`,
        ])
      : nothing}
    ${lists.length ? html`${heading(level, 2, strings.otherLists)}${renderLists(lists)}` : nothing}
    ${renderSections(shown, level, 2)}
  </section>`;
}
