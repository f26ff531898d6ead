/** Reading the rendered card the way a clinician scans it: by table caption and by callout. */
import type { ScrSummary } from '../../../src/index.js';
import { shadow } from '../../helpers/element.js';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The visible text of each body row of the table captioned `caption` (empty when there is no such table). */
export function rowsUnder(el: ScrSummary, caption: string): string[] {
  const table = [...shadow(el).querySelectorAll('table')].find((t) => squash(t.querySelector('caption')?.textContent) === caption);
  if (!table) return [];
  return [...table.querySelectorAll('tbody tr')].map((tr) => squash((tr as HTMLElement).innerText));
}

/** The text of every warning callout, in order. */
export function warningTexts(el: ScrSummary): string[] {
  return [...shadow(el).querySelectorAll('[part~="warning"]')].map((w) => squash((w as HTMLElement).innerText));
}

/** The allergy status label as shown. */
export function allergyLabel(el: ScrSummary): string {
  return squash(shadow(el).querySelector('[part~="allergy-status"] strong')?.textContent);
}

/** The footnotes' visible text. */
export function footnotes(el: ScrSummary): string {
  return squash((shadow(el).querySelector('[part~="footnotes"]') as HTMLElement | null)?.innerText);
}
