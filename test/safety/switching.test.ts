/**
 * Hazard H2: a stale record after the patient changes. Rapid switching with random delays and
 * failures, removal from the page, `clear()`, and the "Retrieved at" time a reader uses to
 * judge how fresh the record is.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { formatDateTime } from '../../src/data/dates.js';
import { formatNhsNumber } from '../../src/data/nhs-number.js';
import type { ScrLoadDetail, ScrSummary } from '../../src/index.js';
import { ENDPOINT, fhirJson, mount, settle, shadow, visibleText, watchFetchSignals } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { nhsNumber, requestedNumber, seeded, taggedRecord } from './support/patients.js';

afterEach(() => resetHandlers());

const PATIENTS = Array.from({ length: 6 }, (_, i) => ({ nhs: nhsNumber(10 + i), tag: `P${i}` }));
const tagOf = (nhs: string | undefined) => PATIENTS.find((p) => p.nhs === nhs)?.tag;

/** Every word of another patient's record that must never be on screen. */
function othersWords(tag: string): string[] {
  return PATIENTS.filter((p) => p.tag !== tag).flatMap((p) => [`FAMILY${p.tag}`, `Allergen${p.tag}`, `Drug${p.tag}`, formatNhsNumber(p.nhs)]);
}

/** Listens for scr-load and records, for each event, the number the element showed at that moment. */
function watchLoads(el: ScrSummary): { loads: { detail: ScrLoadDetail; current: string | undefined }[] } {
  const loads: { detail: ScrLoadDetail; current: string | undefined }[] = [];
  el.addEventListener('scr-load', (e) => loads.push({ detail: (e as CustomEvent<ScrLoadDetail>).detail, current: el.nhsNumber?.replace(/\s+/g, '') }));
  return { loads };
}

describe('H2: rapid switching between patients', () => {
  for (const seed of [11, 2024, 77_777]) {
    it(`H2: 10 switches with random delays and failures (seed ${seed}) end showing only the last requested patient`, async function () {
      this.timeout(30000);
      const random = seeded(seed);
      const requests: string[] = [];
      await useHandlers(
        http.get(ENDPOINT, async ({ request }) => {
          const nhs = requestedNumber(request)!;
          requests.push(nhs);
          await delay(Math.floor(random() * 400));
          const roll = random();
          if (roll < 0.15) return fhirJson({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception', diagnostics: `fault for ${tagOf(nhs)}` }] }, { status: 500 });
          if (roll < 0.25) return HttpResponse.error();
          return fhirJson(taggedRecord(nhs, tagOf(nhs)!));
        }),
      );
      const el = await mount(PATIENTS[0].nhs);
      const { loads } = watchLoads(el);
      let last = PATIENTS[0];
      for (let i = 0; i < 10; i++) {
        // Sometimes before the previous answer, sometimes after it: both races matter.
        await new Promise((r) => setTimeout(r, Math.floor(random() * 250)));
        last = PATIENTS[(i + 1 + Math.floor(random() * (PATIENTS.length - 1))) % PATIENTS.length];
        el.nhsNumber = formatNhsNumber(last.nhs);
        await el.updateComplete;
        // At once, nothing of any other patient is on screen.
        const now = visibleText(el);
        for (const word of othersWords(last.tag)) expect(now, `just after switching to ${last.tag}`).not.to.contain(word);
      }
      await settle(el, ['loaded', 'error'], 10000);
      // Past every delay and retry: a late answer for someone else must not appear.
      await new Promise((r) => setTimeout(r, 2500));
      await el.updateComplete;
      const text = visibleText(el);
      for (const word of othersWords(last.tag)) expect(text, 'after everything settled').not.to.contain(word);
      expect(text).to.contain(formatNhsNumber(last.nhs));
      if (el.getAttribute('state') === 'loaded') {
        expect(text).to.contain(`FAMILY${last.tag}`);
        expect(text).to.contain(`Drug${last.tag}`);
        expect(loads.at(-1)?.detail.nhsNumber).to.equal(last.nhs);
        expect(loads.at(-1)?.detail.summary.patient.nhsNumber).to.equal(last.nhs);
      }
      // No scr-load ever announced a patient other than the one the element was showing.
      for (const { detail, current } of loads) expect(detail.nhsNumber).to.equal(current);
      expect(requests.length).to.be.at.least(2);
    });
  }

  it('H2: switching back to a patient whose first request is still in flight shows that patient from a fresh request, not a mix', async () => {
    const [a, b] = PATIENTS;
    let calls = 0;
    await useHandlers(
      http.get(ENDPOINT, async ({ request }) => {
        const nhs = requestedNumber(request)!;
        calls += 1;
        await delay(nhs === a.nhs && calls === 1 ? 800 : 50);
        return fhirJson(taggedRecord(nhs, tagOf(nhs)!));
      }),
    );
    const el = await mount(a.nhs);
    el.nhsNumber = b.nhs;
    await el.updateComplete;
    el.nhsNumber = a.nhs;
    await settle(el, ['loaded']);
    await new Promise((r) => setTimeout(r, 900));
    const text = visibleText(el);
    expect(text).to.contain(`FAMILY${a.tag}`);
    expect(text).not.to.contain(`FAMILY${b.tag}`);
    expect(calls, 'a, b, then a again').to.be.at.least(3);
  });

  it('H2: changing the endpoint clears the record at once and discards the old endpoint’s late answer', async () => {
    const [a] = PATIENTS;
    await useHandlers(
      http.get(ENDPOINT, async () => (await delay(600), fhirJson(taggedRecord(a.nhs, 'OLDENDPOINT')))),
      http.get(`${ENDPOINT}-b`, () => fhirJson(taggedRecord(a.nhs, 'NEWENDPOINT'))),
    );
    const el = await mount(a.nhs);
    el.endpoint = `${ENDPOINT}-b`;
    await el.updateComplete;
    expect(visibleText(el)).not.to.contain('OLDENDPOINT');
    await settle(el, ['loaded']);
    await new Promise((r) => setTimeout(r, 800));
    expect(visibleText(el)).to.contain('FAMILYNEWENDPOINT');
    expect(visibleText(el)).not.to.contain('OLDENDPOINT');
  });
});

describe('H2: the record does not outlive its place on the page', () => {
  it('H2: removing the element from the page clears the patient from its shadow tree', async () => {
    const [a] = PATIENTS;
    await useHandlers(http.get(ENDPOINT, () => fhirJson(taggedRecord(a.nhs, a.tag))));
    const el = await mount(a.nhs);
    await settle(el, ['loaded']);
    const parent = el.parentNode!;
    el.remove();
    // However long it stays out of the page, it holds nothing of the patient.
    for (const wait of [0, 100, 600]) {
      await new Promise((r) => setTimeout(r, wait));
      await el.updateComplete;
      const left = shadow(el).textContent ?? '';
      for (const word of [`FAMILY${a.tag}`, `Allergen${a.tag}`, `Drug${a.tag}`, formatNhsNumber(a.nhs)]) expect(left, `${wait} ms after removal`).not.to.contain(word);
    }
    parent.appendChild(el);
  });

  it('H2: an element put back on the page fetches afresh and never shows the old record in the meantime', async () => {
    const [a] = PATIENTS;
    let calls = 0;
    let removed = false;
    // Each answer carries its request's number, so the card says which request it shows.
    await useHandlers(http.get(ENDPOINT, async () => (calls += 1, await delay(removed ? 400 : 0), fhirJson(taggedRecord(a.nhs, `${a.tag}V${calls}`)))));
    const el = await mount(a.nhs);
    await settle(el, ['loaded']);
    const first = /FAMILY\w+V(\d+)/.exec(visibleText(el))![0];
    const callsBefore = calls;
    const parent = el.parentNode!;
    el.remove();
    removed = true;
    await el.updateComplete;
    parent.appendChild(el);
    await el.updateComplete;
    expect(visibleText(el)).not.to.contain(first);
    await waitUntil(() => /FAMILY\w+V\d+/.test(visibleText(el)), 'a record again', { timeout: 3000 });
    expect(visibleText(el)).not.to.contain(first);
    expect(calls, 'a new request after being put back').to.be.greaterThan(callsBefore);
  });

  it('H2: a request still in flight when the element is removed is aborted, and its answer is never shown', async () => {
    const [a] = PATIENTS;
    await useHandlers(http.get(ENDPOINT, async () => (await delay(500), fhirJson(taggedRecord(a.nhs, a.tag)))));
    const fetches = watchFetchSignals();
    try {
      const el = await mount(a.nhs);
      await settle(el, ['loading']);
      el.remove();
      await new Promise((r) => setTimeout(r, 800));
      await el.updateComplete;
      expect(shadow(el).textContent ?? '').not.to.contain(`FAMILY${a.tag}`);
      expect(fetches.signals.length, 'a request was made').to.be.greaterThan(0);
      expect(fetches.signals.every((s) => s.aborted), 'every request was aborted').to.be.true;
    } finally {
      fetches.restore();
    }
  });

  it('H2: clear() removes the patient’s record, number and request from the widget', async () => {
    const [a] = PATIENTS;
    await useHandlers(http.get(ENDPOINT, () => fhirJson(taggedRecord(a.nhs, a.tag))));
    const el = (await mount(a.nhs)) as ScrSummary & { clear?: () => void };
    await settle(el, ['loaded']);
    expect(el.clear, 'the element has a clear() method').to.be.a('function');
    el.clear!();
    await settle(el, ['idle'], 2000);
    const left = shadow(el).textContent ?? '';
    for (const word of [`FAMILY${a.tag}`, `Allergen${a.tag}`, `Drug${a.tag}`, formatNhsNumber(a.nhs)]) expect(left).not.to.contain(word);
    expect(el.getAttribute('state')).to.equal('idle');
    expect(el.hasAttribute('nhs-number')).to.be.false;
  });
});

describe('H2/H12: recency', () => {
  it('H2/H12: the card shows when the record was retrieved, as a 24-hour local time', async () => {
    const [a] = PATIENTS;
    await useHandlers(http.get(ENDPOINT, () => fhirJson(taggedRecord(a.nhs, a.tag))));
    const before = formatDateTime(new Date());
    const el = await mount(a.nhs);
    await settle(el, ['loaded']);
    const after = formatDateTime(new Date());
    const match = /Retrieved at:? ?(\d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2})/.exec(visibleText(el));
    expect(match, 'a "Retrieved at" time').to.exist;
    expect([before, after]).to.include(match![1]);
  });

  it('H2: reload() replaces the record with a fresh one, never mixing old and new', async () => {
    const [a] = PATIENTS;
    let calls = 0;
    await useHandlers(http.get(ENDPOINT, () => (calls += 1, fhirJson(taggedRecord(a.nhs, `${a.tag}R${calls}`)))));
    const el = await mount(a.nhs);
    await settle(el, ['loaded']);
    el.reload();
    await waitUntil(() => visibleText(el).includes(`FAMILY${a.tag}R2`), 'the reloaded record', { timeout: 3000 });
    expect(visibleText(el)).not.to.contain(`FAMILY${a.tag}R1`);
  });
});
