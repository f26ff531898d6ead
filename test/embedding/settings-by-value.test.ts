/**
 * Settings compared by value: a host that sets a setting again to an equal value (a framework
 * re-rendering passes new objects with the same entries) makes no request and hears no event;
 * a setting whose value really changes asks once. `fetch` is compared by identity (the
 * widget cannot see inside a function: the README asks hosts for a stable one).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/scr-summary.js';
import type { ScrProvider, ScrSummary } from '../../src/index.js';
import { resetHandlers } from '../helpers/msw.js';
import { acceptOnlyToken, cardText, EMBED_ENDPOINT, NHS_A, pause, recordEvents, settled } from './fixtures.js';

const TOKEN = 'settings-token-5e6f';
const auth = (token = TOKEN) => ({ Authorization: `Bearer ${token}`, 'X-Trace': 'host-1' });
const hostFetch: typeof fetch = (input, init) => fetch(input, init);

afterEach(() => {
  resetHandlers();
  document.querySelectorAll('scr-summary, scr-provider').forEach((e) => e.remove());
});

/** A widget with every setting given, loaded once; `events` records what it fires from then on. */
async function loadedWidget() {
  const seen = await acceptOnlyToken(TOKEN);
  const el = document.createElement('scr-summary');
  Object.assign(el, {
    endpoint: EMBED_ENDPOINT,
    nhsNumber: NHS_A,
    headers: auth(),
    strings: { medicinesHeading: 'Medicines', allergyLabels: { known: 'Allergies recorded' } },
    timeout: 5000,
    retries: 1,
    withCredentials: true,
    fetch: hostFetch,
  });
  document.body.append(el);
  expect(await settled(el)).to.equal('loaded');
  const recorded = recordEvents(el);
  return { el, seen, recorded };
}

/** Each setting: an equal value set again (new objects where it is an object), and a different one. */
const SETTINGS: { name: string; same: (el: ScrSummary) => void; other?: (el: ScrSummary) => void }[] = [
  { name: 'headers', same: (el) => (el.headers = { 'X-Trace': 'host-1', Authorization: `Bearer ${TOKEN}` }), other: (el) => (el.headers = auth('another')) },
  { name: 'strings', same: (el) => (el.strings = { allergyLabels: { known: 'Allergies recorded' }, medicinesHeading: 'Medicines' }) },
  { name: 'timeout (property)', same: (el) => (el.timeout = 5000), other: (el) => (el.timeout = 6000) },
  { name: 'timeout (attribute)', same: (el) => el.setAttribute('timeout', '5000') },
  { name: 'retries', same: (el) => el.setAttribute('retries', '1'), other: (el) => (el.retries = 0) },
  { name: 'with-credentials', same: (el) => el.setAttribute('with-credentials', ''), other: (el) => el.removeAttribute('with-credentials') },
  { name: 'fetch (the same function)', same: (el) => (el.fetch = hostFetch), other: (el) => (el.fetch = (input, init) => fetch(input, init)) },
];

describe('settings compared by value', () => {
  for (const { name, same, other } of SETTINGS) {
    it(`${name}: an equal value set again, five times, neither asks again nor fires an event${other ? '; a different one asks once' : ''}`, async () => {
      const { el, seen, recorded } = await loadedWidget();
      const before = cardText(el);
      for (let i = 0; i < 5; i += 1) {
        same(el);
        await el.updateComplete;
        await pause(20);
      }
      await pause(300);
      expect(seen.length, 'requests').to.equal(1);
      expect(recorded.events).to.deep.equal({ load: [], view: [], error: [] });
      expect(el.getAttribute('state')).to.equal('loaded');
      expect(cardText(el)).to.equal(before);
      if (!other) return;

      other(el);
      await waitUntil(() => recorded.events.load.length + recorded.events.error.length === 1, `no event after ${name} changed`, { timeout: 5000 });
      await pause(300);
      expect(seen.length, 'requests after a real change').to.equal(2);
    });
  }

  it('strings: different wording re-renders the card without asking again or firing an event', async () => {
    const { el, seen, recorded } = await loadedWidget();
    el.strings = { medicinesHeading: 'Current medication', allergyLabels: { known: 'Allergies recorded' } };
    await el.updateComplete;
    await pause(300);
    expect(cardText(el)).to.contain('Current medication');
    expect(seen.length).to.equal(1);
    expect(recorded.events).to.deep.equal({ load: [], view: [], error: [] });
  });

  it('a time-out that is not a number (timeout="soon") asks once, not in a loop', async () => {
    const seen = await acceptOnlyToken(TOKEN);
    const el = document.createElement('scr-summary');
    el.headers = auth();
    el.setAttribute('timeout', 'soon');
    el.setAttribute('endpoint', EMBED_ENDPOINT);
    el.setAttribute('nhs-number', NHS_A);
    const recorded = recordEvents(el);
    document.body.append(el);
    expect(await settled(el)).to.equal('loaded');
    await pause(500);
    expect(seen.length).to.equal(1);
    expect(recorded.events.view.length).to.equal(1);
    recorded.stop();
  });
});

describe('<scr-provider> settings compared by value', () => {
  async function providedWidget() {
    const seen = await acceptOnlyToken(TOKEN);
    const provider = document.createElement('scr-provider') as ScrProvider;
    Object.assign(provider, { endpoint: EMBED_ENDPOINT, headers: auth(), fetch: hostFetch, timeout: 5000, retries: 1, withCredentials: true });
    const el = document.createElement('scr-summary');
    el.nhsNumber = NHS_A;
    provider.append(el);
    document.body.append(provider);
    expect(await settled(el)).to.equal('loaded');
    return { provider, el, seen, recorded: recordEvents(el) };
  }

  it('the provider given equal settings again (new objects) makes no request and no event', async () => {
    const { provider, el, seen, recorded } = await providedWidget();
    for (let i = 0; i < 5; i += 1) {
      Object.assign(provider, { endpoint: EMBED_ENDPOINT, headers: auth(), fetch: hostFetch, timeout: 5000, retries: 1, withCredentials: true });
      provider.setAttribute('timeout', '5000');
      await provider.updateComplete;
      await el.updateComplete;
      await pause(20);
    }
    await pause(300);
    expect(seen.length).to.equal(1);
    expect(recorded.events).to.deep.equal({ load: [], view: [], error: [] });
    expect(el.getAttribute('state')).to.equal('loaded');
  });

  it('a real change on the provider (another token) reaches the widget: one more request', async () => {
    const { provider, el, seen, recorded } = await providedWidget();
    provider.headers = auth('another');
    await waitUntil(() => recorded.events.error.length === 1, 'the widget did not ask with the new token', { timeout: 5000 });
    await pause(300);
    expect(seen.map((s) => s.auth)).to.deep.equal([`Bearer ${TOKEN}`, 'Bearer another']);
    expect(el.getAttribute('state')).to.equal('error');
  });
});
