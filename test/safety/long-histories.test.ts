/**
 * Issue 14, item 6: a long history buries nothing. A group of more than 20 stopped, ended or
 * past items shows 20 (the most recent by stated dates, else the first as listed, said so)
 * and a "Show all" button; current items are always all shown; the heading counts every
 * item; printing shows everything; "Show all" lasts for that patient only (H2, H4).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { http } from 'msw';
import type { ScrSummary } from '../../src/index.js';
import { handlers } from '../../demo/mocks/handlers.js';
import { allRows, ENDPOINT, fhirJson, mount, settle, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { mountIn } from '../a11y/support.js';
import { rowsUnder } from './support/card.js';
import { bundle, medicine, nhsNumber, patientResource, scrDocument, scrSection } from './support/patients.js';

const NHS = nhsNumber(61);
const OTHER = nhsNumber(62);
const STOPPED = 'Discontinued or stopped medicines';
const CURRENT = 'Other medicines';

afterEach(async () => {
  resetHandlers();
  await emulateMedia({ media: 'screen' });
});

/** The day `i` days after 1 Jan 2000, as a FHIR date. */
const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 864e5).toISOString().slice(0, 10);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The same day as an SCR's text writes it: `02-Jan-2000`. */
function cui(i: number): string {
  const [y, m, d] = day(i).split('-');
  return `${d}-${MONTHS[Number(m) - 1]}-${y}`;
}

/** `current` current medicines, then `stopped` stopped ones listed oldest first (dated unless `undated`), and a problem. */
function record(nhs: string, prefix: string, { current = 8, stopped = 600, undated = false } = {}) {
  return bundle([
    patientResource(nhs, prefix.toUpperCase()),
    ...Array.from({ length: current }, (_, i) => medicine(`c${i}`, `${prefix} current ${i + 1} 5mg tablets`)),
    ...Array.from({ length: stopped }, (_, i) =>
      medicine(`s${i}`, `${prefix} old ${i + 1} 5mg tablets`, { status: 'stopped', ...(undated ? {} : { effectivePeriod: { start: day(i), end: day(i + 1) } }) }),
    ),
    { resourceType: 'Condition', id: 'p1', code: { text: 'Type 2 diabetes mellitus' }, clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] } },
  ]);
}

async function show(options: Parameters<typeof record>[2] = {}): Promise<ScrSummary> {
  await useHandlers(http.get(ENDPOINT, ({ request }) => fhirJson(request.url.includes(NHS) ? record(NHS, 'Alpha', options) : record(OTHER, 'Beta', options))));
  const el = await mount(NHS);
  await settle(el, ['loaded']);
  await allRows(el);
  return el;
}

const note = (el: ScrSummary) => [...shadow(el).querySelectorAll<HTMLElement>('.history-note')].map((p) => p.innerText.replace(/\s+/g, ' ').trim());
const showAll = (el: ScrSummary) => shadow(el).querySelector<HTMLButtonElement>('button.history-more');
const liveRegion = (el: ScrSummary) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
const names = (rows: string[]) => rows.map((r) => /(\w+ old \d+) 5mg/.exec(r)?.[1]);
const olds = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix} old ${from + i}`);

/** Opens every stopped medicine and waits until the rows are built (they follow in passes). */
async function expand(el: ScrSummary, count = 600): Promise<void> {
  showAll(el)!.click();
  await waitUntil(() => rowsUnder(el, STOPPED).length === count && !shadow(el).querySelector('.rows-pending'), 'the history never filled', { timeout: 25000 });
}

describe('issue 14 item 6: long histories', () => {
  it('H4: 600 stopped medicines show the 20 most recent (by their stated dates), say so, and offer "Show all 600 stopped medicines"; the heading counts all 600', async function () {
    // 600 rows on a busy 2-core machine.
    this.timeout(30000);
    const el = await show();
    expect(names(rowsUnder(el, STOPPED))).to.deep.equal(olds('Alpha', 581, 600));
    expect(note(el)).to.deep.equal(['Showing the 20 most recent of 600 stopped medicines. Show all 600 stopped medicines']);
    expect(showAll(el)!.textContent!.trim()).to.equal('Show all 600 stopped medicines');
    expect(visibleText(el)).to.contain('(8 current, 600 discontinued or stopped)');
    expect(rowsUnder(el, CURRENT).length, 'current medicines are all shown').to.equal(8);
  });

  it('H4: current medicines are never shortened: 50 current repeats are all shown beside a shortened history', async () => {
    const el = await show({ current: 50, stopped: 30 });
    expect(rowsUnder(el, CURRENT).length).to.equal(50);
    expect(rowsUnder(el, STOPPED).length).to.equal(20);
    expect(note(el)[0]).to.contain('Showing the 20 most recent of 30 stopped medicines.');
  });

  it('H4: a history without dates keeps record order and says so, never "most recent"', async () => {
    const el = await show({ stopped: 30, undated: true });
    expect(names(rowsUnder(el, STOPPED))).to.deep.equal(olds('Alpha', 1, 20));
    expect(note(el)[0]).to.contain('Showing the first 20 of 30 stopped medicines, as listed (not all have a date).');
    expect(visibleText(el)).not.to.contain('most recent');
  });

  it('"Show all" shows all 600, moves focus to the first newly shown row and tells the live region', async function () {
    // 600 rows on a busy 2-core machine.
    this.timeout(30000);
    const el = await show();
    await expand(el);
    expect(showAll(el)).to.equal(null);
    expect(note(el)).to.deep.equal(['Showing all 600 stopped medicines.']);
    expect(liveRegion(el)).to.equal('Showing all 600 stopped medicines.');
    const focused = shadow(el).activeElement as HTMLElement;
    expect(focused.tagName).to.equal('TR');
    expect(focused.innerText).to.contain('Alpha old 1 5mg tablets');
    expect(visibleText(el)).to.contain('(8 current, 600 discontinued or stopped)');
  });

  it('H4: printing shows every item: a dispatched beforeprint shows all 600 before the page is laid out', async function () {
    // 600 rows on a busy 2-core machine.
    this.timeout(30000);
    const el = await show();
    window.dispatchEvent(new Event('beforeprint'));
    // No await: the browser lays the page out for printing straight after this event.
    expect(rowsUnder(el, STOPPED).length).to.equal(600);
    expect(showAll(el)).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await allRows(el);
    expect(rowsUnder(el, STOPPED).length, 'after printing, the card is as the reader left it').to.equal(20);
  });

  it('H4: print media (print preview) shows all 600; back on screen, 20 again', async function () {
    // 600 rows on a busy 2-core machine.
    this.timeout(30000);
    const el = await show();
    await emulateMedia({ media: 'print' });
    for (let i = 0; i < 5 && rowsUnder(el, STOPPED).length < 600; i++) await new Promise(requestAnimationFrame);
    expect(rowsUnder(el, STOPPED).length).to.equal(600);
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => rowsUnder(el, STOPPED).length === 20, 'the history stayed whole after printing', { timeout: 5000 });
  });

  it('H4: a record loaded while printing shows every item at once', async function () {
    // 600 rows on a busy 2-core machine.
    this.timeout(30000);
    await emulateMedia({ media: 'print' });
    const el = await show();
    expect(rowsUnder(el, STOPPED).length).to.equal(600);
  });

  it('H2: "Show all" lasts for that patient only: another patient starts shortened; reloading the same one keeps it', async function () {
    // 600 rows on a busy 2-core machine.
    this.timeout(30000);
    const el = await show();
    await expand(el);
    const reloaded = new Promise((r) => el.addEventListener('scr-load', r, { once: true }));
    el.reload();
    await reloaded;
    await allRows(el);
    expect(rowsUnder(el, STOPPED).length, 'reloading the same patient keeps the history whole').to.equal(600);
    el.nhsNumber = OTHER;
    await waitUntil(() => visibleText(el).includes('Beta old'), 'the other patient never showed', { timeout: 5000 });
    await allRows(el);
    expect(names(rowsUnder(el, STOPPED))).to.deep.equal(olds('Beta', 581, 600));
    expect(showAll(el)!.textContent!.trim()).to.equal('Show all 600 stopped medicines');
  });

  it('axe passes with a history shortened and shown whole', async function () {
    // axe over a card of 80 rows, twice, on a busy machine.
    this.timeout(60000);
    const el = await show({ stopped: 30 });
    await expect(el).to.be.accessible();
    await expand(el, 30);
    await expect(el).to.be.accessible();
  });

  it('the demo long history at 1280 px: problems come within the first screens, not after 600 rows', async function () {
    this.timeout(20000);
    await setViewport({ width: 1280, height: 800 });
    await useHandlers(...handlers);
    const el = await mountIn('999 026 0001', { width: 1280, endpoint: '/api/scr' });
    await settle(el, ['loaded']);
    await allRows(el);
    const card = shadow(el).querySelector('.card')!.getBoundingClientRect();
    const problems = [...shadow(el).querySelectorAll('caption')].find((c) => c.textContent === 'Problems and conditions')!.getBoundingClientRect();
    // Before item 6 the card was about 38,800 px tall, the problems at about 38,500 px.
    expect(card.height).to.be.lessThan(4000);
    expect(problems.top - card.top).to.be.lessThan(3000);
  });

  it('H4: an SCR table of 600 discontinued repeats shows 20 and "Show all"; the End of Life Care section after it is within the first screens', async function () {
    // 600 rows on a busy 2-core machine.
    this.timeout(30000);
    const head = '<thead><tr><th>Type</th><th>Date</th><th>Medication Item</th><th>Dosage Instructions</th><th>Quantity</th></tr></thead>';
    const body = Array.from(
      { length: 600 },
      (_, i) =>
        `<tr><td>Repeat Medication</td><td>Last Issued: ${cui(600 - i)}</td><td>Narrold ${i + 1} 5mg tablets</td><td>One daily</td><td>28 tablet</td></tr><tr><td/><td colspan="4">***Date Discontinued: see record***</td></tr>`,
    ).join('');
    const sections = [
      scrSection('DiscRepeatMedsHeader', 'Discontinued Repeat Medications', `<table>${head}<tbody>${body}</tbody></table>`),
      scrSection('ProblemsHeader', 'Problems and Issues', '<table><thead><tr><th>Date</th><th>Entry</th></tr></thead><tbody><tr><td>02-Mar-2017</td><td>Heart failure</td></tr></tbody></table>'),
      scrSection('EndOfLifeCareHeader', 'End of Life Care', '<p>DNACPR decision recorded 01-Nov-2026.</p>'),
    ];
    await setViewport({ width: 1280, height: 800 });
    await useHandlers(http.get(ENDPOINT, () => fhirJson(scrDocument(sections, patientResource(NHS, 'NARRATIVE')))));
    const el = await mountIn(NHS, { width: 1280 });
    await settle(el, ['loaded'], 10000);
    await allRows(el);
    const entries = () => [...shadow(el).querySelectorAll<HTMLElement>('.narrative td.name-cell')].map((td) => td.innerText.trim());
    // The narrative lists them newest first: the first 20 are the most recent.
    expect(entries()).to.deep.equal(Array.from({ length: 20 }, (_, i) => `Narrold ${i + 1} 5mg tablets`));
    expect(note(el)).to.deep.equal(['Showing the 20 most recent of 600 discontinued repeat medications. Show all 600 discontinued repeat medications']);
    expect(visibleText(el)).to.contain('600 discontinued or stopped');
    const card = shadow(el).querySelector('.card')!.getBoundingClientRect();
    const endOfLife = [...shadow(el).querySelectorAll<HTMLElement>('h4, h3')].find((h) => h.textContent!.includes('End of Life Care'))!;
    expect(endOfLife.getBoundingClientRect().top - card.top).to.be.lessThan(3000);
    window.dispatchEvent(new Event('beforeprint'));
    expect(entries().length, 'printing shows every entry').to.equal(600);
    window.dispatchEvent(new Event('afterprint'));
    await allRows(el);
    expect(entries().length).to.equal(20);
    showAll(el)!.click();
    await waitUntil(() => entries().length === 600 && !shadow(el).querySelector('.rows-pending'), 'the history never filled', { timeout: 25000 });
    const focused = shadow(el).activeElement as HTMLElement;
    expect(focused.innerText).to.contain('Narrold 21 5mg tablets');
  });
});
