/** The loaded record, top to bottom: identity and source, warnings, allergies, medicines, the rest. */
import { html, nothing, type TemplateResult } from 'lit';
import type { HiddenCounts, SummaryModel } from '../data/model.js';
import { renderAdditional } from './additional.js';
import { renderAllergies } from './allergies.js';
import { renderHeader, renderWarnings } from './header.js';
import { renderMedicines } from './medicines.js';
import { strings } from './strings.js';

export interface CardContext {
  model: SummaryModel;
  requestedNhsNumber: string;
  retrievedAt: string;
  headingLevel: number;
}

const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');

function footnotes(hidden: HiddenCounts): TemplateResult | typeof nothing {
  const notes: string[] = [];
  if (hidden.enteredInError > 0) notes.push(strings.hiddenEnteredInError(hidden.enteredInError));
  if (Object.keys(hidden.notDisplayed).length) notes.push(strings.hiddenNotDisplayed(describeCounts(hidden.notDisplayed)));
  if (hidden.narrativeCopies && Object.keys(hidden.narrativeCopies).length) {
    notes.push(strings.narrativeCopies(describeCounts(hidden.narrativeCopies)));
  }
  if (notes.length === 0) return nothing;
  return html`<footer class="footnotes" part="footnotes">${notes.map((n) => html`<p>${n}</p>`)}</footer>`;
}

export function renderCard(context: CardContext): TemplateResult {
  const { model, headingLevel } = context;
  return html`${renderHeader(context)}
    ${renderWarnings(model.warnings)}
    ${renderAllergies(model, headingLevel)}
    ${renderMedicines(model, headingLevel)}
    ${renderAdditional(model, headingLevel)}
    ${footnotes(model.hidden)}`;
}
