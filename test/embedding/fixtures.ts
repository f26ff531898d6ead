/** Shared by the embedding proofs: a fictional record, the endpoint and small waits. */
import { waitUntil } from '@open-wc/testing';
import { NHS_A, NHS_B, scrBundle } from '../helpers/records.js';

export { NHS_A, NHS_B };
export const EMBED_ENDPOINT = '/embed-api/{nhsNumber}';
export const EMBED_PATH = '/embed-api/:nhs';

export const fhirJson = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'Content-Type': 'application/fhir+json', ...(init.headers ?? {}) } });

/** The record for an NHS number: each patient has their own name and allergy, so a test can tell them apart. */
export function recordFor(nhsNumber: string) {
  const who = nhsNumber === NHS_B ? { name: 'SECOND, Bea', allergy: 'Latex' } : { name: 'FIRST, Ada', allergy: 'Penicillin V' };
  return scrBundle({ nhsNumber, name: who.name, allergies: [['12-May-2026', who.allergy, '', '', 'Anaphylaxis']] });
}

export async function settled(el: Element, states = ['loaded', 'empty', 'error'], timeout = 6000): Promise<string> {
  await waitUntil(() => states.includes(el.getAttribute('state') ?? ''), `state never became ${states.join('/')}: ${el.getAttribute('state')}`, { timeout });
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  return el.getAttribute('state')!;
}

/** What a clinician would read in the widget, whitespace collapsed. */
export function cardText(el: Element): string {
  return ((el.shadowRoot?.querySelector('.card') as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
}

/** Everything the widget holds in the DOM: its attributes, light children and shadow tree, as markup. */
export function everything(el: Element): string {
  return `${el.outerHTML}\n${el.shadowRoot?.innerHTML ?? ''}`;
}

export function nextEvent<T = unknown>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }));
}
