/**
 * Automatic retry as the clinician sees it, against the element contract of issue 7:
 * attribute `retries` (default 2, `retries="0"` disables); during a backoff the card says
 * "Retrying (attempt N of M)" and `state` stays `loading`; after the last failed attempt,
 * `state` is `error` with the final failure's kind. And "Try again" in the error state.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { ScrSummary } from '../../src/index.js';
import { ENDPOINT, fhirJson, shadow, technicalText, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { NHS_A, NHS_B, scrBundle } from '../helpers/records.js';
import { mountAndSettle, mountScr, requestedNhs, sleep, watchPageErrors } from './support/harness.js';

const unavailable = () => new HttpResponse('<h1>503 Service Unavailable</h1>', { status: 503, headers: { 'Content-Type': 'text/html' } });

let page: ReturnType<typeof watchPageErrors>;
beforeEach(() => (page = watchPageErrors()));
afterEach(() => {
  page.stop();
  resetHandlers();
  expect(page.errors, 'uncaught errors on the page').to.deep.equal([]);
});

/** Every distinct text the card showed while `watch` ran, sampled on each animation frame. */
async function textsDuring(el: ScrSummary, until: () => boolean, timeout = 6000): Promise<{ texts: Set<string>; states: Set<string> }> {
  const texts = new Set<string>();
  const states = new Set<string>();
  const started = performance.now();
  while (!until()) {
    texts.add(visibleText(el));
    states.add(el.getAttribute('state') ?? '');
    if (performance.now() - started > timeout) throw new Error(`gave up after ${timeout} ms; state ${el.getAttribute('state')}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
  return { texts, states };
}

describe('reliability: automatic retry in the element', () => {
  it('R1 during a backoff the card says "Retrying (attempt 1 of 2)" and state stays loading; then the record is shown', async () => {
    let calls = 0;
    await useHandlers(http.get(ENDPOINT, () => (++calls === 1 ? unavailable() : fhirJson(scrBundle()))));
    const el = await mountScr({ nhsNumber: NHS_A });
    const { texts, states } = await textsDuring(el, () => el.getAttribute('state') === 'loaded');
    const retrying = [...texts].filter((t) => /Retrying/.test(t));
    expect(retrying, 'the card said it was retrying').to.not.be.empty;
    expect(retrying.join(' ')).to.match(/Retrying \(attempt 1 of 2\)/);
    expect([...states].filter((s) => s !== 'loaded'), 'no error flashed before the retry').to.deep.equal(['loading']);
    expect(visibleText(el)).to.contain('Penicillin V');
    expect(visibleText(el)).not.to.contain('Retrying');
    expect(calls).to.equal(2);
  });

  it('R2 failing every time: attempts 1 and 2 of 2 are shown, then state error with the last failure’s kind and status', async () => {
    let calls = 0;
    await useHandlers(http.get(ENDPOINT, () => (++calls < 3 ? HttpResponse.error() : unavailable())));
    const el = await mountScr({ nhsNumber: NHS_A });
    const { texts } = await textsDuring(el, () => el.getAttribute('state') === 'error');
    const all = [...texts].join(' | ');
    expect(all).to.match(/Retrying \(attempt 1 of 2\)/);
    expect(all).to.match(/Retrying \(attempt 2 of 2\)/);
    await el.updateComplete;
    expect(calls).to.equal(3);
    // The final failure was the 503, not the earlier network errors.
    expect(technicalText(el)).to.match(/temporarily unavailable \(HTTP 503\)/);
    expect(technicalText(el)).to.contain('http (HTTP 503)');
    expect(visibleText(el)).not.to.contain('Retrying');
  });

  it('R3 retries="0" disables automatic retry: one request, error at once, never "Retrying"', async () => {
    let calls = 0;
    await useHandlers(http.get(ENDPOINT, () => (calls++, unavailable())));
    const { el, settled, elapsed } = await mountAndSettle({ nhsNumber: NHS_A, retries: 0 });
    expect(settled.type).to.equal('scr-error');
    expect(settled.type === 'scr-error' && settled.detail).to.include({ kind: 'http', status: 503 });
    expect(el.getAttribute('state')).to.equal('error');
    expect(calls).to.equal(1);
    expect(elapsed).to.be.below(400);
    await sleep(700);
    expect(calls, 'no retry later either').to.equal(1);
  });

  it('R4 retries="1": two requests, "attempt 1 of 1", then error', async () => {
    let calls = 0;
    await useHandlers(http.get(ENDPOINT, () => (calls++, HttpResponse.error())));
    const el = await mountScr({ nhsNumber: NHS_A, retries: 1 });
    const { texts } = await textsDuring(el, () => el.getAttribute('state') === 'error');
    expect([...texts].join(' ')).to.match(/Retrying \(attempt 1 of 1\)/);
    expect(calls).to.equal(2);
    expect(visibleText(el)).to.contain('could not be reached');
  });

  it('R5 a 404 is never retried automatically', async () => {
    let calls = 0;
    await useHandlers(http.get(ENDPOINT, () => (calls++, new HttpResponse(null, { status: 404 }))));
    const { el } = await mountAndSettle({ nhsNumber: NHS_A });
    await sleep(700);
    expect(calls).to.equal(1);
    expect(visibleText(el)).not.to.contain('Retrying');
  });

  it('R6 switching patient during a backoff: the old patient is not requested again and only the new one is shown', async () => {
    const asked: string[] = [];
    await useHandlers(
      http.get(ENDPOINT, ({ request }) => {
        const nhs = requestedNhs(request.url)!;
        asked.push(nhs);
        return nhs === NHS_A ? unavailable() : fhirJson(scrBundle({ nhsNumber: NHS_B, name: 'SECOND, Patient' }));
      }),
    );
    const el = await mountScr({ nhsNumber: NHS_A });
    await waitUntil(() => /Retrying/.test(visibleText(el)), 'never showed Retrying', { timeout: 3000 });
    el.setAttribute('nhs-number', NHS_B);
    await waitUntil(() => el.getAttribute('state') === 'loaded', 'never loaded', { timeout: 3000 });
    await sleep(1500);
    expect(asked.filter((n) => n === NHS_A), 'no retry for the old patient after the switch').to.have.length(1);
    expect(visibleText(el)).to.contain('SECOND, Patient');
    expect(visibleText(el)).not.to.contain('Retrying');
  });

  it('R7 "Try again" in the error state requests the record again and shows it', async () => {
    let calls = 0;
    await useHandlers(http.get(ENDPOINT, () => (++calls === 1 ? new HttpResponse(null, { status: 500 }) : fhirJson(scrBundle()))));
    const { el } = await mountAndSettle({ nhsNumber: NHS_A });
    expect(el.getAttribute('state')).to.equal('error');
    (shadow(el).querySelector('button.retry') as HTMLButtonElement).click();
    await waitUntil(() => el.getAttribute('state') === 'loaded', 'never loaded', { timeout: 3000 });
    expect(calls).to.equal(2);
    expect(visibleText(el)).to.contain('Penicillin V');
  });
});
