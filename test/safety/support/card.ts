/** Reading the rendered card the way a clinician scans it: by table caption and by callout. */
import type { ScrSummary } from '../../../src/index.js';
import { shadow } from '../../helpers/element.js';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The text of each body row of the table captioned `caption` (empty when there is no such table):
 * as laid out, or, for a row off screen that the browser skips until it is scrolled to
 * (`content-visibility: auto`, which `innerText` leaves out), its text as the DOM holds it.
 */
export function rowsUnder(el: ScrSummary, caption: string): string[] {
  const table = [...shadow(el).querySelectorAll('table')].find((t) => squash(t.querySelector('caption')?.textContent) === caption);
  if (!table) return [];
  return [...table.querySelectorAll('tbody tr')].map((tr) => squash(isSkipped(tr) ? tr.textContent : (tr as HTMLElement).innerText));
}

/** A row whose cells the browser does not lay out until it nears the screen (content-visibility: auto). */
export const isSkipped = (row: Element) => !!row.firstElementChild && !row.firstElementChild.checkVisibility({ contentVisibilityAuto: true });

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
