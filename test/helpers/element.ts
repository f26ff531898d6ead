import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/scr-summary.js';
import type { ScrErrorDetail, ScrState, ScrSummary } from '../../src/index.js';

export const ENDPOINT = '/test-api/scr';

export async function mount(nhsNumber: string | undefined, endpoint = ENDPOINT): Promise<ScrSummary> {
  return fixture<ScrSummary>(html`<scr-summary endpoint=${endpoint} nhs-number=${nhsNumber ?? ''}></scr-summary>`);
}

export async function settle(el: ScrSummary, states: ScrState[] = ['loaded', 'empty', 'error'], timeout = 5000): Promise<void> {
  await waitUntil(() => states.includes(el.getAttribute('state') as ScrState), `state never became ${states.join('/')}: ${el.getAttribute('state')}`, { timeout });
  await el.updateComplete;
}

/** Waits until every table row is built (long tables fill in over a few frames: src/element/row-passes.ts). */
export async function allRows(el: ScrSummary, timeout = 10000): Promise<void> {
  await waitUntil(() => !el.shadowRoot?.querySelector('.rows-pending'), 'table rows were still being added', { timeout });
  await el.updateComplete;
}

/** The visible text of the card, whitespace collapsed: what a clinician would read. */
export function visibleText(el: ScrSummary): string {
  return (el.shadowRoot?.querySelector('.card') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
}

/** The closed "Technical details" of an error card (what the system reported, for IT staff), whitespace collapsed. */
export function technicalText(el: ScrSummary): string {
  return (el.shadowRoot?.querySelector('details.technical-details')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadow(el: ScrSummary): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

export const fhirJson = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'Content-Type': 'application/fhir+json', ...(init.headers ?? {}) } });

/**
 * Mounts and resolves with the first `scr-load` or `scr-error` from it. The listener is on
 * the document before the element exists: an error found without a request (an invalid
 * NHS number) fires before `fixture()` returns.
 */
export async function mountForEvent<T = unknown>(type: 'scr-load' | 'scr-error', nhsNumber: string | undefined, endpoint = ENDPOINT): Promise<{ el: ScrSummary; event: CustomEvent<T> }> {
  let resolve!: (e: CustomEvent<T>) => void;
  const seen = new Promise<CustomEvent<T>>((r) => (resolve = r));
  const listener = (e: Event) => resolve(e as CustomEvent<T>);
  document.addEventListener(type, listener, { once: true });
  const el = await mount(nhsNumber, endpoint);
  const event = await seen;
  await el.updateComplete;
  return { el, event };
}

/** Mounts and waits for a final state, collecting every `scr-error` detail raised meanwhile. */
export async function mountCollectingErrors(nhsNumber: string): Promise<{ el: ScrSummary; errors: ScrErrorDetail[] }> {
  const errors: ScrErrorDetail[] = [];
  const listener = (e: Event) => errors.push((e as CustomEvent<ScrErrorDetail>).detail);
  document.addEventListener('scr-error', listener);
  const el = await mount(nhsNumber);
  await settle(el);
  document.removeEventListener('scr-error', listener);
  return { el, errors };
}

/** Records the AbortSignal of each fetch the page makes, passing the call through unchanged. */
export function watchFetchSignals(): { signals: AbortSignal[]; restore: () => void } {
  const original = window.fetch;
  const signals: AbortSignal[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.signal) signals.push(init.signal);
    return original(input, init);
  };
  return { signals, restore: () => (window.fetch = original) };
}
