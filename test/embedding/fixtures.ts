/** Shared by the embedding proofs: a fictional record, the endpoint and small waits. */
import { waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { ScrErrorDetail, ScrLoadDetail, ScrViewDetail } from '../../src/index.js';
import { useHandlers } from '../helpers/msw.js';
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

/** HTTP 401 as a FHIR server sends it for a missing or expired token. */
export const unauthorized = () =>
  HttpResponse.json(
    { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login', diagnostics: 'Access token expired' }] },
    { status: 401, headers: { 'Content-Type': 'application/fhir+json', 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
  );

/**
 * An endpoint that answers the record only to `Authorization: Bearer <token>` and 401 to
 * anything else; resolves with what each request carried, in order.
 */
export async function acceptOnlyToken(token: string, path = EMBED_PATH): Promise<{ auth: string | null; nhs: string }[]> {
  const seen: { auth: string | null; nhs: string }[] = [];
  await useHandlers(
    http.get(path, ({ request, params }) => {
      const auth = request.headers.get('authorization');
      seen.push({ auth, nhs: String(params.nhs) });
      return auth === `Bearer ${token}` ? fhirJson(recordFor(String(params.nhs))) : unauthorized();
    }),
  );
  return seen;
}

/** Every scr-load, scr-view and scr-error that reaches `target` (they bubble and are composed); `stop()` detaches. */
export function recordEvents(target: EventTarget = document) {
  const events = { load: [] as ScrLoadDetail[], view: [] as ScrViewDetail[], error: [] as ScrErrorDetail[] };
  const listeners = {
    'scr-load': (e: Event) => events.load.push((e as CustomEvent<ScrLoadDetail>).detail),
    'scr-view': (e: Event) => events.view.push((e as CustomEvent<ScrViewDetail>).detail),
    'scr-error': (e: Event) => events.error.push((e as CustomEvent<ScrErrorDetail>).detail),
  };
  for (const [type, listener] of Object.entries(listeners)) target.addEventListener(type, listener);
  const stop = () => {
    for (const [type, listener] of Object.entries(listeners)) target.removeEventListener(type, listener);
  };
  return { events, stop };
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
