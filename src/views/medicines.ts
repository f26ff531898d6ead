/** Medicines: name emphasised and never shortened, dose labelled, stopped ones apart (H5, H7). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Medicine, MedicineGroup, SummaryModel } from '../data/model.js';
import { collapsible, dateList, history, itemTags, kept, recordText, statusWord, table, tag, type ViewContext } from './common.js';
import { renderLists } from './lists.js';
import { renderSections } from './sections.js';
import type { Strings } from './strings.js';

/** "Do not give" first: a prohibition is read before anything else, never among the medicines being taken. */
const GROUPS: MedicineGroup[] = ['prohibited', 'repeat', 'acute', 'other', 'on-hold', 'unconfirmed', 'stopped'];

function medicineRow(m: Medicine, t: Strings): TemplateResult {
  // Cells written out as cell() writes them: one template a row (issue 15).
  return html`<tr
    ><td data-label=${t.medicine}><div class="cell-value">${m.prohibition ? html`${tag(t.doNotGive, 'red')} ` : nothing}<strong class="item-name">${recordText(m.name)}</strong>${itemTags(m, t)}${
      m.reason ? html`<span class="note">${t.reasonLabel}: ${recordText(m.reason)}</span>` : nothing
    }${m.notes.length ? html`<span class="note">${recordText(m.notes.join(' '))}</span>` : nothing}</div></td
    ><td data-label=${t.dose}><div class="cell-value">${m.dose ? recordText(m.dose) : t.doseNotRecorded}</div></td
    ><td data-label=${t.status}><div class="cell-value">${m.status ? statusWord(m.status, t) : t.notRecorded}${
      m.why && Object.hasOwn(t.whyLabels, m.why) ? html`<span class="note">${t.whyLabels[m.why]}</span>` : nothing
    }</div></td
    ><td data-label=${t.dates} class="dates"><div class="cell-value">${dateList([[t.started, m.start], [t.ended, m.end], [t.prescribed, m.authored]], t)}</div></td
  ></tr>`;
}

export function renderMedicines(model: SummaryModel, ctx: ViewContext): TemplateResult {
  const { t, level } = ctx;
  const { medicines } = model;
  const structured = GROUPS.some((g) => medicines[g].length > 0);
  const sections = medicines.sections;
  const body = html`${renderLists(model.lists.filter((l) => l.topic === 'medications'), t)}
    ${GROUPS.map((g) => {
      const limit = g === 'stopped' ? model.history.stopped : undefined;
      return medicines[g].length
        ? history(ctx, g, t.historyNames.stopped, limit, (short) =>
            table(ctx, t.medicineGroups[g], [t.medicine, t.dose, t.status, t.dates], short ? kept(medicines[g], limit!) : medicines[g], (m) => medicineRow(m, t)),
          )
        : nothing;
    })}
    ${renderSections(sections, level, 2, t, ctx.rows, ctx)}
    ${!structured && sections.length === 0 && !model.lists.some((l) => l.topic === 'medications') ? html`<p>${t.noMedicines}</p>` : nothing}`;
  const counts = model.counts.medicines;
  const current = counts.current.state === 'counted' ? counts.current.count : counts.current.state;
  const others = counts.acuteIssues + counts.prohibited + counts.onHold + counts.unconfirmed + counts.stopped;
  const count = current === 'not-recorded' && others === 0 ? undefined : t.medicinesCount(current, counts);
  return collapsible(ctx, 'medicines', t.medicinesHeading, count, body, 'medicines');
}
