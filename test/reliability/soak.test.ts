/**
 * Soak (issue 7 §4): 500 patient switches on one `<scr-summary>`, with random delays
 * between them and random faults and latencies in the answers (network failures and 503s
 * that are retried, 500s, HTML pages, refusals, empty results, records naming someone
 * else, slow answers), and now and then the element taken out of the page and put back.
 *
 * What must hold:
 * - at no moment does the card show a patient other than the one last asked for (H2);
 * - at each checkpoint, and at the end, the view matches the last patient asked for and
 *   the fault planned for that request;
 * - afterwards, no timer, listener or request started during the soak is still running.
 *
 * The run is seeded (mulberry32), so a failure names a reproducible switch number.
 */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { isValidNhsNumber } from '../../src/data/nhs-number.js';
import type { ScrSummary } from '../../src/index.js';
import { ENDPOINT, fhirJson, visibleText } from '../helpers/element.js';
import { countWorkerRequests, resetHandlers, useHandlers } from '../helpers/msw.js';
import { emptySearchset, scrBundle } from '../helpers/records.js';
import { seeded } from '../safety/support/patients.js';
import { sleep, watchPageErrors } from './support/harness.js';
import { installLeakProbe } from './support/leaks.js';

export const SWITCHES = 500;
const SEED = 20261121;
const CHECKPOINT_EVERY = 50;


/** Eight fictional patients with valid NHS numbers in the 999 test range, each with a name and allergy of their own. */
const PATIENTS = (() => {
  const out: { nhs: string; name: string; allergen: string }[] = [];
  for (let n = 100; out.length < 8; n++) {
    const prefix = `999${String(n).padStart(6, '0')}`;
    for (let d = 0; d <= 9; d++) {
      if (isValidNhsNumber(`${prefix}${d}`)) {
        const i = out.length;
        out.push({ nhs: `${prefix}${d}`, name: `SOAKTEST${String.fromCharCode(65 + i)}, Person`, allergen: `Allergen${String.fromCharCode(65 + i)}` });
        break;
      }
    }
  }
  return out;
})();

type Fault = 'ok' | 'network-once' | '503-once' | '500' | 'html' | 'refused' | 'empty' | 'mismatch' | 'slow';
const FAULTS: [Fault, number][] = [
  ['ok', 35], ['network-once', 10], ['503-once', 10], ['500', 8], ['html', 8], ['refused', 8], ['empty', 6], ['mismatch', 5], ['slow', 10],
];

interface Plan {
  patient: (typeof PATIENTS)[number];
  fault: Fault;
  latencyMs: number;
}

/** What the clinician must see once the request for `plan` has finished. */
function expectSettledView(el: ScrSummary, plan: Plan, where: string): void {
  const state = el.getAttribute('state');
  const text = visibleText(el);
  const { patient, fault } = plan;
  const expected: Record<Fault, [string, RegExp | string]> = {
    ok: ['loaded', patient.allergen],
    slow: ['loaded', patient.allergen],
    'network-once': ['loaded', patient.allergen],
    '503-once': ['loaded', patient.allergen],
    '500': ['error', 'The record service had a problem'],
    html: ['error', 'The record service’s answer could not be read'],
    refused: ['error', 'Access refused'],
    empty: ['empty', 'Allergies unavailable'],
    mismatch: ['error', 'different NHS number'],
  };
  const [wantState, wantText] = expected[fault];
  expect(state, `${where}: state for ${patient.name} (${fault})`).to.equal(wantState);
  if (typeof wantText === 'string') expect(text, `${where}: text for ${fault}`).to.contain(wantText);
  else expect(text).to.match(wantText);
  if (wantState === 'loaded') expect(text, `${where}: the patient shown`).to.contain(patient.name);
  for (const other of PATIENTS) if (other !== patient) expect(text, `${where}: another patient on screen`).not.to.contain(other.name);
}

async function settled(el: ScrSummary, timeoutMs = 5000): Promise<void> {
  const started = performance.now();
  while (!['loaded', 'empty', 'error'].includes(el.getAttribute('state') ?? '')) {
    if (performance.now() - started > timeoutMs) throw new Error(`never settled: ${el.getAttribute('state')}`);
    await sleep(10);
  }
  await el.updateComplete;
}

describe('soak: patient switches with random delays and faults', () => {
  it(`${SWITCHES} switches: the view always matches the last patient asked for, and nothing is left running`, async function () {
    this.timeout(240_000);
    const random = seeded(SEED);
    const pick = <T>(weighted: [T, number][]): T => {
      let r = random() * weighted.reduce((n, [, w]) => n + w, 0);
      for (const [value, weight] of weighted) if ((r -= weight) < 0) return value;
      return weighted[0][0];
    };
    const plans = new Map<string, Plan>();
    const attempts = new Map<string, number>();

    await useHandlers(
      http.get(ENDPOINT, async ({ request }) => {
        const id = new URL(request.url).searchParams.get('switch') ?? '';
        const plan = plans.get(id);
        if (!plan) return new HttpResponse('unknown switch', { status: 500 });
        const attempt = (attempts.get(id) ?? 0) + 1;
        attempts.set(id, attempt);
        await delay(plan.fault === 'slow' ? 150 + plan.latencyMs * 4 : plan.latencyMs);
        const { patient } = plan;
        switch (plan.fault) {
          case 'network-once':
            return attempt === 1 ? HttpResponse.error() : fhirJson(scrBundle({ nhsNumber: patient.nhs, name: patient.name, allergies: [['01-Jan-2026', patient.allergen, '', '', '']] }));
          case '503-once':
            return attempt === 1 ? new HttpResponse('<h1>503</h1>', { status: 503, headers: { 'Content-Type': 'text/html' } }) : fhirJson(scrBundle({ nhsNumber: patient.nhs, name: patient.name, allergies: [['01-Jan-2026', patient.allergen, '', '', '']] }));
          case '500':
            return fhirJson({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception' }] }, { status: 500 });
          case 'html':
            return new HttpResponse('<!doctype html><title>Proxy</title>', { headers: { 'Content-Type': 'text/html' } });
          case 'refused':
            return fhirJson({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden', diagnostics: '[PSIS-30418]' }] }, { status: 403 });
          case 'empty':
            return fhirJson(emptySearchset);
          case 'mismatch': {
            const other = PATIENTS[(PATIENTS.indexOf(patient) + 1) % PATIENTS.length];
            return fhirJson(scrBundle({ nhsNumber: other.nhs, name: other.name, allergies: [['01-Jan-2026', other.allergen, '', '', '']] }));
          }
          default:
            return fhirJson(scrBundle({ nhsNumber: patient.nhs, name: patient.name, allergies: [['01-Jan-2026', patient.allergen, '', '', '']] }));
        }
      }),
    );

    const page = watchPageErrors();
    const requests = countWorkerRequests();
    const el = document.createElement('scr-summary') as ScrSummary;
    el.setAttribute('timeout', '5000');
    document.body.append(el);
    await el.updateComplete;

    const probe = installLeakProbe();
    let current: Plan | undefined;
    const violations: string[] = [];
    // Every change to the card, not only the moments the test looks: another patient's name
    // on screen at any time is a violation (H2).
    const observer = new MutationObserver(() => {
      if (!current) return;
      const text = visibleText(el);
      for (const other of PATIENTS) {
        if (other !== current.patient && text.includes(other.name)) violations.push(`${other.name} shown while ${current.patient.name} was asked for`);
      }
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });

    let abandonedTimers: number[] = [];
    let reconnects = 0;
    let checkpoints = 0;
    const started = performance.now();
    try {
      for (let i = 1; i <= SWITCHES; i++) {
        const plan: Plan = { patient: PATIENTS[Math.floor(random() * PATIENTS.length)], fault: pick(FAULTS), latencyMs: Math.floor(random() * 60) };
        plans.set(String(i), plan);
        current = plan;
        // Endpoint and patient change together: one reload, and the switch id lets the mock
        // answer with this switch's planned fault.
        el.setAttribute('endpoint', `${ENDPOINT}?switch=${i}`);
        el.setAttribute('nhs-number', plan.patient.nhs);
        await el.updateComplete;
        expect(el.getAttribute('state'), `switch ${i}: loading at once`).to.equal('loading');
        expect(violations, `switch ${i}`).to.deep.equal([]);

        if (random() < 0.02) {
          // The host takes the widget out and puts it back: it must fetch afresh, still for this patient.
          el.remove();
          document.body.append(el);
          reconnects += 1;
        }
        if (i % CHECKPOINT_EVERY === 0) {
          await settled(el);
          expectSettledView(el, plan, `checkpoint at switch ${i}`);
          checkpoints += 1;
        } else {
          await sleep(Math.floor(random() * 40));
        }
      }
      await settled(el);
      const last = current!;
      expectSettledView(el, last, 'after the last switch');
      // Right now only the mock's own latency timers (< 400 ms) may be pending. A time-out
      // timer (5000 ms here) or a retry backoff (500–1200 ms) of an abandoned request would
      // mean an abort did not clean up after itself.
      abandonedTimers = probe.pendingTimerDelays().filter((ms) => ms >= 450);
      // Long enough for every retry chain (0.5 s + 1 s) and the slowest answer to have ended:
      // a late answer must not replace the view, and nothing may still be running.
      await sleep(2500);
      expectSettledView(el, last, 'after late answers');
    } finally {
      observer.disconnect();
    }
    // Taken out of the page, the widget must leave nothing behind: listeners on its own
    // discarded shadow tree go with it; any on window, document, signals or live nodes would stay.
    el.remove();
    await sleep(50);
    const report = probe.uninstall();
    requests.stop();
    page.stop();
    resetHandlers();
    const elapsed = Math.round(performance.now() - started);

    console.log(`soak: ${SWITCHES} switches in ${elapsed} ms, ${checkpoints} checkpoints, ${reconnects} reconnects, seed ${SEED}; ` +
      `requests ${report.fetches.started} (MSW started ${requests.counts.started}, ended ${requests.counts.ended}); ` +
      `timers created ${report.timers.created}, pending ${report.timers.pending}; listeners added ${report.listeners.added}, live ${report.listeners.live} ${JSON.stringify(report.listeners.liveByTarget)}, on discarded nodes ${report.listeners.onDetachedNodes}`);

    expect(violations, 'another patient was on screen').to.deep.equal([]);
    expect(page.errors, 'uncaught errors').to.deep.equal([]);
    expect(abandonedTimers, 'time-out or backoff timers of abandoned requests still pending').to.deep.equal([]);
    expect(report.timers.pending, `timers still pending (delays ${report.timers.pendingDelays.join(', ')} ms)`).to.equal(0);
    expect(report.fetches.pending, 'requests still in flight').to.equal(0);
    expect(report.fetches.unreadBodies, 'response bodies neither read nor cancelled').to.equal(0);
    expect(requests.counts.ended, 'MSW requests started but never ended').to.equal(requests.counts.started);
    expect(report.listeners.live, `listeners still attached ${JSON.stringify(report.listeners.liveByTarget)}`).to.equal(0);
    expect(report.fetches.started, 'at least one request per switch').to.be.at.least(SWITCHES);
  });
});
