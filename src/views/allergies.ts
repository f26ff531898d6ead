/** Allergies: the CUI status label first, then current, ended and refuted entries kept apart (H3, H5, H13). */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Allergy, AllergyStatus, SummaryModel } from '../data/model.js';
import { cell, date, heading, notCodedTag, table, tag } from './common.js';
import { renderLists } from './lists.js';
import { renderSections } from './sections.js';
import { strings } from './strings.js';

const CRITICALITY: Record<string, string> = { high: 'High', low: 'Low', 'unable-to-assess': 'Unable to assess' };
const SEVERITY: Record<string, string> = { mild: 'Mild', moderate: 'Moderate', severe: 'Severe' };
const VERIFICATION: Record<string, string> = {
  confirmed: 'Confirmed', unconfirmed: 'Unconfirmed', presumed: 'Presumed', refuted: 'Refuted',
};

function reactions(a: Allergy): TemplateResult | string {
  if (a.reactions.length === 0) return strings.notRecorded;
  return html`<ul class="plain">${a.reactions.map(
    (r) => html`<li>${r.manifestations.join(', ') || r.description || strings.notRecorded}</li>`,
  )}</ul>`;
}

function severities(a: Allergy): TemplateResult | string {
  if (a.reactions.length === 0) return strings.notRecorded;
  return html`<ul class="plain">${a.reactions.map((r) => html`<li>${r.severity ? SEVERITY[r.severity] : strings.notRecorded}</li>`)}</ul>`;
}

function allergyRow(a: Allergy): TemplateResult {
  const certainty = a.verification ? VERIFICATION[a.verification] ?? a.verification : strings.notRecorded;
  return html`<tr>
    ${cell(strings.substance, html`<strong class="item-name">${a.substance}</strong>${a.coded ? nothing : html` ${notCodedTag()}`}${
      a.notes.length ? html`<span class="note">${a.notes.join(' ')}</span>` : nothing
    }`)}
    ${cell(strings.reaction, reactions(a))}
    ${cell(strings.severity, severities(a))}
    ${cell(strings.criticality, a.criticality ? CRITICALITY[a.criticality] ?? a.criticality : strings.notRecorded)}
    ${cell(strings.certainty, a.verification === 'unconfirmed' ? tag(strings.unconfirmed, 'yellow') : certainty)}
    ${cell(strings.dates, html`${strings.onset}: ${date(a.onset)}<br />${strings.recorded}: ${date(a.recorded)}`)}
  </tr>`;
}

function allergyTable(caption: string, items: Allergy[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return table(
    caption,
    [strings.substance, strings.reaction, strings.severity, strings.criticality, strings.certainty, strings.dates],
    [html`${repeat(items, (a) => a.source.ref, allergyRow)}`],
  );
}

/** A scoped negation is headlined in the source's own words: it never means "no allergies at all". */
export function allergyHeadline(status: AllergyStatus): string {
  return status.scoped && status.detail ? status.detail : strings.allergyLabels[status.label];
}

export function renderAllergies(model: SummaryModel, level: number): TemplateResult {
  const { allergies, allergyStatus } = model;
  const label = allergyHeadline(allergyStatus);
  const known = allergyStatus.label === 'known';
  return html`<section class="group allergies" part="allergies" aria-labelledby="scr-allergies">
    ${heading(level, 1, strings.allergiesHeading, 'scr-allergies')}
    <p class="allergy-status ${known ? 'known' : ''}" part="allergy-status">
      <span class="visually-hidden">${strings.allergyStatus}: </span><strong>${label}</strong>${
        allergyStatus.detail && allergyStatus.detail !== label ? html` <span class="status-detail">(${allergyStatus.detail})</span>` : nothing
      }
    </p>
    ${renderLists(model.lists.filter((l) => l.topic === 'allergies'))}
    ${allergyTable(strings.activeAllergies, allergies.active)}
    ${allergies.negations.length
      ? html`<div class="negations">${heading(level, 2, strings.negations)}<ul>${allergies.negations.map(
          (n) => html`<li><strong>${n.text}</strong>${n.recorded ? html` (${strings.recorded}: ${date(n.recorded)})` : nothing}</li>`,
        )}</ul></div>`
      : nothing}
    ${allergyTable(strings.endedAllergies, allergies.ended)}
    ${allergyTable(strings.refutedAllergies, allergies.refuted)}
    ${renderSections(allergies.sections, level, 2)}
  </section>`;
}
