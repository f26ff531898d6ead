/** Additional information: conditions, alerts and every other section, known or not (H4). */
import { html, nothing, type TemplateResult } from 'lit';
import type { CodedEntry, ConditionItem, FlagItem, SummaryModel } from '../data/model.js';
import { cell, collapsible, date, heading, history, itemTags, kept, recordText, statusWord, table, type ViewContext } from './common.js';
import { renderLists } from './lists.js';
import { renderSections } from './sections.js';
import type { Strings } from './strings.js';

function conditionRow(c: ConditionItem, t: Strings): TemplateResult {
  const status = [c.clinical, c.verification].filter((s): s is string => !!s).map((s) => statusWord(s, t)).join(', ');
  // Cells written out as cell() writes them: one template a row (issue 15).
  return html`<tr
    ><td data-label=${t.condition}><div class="cell-value"><strong class="item-name">${recordText(c.name)}</strong>${itemTags(c, t)}</div></td
    ><td data-label=${t.status}><div class="cell-value">${status || t.notRecorded}</div></td
    ><td data-label=${t.onset} class="dates"><div class="cell-value">${date(c.onset, t)}</div></td
    ><td data-label=${t.ended} class="dates"><div class="cell-value">${c.abatement ? date(c.abatement, t) : ''}</div></td
  ></tr>`;
}

function entryRow(e: CodedEntry, t: Strings): TemplateResult {
  return html`<tr>
    ${cell(t.entry, html`<strong class="item-name">${recordText(e.name)}</strong>${itemTags(e, t)}`)}
    ${cell(t.entryType, e.type)}
    ${cell(t.status, e.status ? statusWord(e.status, t) : t.notRecorded)}
    ${cell(t.date, date(e.date, t), 'dates')}
  </tr>`;
}

function flagRow(f: FlagItem, t: Strings): TemplateResult {
  return html`<tr>${cell(t.flag, html`<strong class="item-name">${recordText(f.text)}</strong>${itemTags({ coded: true, notInNarrative: f.notInNarrative }, t)}`)}${cell(t.status, f.status ? statusWord(f.status, t) : t.notRecorded)}${cell(t.started, date(f.period, t), 'dates')}</tr>`;
}

export function renderAdditional(model: SummaryModel, ctx: ViewContext): TemplateResult | typeof nothing {
  const { t, level } = ctx;
  const { conditions, flags, entries, sections } = model.additional;
  const lists = model.lists.filter((l) => l.topic === 'other');
  if (conditions.length + flags.length + entries.length + sections.length + lists.length === 0) return nothing;
  const body = html`${flags.length
      ? table(ctx, t.flags, [t.flag, t.status, t.started], flags, (f) => flagRow(f, t))
      : nothing}
    ${conditions.length
      ? history(ctx, 'conditions', t.historyNames.conditions, model.history.conditions, (short) =>
          table(ctx, t.conditions, [t.condition, t.status, t.onset, t.ended], short ? kept(conditions, model.history.conditions!) : conditions, (c) => conditionRow(c, t)),
        )
      : nothing}
    ${entries.length ? table(ctx, t.codedEntries, [t.entry, t.entryType, t.status, t.date], entries, (e) => entryRow(e, t)) : nothing}
    ${lists.length ? html`${heading(level, 2, t.otherLists)}${renderLists(lists, t)}` : nothing}
    ${renderSections(sections, level, 2, t, ctx.rows, ctx)}`;
  return collapsible(ctx, 'additional', t.additionalHeading, t.additionalCount(model.counts.additional), body, 'additional');
}
