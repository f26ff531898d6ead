/**
 * Authentication without leaks, through the standard define entry imported after the
 * element already exists with its properties (a page whose module script runs after the
 * markup): 401 → `scr-error` kind `unauthorized` → the host refreshes its token and calls
 * `reload()`; `clear()` for logout; tokens never reach attributes or the DOM.
 */
import { expect } from '@open-wc/testing';
import { delay, http } from 'msw';
import type { ScrErrorDetail, ScrSummary, ScrViewDetail } from '../../src/index.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { acceptOnlyToken, cardText, EMBED_ENDPOINT, EMBED_PATH, everything, fhirJson, NHS_A, nextEvent, recordFor, settled } from './fixtures.js';

const STALE = 'stale-token-1d2e3f';
const FRESH = 'fresh-token-4a5b6c';

afterEach(() => {
  resetHandlers();
  document.querySelectorAll('scr-summary').forEach((e) => e.remove());
});

describe('authentication and logout', () => {
  it('properties set before the tag is defined are kept (the define entry loads after the markup)', async () => {
    const seen: (string | null)[] = [];
    await useHandlers(http.get(EMBED_PATH, ({ request, params }) => (seen.push(request.headers.get('authorization')), fhirJson(recordFor(String(params.nhs))))));
    const el = document.createElement('scr-summary') as ScrSummary;
    el.headers = { Authorization: `Bearer ${FRESH}` };
    el.setAttribute('endpoint', EMBED_ENDPOINT);
    el.setAttribute('nhs-number', NHS_A);
    document.body.append(el);
    expect(customElements.get('scr-summary')).to.equal(undefined);
    await import('../../src/scr-summary.js');
    expect(await settled(el)).to.equal('loaded');
    expect(seen).to.deep.equal([`Bearer ${FRESH}`]);
    expect(everything(el)).not.to.contain(FRESH);
    expect([...el.attributes].map((a) => a.value).join(' ')).not.to.contain('Bearer');
  });

  it('401 raises scr-error kind "unauthorized"; the host refreshes its token and reload() loads the record', async () => {
    await import('../../src/scr-summary.js');
    // The endpoint answers the record only with the fresh token, and 401 otherwise.
    const seen = await acceptOnlyToken(FRESH);
    // The host's fetch reads its current token each time, so the function itself never changes:
    // only reload() can make the widget ask again.
    let token = STALE;
    const el = document.createElement('scr-summary');
    el.fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('Authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    el.endpoint = EMBED_ENDPOINT;
    el.nhsNumber = NHS_A;
    const failed = nextEvent<ScrErrorDetail>(document, 'scr-error');
    document.body.append(el);
    const error = await failed;
    expect(error.detail.kind).to.equal('unauthorized');
    expect(error.detail.status).to.equal(401);
    expect(el.getAttribute('state')).to.equal('error');
    expect(seen.map((s) => s.auth)).to.deep.equal([`Bearer ${STALE}`]); // a 401 is not retried

    token = FRESH;
    const loaded = nextEvent(el, 'scr-load');
    el.reload();
    await loaded;
    expect(await settled(el)).to.equal('loaded');
    expect(seen.map((s) => s.auth)).to.deep.equal([`Bearer ${STALE}`, `Bearer ${FRESH}`]);
    expect(cardText(el)).to.contain('Penicillin V');
    for (const t of [STALE, FRESH]) expect(everything(el)).not.to.contain(t);
  });

  it('headers given as a property: a new token plus reload() asks exactly once more', async () => {
    await import('../../src/scr-summary.js');
    // The endpoint answers the record only with the fresh token, and 401 otherwise.
    const seen = await acceptOnlyToken(FRESH);
    const el = document.createElement('scr-summary');
    el.headers = { Authorization: `Bearer ${STALE}` };
    el.endpoint = EMBED_ENDPOINT;
    el.nhsNumber = NHS_A;
    el.addEventListener('scr-error', (e) => {
      if (e.detail.kind !== 'unauthorized') return;
      el.headers = { Authorization: `Bearer ${FRESH}` };
      el.reload();
    });
    document.body.append(el);
    await nextEvent(el, 'scr-load');
    expect(await settled(el)).to.equal('loaded');
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.map((s) => s.auth)).to.deep.equal([`Bearer ${STALE}`, `Bearer ${FRESH}`]);
    for (const t of [STALE, FRESH]) expect(everything(el)).not.to.contain(t);
  });

  it('clear() removes every trace of the patient: no NHS number, no record text, state idle', async () => {
    await import('../../src/scr-summary.js');
    let requests = 0;
    await useHandlers(http.get(EMBED_PATH, ({ params }) => (requests++, fhirJson(recordFor(String(params.nhs))))));
    const el = document.createElement('scr-summary');
    el.headers = { Authorization: `Bearer ${FRESH}` };
    el.setAttribute('endpoint', EMBED_ENDPOINT);
    el.setAttribute('nhs-number', '943 476 5919');
    const viewed = nextEvent<ScrViewDetail>(document, 'scr-view');
    document.body.append(el);
    expect(await settled(el)).to.equal('loaded');
    expect((await viewed).detail.nhsNumber).to.equal(NHS_A);
    const before = everything(el);
    for (const trace of ['943 476 5919', 'Penicillin V', 'FIRST', 'Riverside Surgery']) expect(before).to.contain(trace);

    el.clear();
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('idle');
    expect(el.hasAttribute('nhs-number')).to.equal(false);
    expect(el.nhsNumber ?? undefined).to.equal(undefined);
    const after = everything(el) + cardText(el) + (el.shadowRoot?.textContent ?? '');
    for (const trace of ['943 476 5919', NHS_A, '5919', 'Penicillin', 'FIRST', 'Ada', 'Riverside', 'Anaphylaxis', FRESH]) {
      expect(after, `"${trace}" is still in the widget`).not.to.contain(trace);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(requests).to.equal(1);
    expect(el.getAttribute('state')).to.equal('idle');
  });

  it('clear() while a request is in flight: the late answer is never shown', async () => {
    await import('../../src/scr-summary.js');
    await useHandlers(http.get(EMBED_PATH, async ({ params }) => (await delay(300), fhirJson(recordFor(String(params.nhs))))));
    const el = document.createElement('scr-summary');
    el.endpoint = EMBED_ENDPOINT;
    el.nhsNumber = NHS_A;
    let loads = 0;
    el.addEventListener('scr-load', () => loads++);
    document.body.append(el);
    await settled(el, ['loading']);
    el.clear();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 500));
    expect(el.getAttribute('state')).to.equal('idle');
    expect(loads).to.equal(0);
    expect(everything(el)).not.to.contain('Penicillin');
    expect(everything(el)).not.to.contain('5919');
  });

  it('events bubble and are composed: a host listening on its document hears a widget inside its own shadow root', async () => {
    await import('../../src/scr-summary.js');
    await useHandlers(http.get(EMBED_PATH, ({ params }) => fhirJson(recordFor(String(params.nhs)))));
    const app = document.createElement('div');
    const root = app.attachShadow({ mode: 'open' });
    const el = document.createElement('scr-summary');
    el.endpoint = EMBED_ENDPOINT;
    el.nhsNumber = NHS_A;
    root.append(el);
    const load = nextEvent(document, 'scr-load');
    const view = nextEvent<ScrViewDetail>(document, 'scr-view');
    document.body.append(app);
    const [l, v] = await Promise.all([load, view]);
    expect(l.bubbles && l.composed).to.equal(true);
    expect(v.detail.nhsNumber).to.equal(NHS_A);
    expect(new Date(v.detail.time).getTime()).to.be.closeTo(Date.now(), 10_000);
    expect(new URL(v.detail.source.url).pathname).to.equal(`/embed-api/${NHS_A}`);
    app.remove();
  });
});
