/**
 * Helpers for the `source="scr-api"` tests: the demo's mock of the API (its request log is
 * what the tests assert on), mounting a widget in that mode, answering the permission
 * question through the form as a clinician would, and collecting events.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import { nothing } from 'lit';
import '../../src/scr-summary.js';
import type { ScrSummary } from '../../src/index.js';
import { createScrApi, type LoggedRequest, type ScrApiMock } from '../../demo/mocks/scr-api.js';
import { DEMO_ALERT_CONTEXT, SCR_API_PATH } from '../../demo/mocks/scr-api-scenarios.js';
import { settle, shadow } from './element.js';
import { useHandlers } from './msw.js';

export { DEMO_ALERT_CONTEXT as ALERT_CONTEXT, SCR_API_PATH as API };

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Numbers of the mock API's patients (demo/mocks/scr-api-scenarios.ts). */
export const PATIENT = {
  sandbox: '9000000009',
  noScr: '9000000033',
  ask: '9990300011',
  noLabel: '9990300038',
  optedOut: '9990300046',
  stale: '9990300054',
  changed: '9990300062',
  badRequest: '9990300070',
  flaky: '9990300089',
  unavailable: '9990300097',
  emergency: '9990300100',
  alertFails: '9990300119',
  selfClaimed: '9990300127',
  refusedAtStep2: '9990300135',
  /** Not in the mock's table: refused with 403, as the sandbox refuses every number but its own. */
  unknown: '9990300003',
} as const;

/** The mock API, with `extra` handlers tried first (to vary one answer). */
export async function useApi(...extra: RequestHandler[]): Promise<ScrApiMock> {
  const api = createScrApi();
  await useHandlers(...extra, ...api.handlers);
  return api;
}

/** `GET DocumentReference`, `POST AuditEvent`, … in the order received. */
export const described = (requests: LoggedRequest[]) => requests.map((r) => `${r.method} ${r.resource}`);

export interface ApiMountOptions {
  endpoint?: string;
  relationship?: string;
  alerts?: string;
  alertContext?: unknown;
  source?: string;
  permission?: string;
  retries?: number;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  timeout?: number;
}

export async function mountApi(nhsNumber: string, o: ApiMountOptions = {}): Promise<ScrSummary> {
  return fixture<ScrSummary>(html`<scr-summary
    source=${o.source ?? 'scr-api'}
    endpoint=${o.endpoint ?? SCR_API_PATH}
    nhs-number=${nhsNumber}
    relationship=${o.relationship ?? nothing}
    alerts=${o.alerts ?? nothing}
    permission=${o.permission ?? nothing}
    retries=${o.retries ?? nothing}
    timeout=${o.timeout ?? nothing}
    .alertContext=${o.alertContext}
    .headers=${o.headers}
    .fetch=${o.fetch}
  ></scr-summary>`);
}

export async function untilPermission(el: ScrSummary): Promise<void> {
  await settle(el, ['permission', 'loaded', 'empty', 'error']);
  if (el.getAttribute('state') !== 'permission') throw new Error(`expected the permission question, state is ${el.getAttribute('state')}`);
}

export const form = (el: ScrSummary) => shadow(el).querySelector<HTMLFormElement>('form.permission');

/** Answers the open question through the form: the radio, the reason if asked for, the submit button. */
export async function answerInForm(el: ScrSummary, decision: string, note?: string): Promise<void> {
  const radio = shadow(el).querySelector<HTMLInputElement>(`input[type=radio][value="${decision}"]`);
  if (!radio) throw new Error(`no radio for ${decision}`);
  radio.click();
  await el.updateComplete;
  if (note !== undefined) {
    const field = shadow(el).querySelector<HTMLTextAreaElement>('textarea');
    if (!field) throw new Error('no reason field');
    field.value = note;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
  shadow(el).querySelector<HTMLButtonElement>('form.permission button[type=submit]')!.click();
  await el.updateComplete;
}

/** Mounts, waits for the question, answers it with `permit()` and waits for the outcome. */
export async function mountAndAnswer(nhsNumber: string, decision: { decision: 'given' } | { decision: 'emergency'; note: string } = { decision: 'given' }, o: ApiMountOptions = {}): Promise<ScrSummary> {
  const el = await mountApi(nhsNumber, o);
  await untilPermission(el);
  el.permit(decision);
  await settle(el);
  return el;
}

/** The access alert each relationship and answer raises (`type/reason`), as the API's alert table gives it. */
export const ALERT_TABLE: [relationship: string, decision: string, alert: string | undefined][] = [
  ['legitimate', 'given', undefined],
  ['legitimate', 'emergency', '2/5'],
  ['legitimate', 'public-interest', '2/1'],
  ['legitimate', 'statute', '2/2'],
  ['legitimate', 'court-order', '2/3'],
  ['self-claimed', 'given', '1/6'],
  ['self-claimed', 'emergency', '1/4'],
  ['self-claimed', 'public-interest', '1/1'],
  ['self-claimed', 'statute', '1/2'],
  ['self-claimed', 'court-order', '1/3'],
];

/** Every event of these types from anywhere in the page, in order, until `stop()`. */
export function collect(types: string[]): { events: CustomEvent[]; stop: () => void } {
  const events: CustomEvent[] = [];
  const listener = (e: Event) => events.push(e as CustomEvent);
  for (const type of types) document.addEventListener(type, listener);
  return { events, stop: () => types.forEach((type) => document.removeEventListener(type, listener)) };
}

/** Waits until the mock has received `n` requests. */
export async function requestsReach(api: ScrApiMock, n: number, timeout = 5000): Promise<void> {
  await waitUntil(() => api.requests.length >= n, `expected ${n} requests, got ${api.requests.length}: ${described(api.requests).join(', ')}`, { timeout });
}

export const header = (r: LoggedRequest, name: string) => r.headers.get(name);

/** A short pause for anything that would (wrongly) still happen. */
export const pause = (ms = 150) => new Promise((r) => setTimeout(r, ms));
