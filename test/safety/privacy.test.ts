/**
 * Hazard H10: patient data leaking out of the widget. After loading and switching records the
 * browser's storage is exactly as it was, nothing naming the patient reached the console, the
 * page's URL and title are untouched, and the only requests made are the ones the endpoint
 * contract describes, carrying the NHS number and nothing else about the patient.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { formatNhsNumber } from '../../src/data/nhs-number.js';
import type { ScrSummary } from '../../src/index.js';
import { ENDPOINT, fhirJson, mount, settle, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { nhsNumber, requestedNumber, taggedRecord } from './support/patients.js';

afterEach(() => resetHandlers());

const A = { nhs: nhsNumber(70), tag: 'PRIVA' };
const B = { nhs: nhsNumber(71), tag: 'PRIVB' };
/** Words from both records: names, NHS numbers (both forms), allergen and drug. */
const SECRETS = [A, B].flatMap((p) => [`FAMILY${p.tag}`, `Given${p.tag}`, `Allergen${p.tag}`, `Drug${p.tag}`, p.nhs, formatNhsNumber(p.nhs)]);

interface Snapshot {
  local: string;
  session: string;
  databases: string[];
  caches: string[];
  cookie: string;
  url: string;
  title: string;
  history: number;
}

async function snapshot(): Promise<Snapshot> {
  const dump = (s: Storage) => JSON.stringify(Object.keys(s).sort().map((k) => [k, s.getItem(k)]));
  return {
    local: dump(localStorage),
    session: dump(sessionStorage),
    databases: (await indexedDB.databases()).map((d) => `${d.name}@${d.version}`).sort(),
    caches: (await caches.keys()).sort(),
    cookie: document.cookie,
    url: location.href,
    title: document.title,
    history: history.length,
  };
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'group', 'groupCollapsed', 'assert', 'count', 'timeLog'] as const;

/** Records every console call (as text) until `restore()`; calls still go through. */
function watchConsole(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const c = console as unknown as Record<string, (...args: unknown[]) => void>;
  const originals = CONSOLE_METHODS.map((m) => [m, c[m]] as const);
  const text = (v: unknown) => {
    if (typeof v === 'string') return v;
    try {
      return JSON.stringify(v) ?? String(v);
    } catch {
      return String(v);
    }
  };
  for (const [name, original] of originals) {
    c[name] = (...args: unknown[]) => {
      lines.push(`${name}: ${args.map(text).join(' ')}`);
      original.apply(console, args);
    };
  }
  return { lines, restore: () => originals.forEach(([name, original]) => (c[name] = original)) };
}

async function loadBoth(el: ScrSummary) {
  await settle(el, ['loaded']);
  expect(visibleText(el)).to.contain(`FAMILY${A.tag}`);
  el.nhsNumber = B.nhs;
  await el.updateComplete;
  await settle(el, ['loaded']);
  await waitUntil(() => visibleText(el).includes(`FAMILY${B.tag}`), 'the second record never showed', { timeout: 5000 });
  expect(visibleText(el)).to.contain(`FAMILY${B.tag}`);
}

describe('H10: privacy', () => {
  it('H10: loading and switching records writes nothing to localStorage, sessionStorage, IndexedDB, Cache Storage or cookies, and leaves the page URL and title alone', async () => {
    await useHandlers(http.get(ENDPOINT, ({ request }) => fhirJson(taggedRecord(requestedNumber(request)!, requestedNumber(request) === A.nhs ? A.tag : B.tag))));
    const before = await snapshot();
    const el = await mount(A.nhs);
    await loadBoth(el);
    el.remove();
    await new Promise((r) => setTimeout(r, 100));
    const after = await snapshot();
    expect(after).to.deep.equal(before);
    const stored = JSON.stringify(after);
    for (const secret of SECRETS) expect(stored).not.to.contain(secret);
  });

  it('H10: nothing containing patient data reaches the console, even when the record is broken or refused', async () => {
    const watch = watchConsole();
    try {
      let call = 0;
      await useHandlers(
        http.get(ENDPOINT, ({ request }) => {
          call += 1;
          const nhs = requestedNumber(request)!;
          if (call === 3) return fhirJson({ resourceType: 'OperationOutcome', issue: [{ code: 'forbidden', diagnostics: 'denied' }] }, { status: 403 });
          if (call === 4) return new Response('{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient","name":[{"text":"FAMILYPRIVA', { headers: { 'Content-Type': 'application/fhir+json' } });
          return fhirJson(taggedRecord(nhs, nhs === A.nhs ? A.tag : B.tag));
        }),
      );
      const el = await mount(A.nhs);
      await loadBoth(el);
      el.reload();
      await settle(el, ['error']);
      el.reload();
      await settle(el, ['error']);
      el.remove();
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      watch.restore();
    }
    const logged = watch.lines.join('\n');
    for (const secret of SECRETS) expect(logged, `console mentions ${secret}`).not.to.contain(secret);
  });

  it('H10: the only requests are the configured endpoint’s, with exactly the query the contract specifies and nothing else about the patient', async () => {
    const seen: Request[] = [];
    await useHandlers(http.get(ENDPOINT, ({ request }) => (seen.push(request.clone()), fhirJson(taggedRecord(requestedNumber(request)!, requestedNumber(request) === A.nhs ? A.tag : B.tag)))));
    // The page's own module loads fill the resource-timing buffer; empty it so this test's requests are recorded.
    performance.clearResourceTimings();
    const start = performance.now();
    const el = await mount(A.nhs);
    await loadBoth(el);
    const expected = [A.nhs, B.nhs].map((n) => `${location.origin}${ENDPOINT}?patient=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C${n}`);
    expect(seen.map((r) => r.url)).to.deep.equal(expected);
    for (const request of seen) {
      expect(request.method).to.equal('GET');
      expect(await request.text()).to.equal('');
      const headers = JSON.stringify([...request.headers]);
      for (const secret of SECRETS.filter((s) => !/^\d+$/.test(s.replace(/ /g, '')))) expect(headers).not.to.contain(secret);
    }
    // No other request of any kind (no telemetry, no images, no beacons) left the page.
    const names = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= start)
      .map((e) => e.name);
    expect(names, 'resource timing sees the record requests (so it would see others)').to.include.members(expected);
    expect(names.filter((name) => !expected.includes(name))).to.deep.equal([]);
  });

  it('H10: with an {nhsNumber} endpoint the path carries the ten digits and there is no query at all', async () => {
    const seen: string[] = [];
    await useHandlers(http.get(`${ENDPOINT}/:nhs`, ({ request }) => (seen.push(request.url), fhirJson(taggedRecord(A.nhs, A.tag)))));
    const el = await mount(formatNhsNumber(A.nhs), `${ENDPOINT}/{nhsNumber}`);
    await settle(el, ['loaded']);
    expect(seen).to.deep.equal([`${location.origin}${ENDPOINT}/${A.nhs}`]);
  });

  it('H10: the host element carries no patient data in its own attributes or light DOM', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(taggedRecord(A.nhs, A.tag))));
    const el = await mount(A.nhs);
    await settle(el, ['loaded']);
    const light = el.outerHTML;
    for (const secret of [`FAMILY${A.tag}`, `Allergen${A.tag}`, `Drug${A.tag}`]) expect(light).not.to.contain(secret);
    expect(el.getAttributeNames().sort()).to.deep.equal(['endpoint', 'nhs-number', 'state']);
  });
});
