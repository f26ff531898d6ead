/** Allergies: the CUI status label first, then current, ended and refuted entries kept apart (H3, H5, H13). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Allergy, AllergyStatus, SummaryModel } from '../data/model.js';
import { collapsible, date, dateList, heading, history, itemTags, kept, recordText, table, tag, type ViewContext } from './common.js';
import { renderLists } from './lists.js';
import { renderSections } from './sections.js';
import { strings as defaultStrings, type Strings } from './strings.js';

/** One line per reaction; a single reaction needs no list around it. */
function perReaction(a: Allergy, t: Strings, show: (r: Allergy['reactions'][number]) => unknown): unknown {
  if (a.reactions.length === 0) return t.notRecorded;
  if (a.reactions.length === 1) return show(a.reactions[0]);
  return html`<ul class="plain">${a.reactions.map((r) => html`<li>${show(r)}</li>`)}</ul>`;
}

const reactions = (a: Allergy, t: Strings) =>
  perReaction(a, t, (r) => (r.manifestations.length || r.description ? recordText(r.manifestations.join(', ') || r.description || '') : t.notRecorded));

const severities = (a: Allergy, t: Strings) => perReaction(a, t, (r) => (r.severity ? t.severityLabels[r.severity] ?? r.severity : t.notRecorded));

/** The verification in words; status words the widget does not know follow as the record gave them (H5). */
function certaintyOf(a: Allergy, t: Strings): unknown {
  const asSent = a.unrecognisedStatus?.length ? html`<span class="note">${t.statusAsSent}: ${recordText(a.unrecognisedStatus.join(', '))}</span>` : nothing;
  if (a.verification === 'unconfirmed') return html`${tag(t.unconfirmed, 'yellow')}${asSent}`;
  if (a.verification) return html`${t.verificationLabels[a.verification] ?? a.verification}${asSent}`;
  return asSent === nothing ? t.notRecorded : asSent;
}

function allergyRow(a: Allergy, t: Strings): TemplateResult {
  // Cells written out as cell() writes them: one template a row, not seven (issue 15).
  return html`<tr
    ><td data-label=${t.substance}><div class="cell-value"><strong class="item-name">${recordText(a.substance)}</strong>${itemTags(a, t)}${
      a.substanceFrom ? html`<span class="note">${t.substanceFrom[a.substanceFrom]}</span>` : nothing
    }${a.notes.length ? html`<span class="note">${recordText(a.notes.join(' '))}</span>` : nothing}</div></td
    ><td data-label=${t.reaction}><div class="cell-value">${reactions(a, t)}</div></td
    ><td data-label=${t.severity}><div class="cell-value">${severities(a, t)}</div></td
    ><td data-label=${t.criticality}><div class="cell-value">${a.criticality ? t.criticalityLabels[a.criticality] ?? a.criticality : t.notRecorded}</div></td
    ><td data-label=${t.certainty}><div class="cell-value">${certaintyOf(a, t)}</div></td
    ><td data-label=${t.dates} class="dates"><div class="cell-value">${dateList([[t.onset, a.onset], [t.recorded, a.recorded]], t)}</div></td
  ></tr>`;
}

function allergyTable(ctx: ViewContext, caption: string, items: readonly Allergy[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  const { t } = ctx;
  return table(ctx, caption, [t.substance, t.reaction, t.severity, t.criticality, t.certainty, t.dates], items, (a) => allergyRow(a, t));
}

/**
 * The label as the card words it: a scoped negation in the source's own words (it never
 * means "no allergies at all"), an unconfirmed one said to be unconfirmed, and a section that
 * could not be read pointed to rather than labelled.
 */
export function allergyHeadline(status: AllergyStatus, t: Strings = defaultStrings): string {
  if (status.unclear) return t.allergyUnclear;
  const label = status.scoped && status.detail ? status.detail : t.allergyLabels[status.label];
  return status.unconfirmed ? t.unconfirmedLabel(label) : label;
}

/**
 * The treatment of each allergy state, in words and shape, never colour or weight alone: a
 * class per label (its border style and glyph in styles.ts), a caution with what to do where
 * nothing is known, and a "no known" label shown as the record's own assertion.
 */
export function allergyStatusNote(status: AllergyStatus, label: string, t: Strings): TemplateResult | typeof nothing {
  if (status.label === 'not-recorded' || status.label === 'unavailable') return html`<span class="allergy-caution">${t.allergyCaution}</span>`;
  if (status.label === 'no-known') return html`<span class="allergy-assertion">${t.allergyAssertion(status.detail && status.detail !== label ? status.detail : undefined)}</span>`;
  return nothing;
}

export const allergyStatusClass = (status: AllergyStatus) => `status-${status.label}${status.label === 'known' ? ' known' : ''}`;

export function renderAllergies(model: SummaryModel, ctx: ViewContext): TemplateResult {
  const { t, level } = ctx;
  const { allergies, allergyStatus } = model;
  const label = allergyHeadline(allergyStatus, t);
  const body = html`<p class="allergy-status ${allergyStatusClass(allergyStatus)}" part="allergy-status">
      <span class="visually-hidden">${t.allergyStatus}: </span><strong>${label}</strong> ${allergyStatusNote(allergyStatus, label, t)}
    </p>
    ${renderLists(model.lists.filter((l) => l.topic === 'allergies'), t)}
    ${allergyTable(ctx, t.activeAllergies, allergies.active)}
    ${allergies.negations.length
      ? html`<div class="negations">${heading(level, 2, t.negations)}<ul>${allergies.negations.map(
          (n) => html`<li><strong>${n.text}</strong>${n.verification === 'unconfirmed' ? html` ${tag(t.unconfirmed, 'yellow')}` : nothing}${n.recorded ? html` (${t.recorded}: ${date(n.recorded, t)})` : nothing}</li>`,
        )}</ul></div>`
      : nothing}
    ${history(ctx, 'ended', t.historyNames.ended, model.history.ended, (short) => allergyTable(ctx, t.endedAllergies, short ? kept(allergies.ended, model.history.ended!) : allergies.ended))}
    ${allergyTable(ctx, t.refutedAllergies, allergies.refuted)}
    ${renderSections(allergies.sections, level, 2, t, ctx.rows, ctx)}`;
  const { current, past, unclear } = model.counts.allergies;
  const count = current + past > 0 || unclear ? t.allergiesCount(current, past, unclear) : undefined;
  return collapsible(ctx, 'allergies', t.allergiesHeading, count, body, 'allergies');
}
