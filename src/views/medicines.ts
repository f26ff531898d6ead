/** Medicines: name emphasised and never shortened, dose labelled, stopped ones apart (H5, H7). */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Medicine, MedicineGroup, SummaryModel } from '../data/model.js';
import { cell, date, heading, notCodedTag, table } from './common.js';
import { renderLists } from './lists.js';
import { renderSections } from './sections.js';
import { strings } from './strings.js';

const GROUPS: MedicineGroup[] = ['repeat', 'acute', 'other', 'stopped'];

function dates(m: Medicine): TemplateResult {
  return html`${m.start ? html`${strings.started}: ${date(m.start)}<br />` : nothing}${
    m.end ? html`${strings.ended}: ${date(m.end)}<br />` : nothing
  }${m.authored ? html`${strings.prescribed}: ${date(m.authored)}` : nothing}${
    !m.start && !m.end && !m.authored ? strings.notRecorded : nothing
  }`;
}

function medicineRow(m: Medicine): TemplateResult {
  return html`<tr>
    ${cell(strings.medicine, html`<strong class="item-name">${m.name}</strong>${m.coded ? nothing : html` ${notCodedTag()}`}${
      m.reason ? html`<span class="note">${strings.reasonLabel}: ${m.reason}</span>` : nothing
    }${m.notes.length ? html`<span class="note">${m.notes.join(' ')}</span>` : nothing}`)}
    ${cell(strings.dose, m.dose ?? strings.doseNotRecorded)}
    ${cell(strings.status, m.status ?? strings.notRecorded)}
    ${cell(strings.dates, dates(m))}
  </tr>`;
}

export function renderMedicines(model: SummaryModel, level: number): TemplateResult {
  const { medicines } = model;
  const structured = GROUPS.some((g) => medicines[g].length > 0);
  const sections = medicines.sections;
  return html`<section class="group medicines" part="medicines" aria-labelledby="scr-medicines">
    ${heading(level, 1, strings.medicinesHeading, 'scr-medicines')}
    ${renderLists(model.lists.filter((l) => l.topic === 'medications'))}
    ${GROUPS.map((g) =>
      medicines[g].length
        ? table(strings.medicineGroups[g], [strings.medicine, strings.dose, strings.status, strings.dates], [
            html`${repeat(medicines[g], (m) => m.source.ref, medicineRow)}`,
          ])
        : nothing,
    )}
    ${renderSections(sections, level, 2)}
    ${!structured && sections.length === 0 && !model.lists.some((l) => l.topic === 'medications') ? html`<p>${strings.noMedicines}</p>` : nothing}
  </section>`;
}
