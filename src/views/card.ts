/** The loaded record, top to bottom: identity and source, warnings, allergies, medicines, the rest. */
import { html, nothing, type TemplateResult } from 'lit';
import type { HiddenCounts } from '../data/model.js';
import { renderAdditional } from './additional.js';
import { renderAllergies } from './allergies.js';
import { renderHeader, renderPrintIdentity, renderWarnings, type HeaderContext } from './header.js';
import { renderMedicines } from './medicines.js';
import type { Strings } from './strings.js';

export type { SectionKey } from './common.js';
export type { CopyState } from './header.js';

export type CardContext = HeaderContext;

const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');

function footnotes(hidden: HiddenCounts, t: Strings): TemplateResult | typeof nothing {
  const notes: string[] = [];
  if (hidden.enteredInError > 0) notes.push(t.hiddenEnteredInError(hidden.enteredInError));
  if (Object.keys(hidden.notDisplayed).length) notes.push(t.hiddenNotDisplayed(describeCounts(hidden.notDisplayed)));
  if (hidden.narrativeCopies && Object.keys(hidden.narrativeCopies).length) {
    notes.push(t.narrativeCopies(describeCounts(hidden.narrativeCopies)));
  }
  if (notes.length === 0) return nothing;
  return html`<footer class="footnotes" part="footnotes">${notes.map((n) => html`<p>${n}</p>`)}</footer>`;
}

export function renderCard(context: CardContext): TemplateResult {
  const { model } = context;
  return html`${renderPrintIdentity(context)}${renderHeader(context)}
    ${renderWarnings(model.warnings, context)}
    ${renderAllergies(model, context)}
    ${renderMedicines(model, context)}
    ${renderAdditional(model, context)}
    ${footnotes(model.hidden, context.t)}`;
}
