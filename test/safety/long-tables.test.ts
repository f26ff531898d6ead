/**
 * Long tables are built in steps (src/views/rows.ts): the first rows paint at once and the
 * rest follow a frame at a time. While a table is filling it must say so with both counts,
 * it must finish without anyone asking, printing must get every row, and a patient switch
 * mid-way must never mix two patients' rows (H2, H4).
 */
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { http } from 'msw';
import type { ScrSummary } from '../../src/index.js';
import { ENDPOINT, fhirJson, mount, settle, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { isSkipped, rowsUnder } from './support/card.js';
import { bundle, manyMedicines, medicine, nhsNumber, patientResource, scrDocument, scrSection } from './support/patients.js';

const NHS = nhsNumber(41);
const OTHER = nhsNumber(42);
const CAPTION = 'Other medicines';
// Long enough that filling it takes many frames, so the first pass can be seen before it completes.
const COUNT = 2000;

afterEach(async () => {
  resetHandlers();
  await emulateMedia({ media: 'screen' });
});


async function showMany(count = COUNT): Promise<ScrSummary> {
  await useHandlers(
    http.get(ENDPOINT, ({ request }) =>
      fhirJson(request.url.includes(NHS) ? manyMedicines(NHS, 'Alphadrug', count) : manyMedicines(OTHER, 'Betadrug', count)),
    ),
  );
  const el = await mount(NHS);
  await settle(el, ['loaded']);
  return el;
}

const pendingNotes = (el: ScrSummary) => [...shadow(el).querySelectorAll('.rows-pending')].map((p) => (p as HTMLElement).innerText);
const allRowsShown = (el: ScrSummary, count = COUNT) => () => rowsUnder(el, CAPTION).length === count;
/** After the browser has brought `row` into view: two frames on, it is laid out and wholly on screen. */
async function expectLaidOutOnScreen(row: HTMLElement) {
  await nextFrame();
  await nextFrame();
  expect(isSkipped(row), 'laid out').to.equal(false);
  const box = row.getBoundingClientRect();
  expect(box.top, 'on screen').to.be.within(0, window.innerHeight - box.height);
}

/** An SCR narrative table of `count` medicine rows, named `prefix 1`, `prefix 2`… */
function narrativeTable(prefix: string, count: number): string {
  const rows = Array.from({ length: count }, (_, i) => `<tr><td>${prefix} ${i + 1} 250mg/5ml oral suspension</td><td>One 5ml spoonful three times a day</td></tr>`).join('');
  return `<table><thead><tr><th>Medication Item</th><th>Dosage Instructions</th></tr></thead><tbody>${rows}</tbody></table>`;
}

describe('Issue 15: a record of at most 150 rows is drawn whole at once', () => {
  const narrativeRows = (el: ScrSummary) => shadow(el).querySelectorAll('tbody tr').length;
  const twoSections = (repeat: number, other: number) =>
    scrDocument(
      [scrSection('RepeatMedsHeader', 'Current Repeat Medications', narrativeTable('Repeatdrug', repeat)), scrSection('TreatmentsHeader', 'Treatments', narrativeTable('Treatment', other))],
      patientResource(NHS, 'NARRATIVE'),
    );

  /** The rows and notes of the card's first loaded draw, read as `scr-load` fires (before any frame), and the element. */
  async function firstDraw(record: unknown): Promise<{ el: ScrSummary; rows: number; notes: string[] }> {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(record)));
    let first: { rows: number; notes: string[] } | undefined;
    const listener = (e: Event) => (first = { rows: narrativeRows(e.target as ScrSummary), notes: pendingNotes(e.target as ScrSummary) });
    document.addEventListener('scr-load', listener, { once: true });
    const el = await mount(NHS);
    await settle(el, ['loaded']);
    document.removeEventListener('scr-load', listener);
    return { el, ...first! };
  }

  for (const [label, record, total] of [
    ['150 structured medicines in one table', manyMedicines(NHS, 'Alphadrug', 150), 150],
    ['21 structured medicines (one more than the first pass alone)', manyMedicines(NHS, 'Alphadrug', 21), 21],
    ['two SCR narrative tables of 100 and 50 rows', twoSections(100, 50), 150],
    ['two SCR narrative tables of 12 and 10 rows (the shape of the real GetScrBundle)', twoSections(12, 10), 22],
  ] as const) {
    it(`${label}: every row in the first draw, and never "Adding the rest"`, async () => {
      const { rows, notes } = await firstDraw(record);
      expect(rows).to.equal(total);
      expect(notes).to.deep.equal([]);
    });
  }

  it('151 rows over two narrative tables: the first draw holds rows back and says so, then every row follows', async () => {
    const { el, rows, notes } = await firstDraw(twoSections(101, 50));
    expect(rows).to.be.within(1, 150);
    expect(notes.join(' ')).to.contain('Adding the rest');
    await waitUntil(() => narrativeRows(el) === 151, 'the remaining rows never arrived', { timeout: 5000 });
    expect(pendingNotes(el)).to.deep.equal([]);
  });

  it('a record drawn whole keeps every row shown when "Show all" makes it longer than 150 rows', async () => {
    const stopped = Array.from({ length: 60 }, (_, i) =>
      medicine(`s${i}`, `Olddrug ${i + 1} 5mg tablets`, { status: 'stopped', effectivePeriod: { start: `2001-01-${String((i % 28) + 1).padStart(2, '0')}` } }),
    );
    const { el, rows } = await firstDraw(bundle([patientResource(NHS, 'LONGER'), ...Array.from({ length: 100 }, (_, i) => medicine(`c${i}`, `Alphadrug ${i + 1} 5mg tablets`)), ...stopped]));
    expect(rows, '100 current and the 20 most recent stopped').to.equal(120);
    shadow(el).querySelector<HTMLButtonElement>('button.history-more')!.click();
    await el.updateComplete;
    expect(rowsUnder(el, CAPTION).length, 'the current medicines shown before stay shown').to.equal(100);
    expect(narrativeRows(el)).to.equal(160);
    expect(pendingNotes(el)).to.deep.equal([]);
  });
});

describe('H4: long tables built in steps', () => {
  it('H4: a 2,000-medicine table shows its first rows with "Showing N of 2000 rows", then every row follows without a click', async () => {
    const el = await showMany();
    const first = rowsUnder(el, CAPTION).length;
    expect(first, 'the first pass holds rows back').to.be.within(1, COUNT - 1);
    expect(pendingNotes(el)).to.deep.equal([`Showing ${first} of ${COUNT} rows. Adding the rest…`]);
    expect(visibleText(el), 'the heading counts every medicine from the start').to.contain(`(${COUNT} current)`);
    await waitUntil(allRowsShown(el), 'the remaining rows never arrived', { timeout: 5000 });
    await el.updateComplete;
    expect(pendingNotes(el)).to.deep.equal([]);
    expect(rowsUnder(el, CAPTION)[COUNT - 1]).to.contain(`Alphadrug ${COUNT} 5mg tablets`);
  });

  it('H4: rows far below the screen are skipped until they near it, then shown whole: scrolled to, the last row reads in full', async () => {
    const el = await showMany();
    await waitUntil(allRowsShown(el), 'the remaining rows never arrived', { timeout: 5000 });
    const rows = shadow(el).querySelectorAll<HTMLElement>('tbody tr');
    const last = rows[rows.length - 1];
    expect(isSkipped(last), 'a row thousands of pixels down is not laid out yet').to.equal(true);
    expect(isSkipped(rows[0]), 'the first rows are laid out at once').to.equal(false);
    last.scrollIntoView();
    await expectLaidOutOnScreen(last);
    expect(last.innerText.replace(/\s+/g, ' ')).to.equal(`Alphadrug ${COUNT} 5mg tablets Not coded One daily Active Not recorded`);
  });

  it('H4: text search in the page (window.find) reaches a row in a skipped block: it is found, selected, scrolled to and laid out', async () => {
    const el = await showMany();
    await waitUntil(allRowsShown(el), 'the remaining rows never arrived', { timeout: 5000 });
    window.scrollTo(0, 0);
    const wanted = `Alphadrug ${COUNT - 7} 5mg tablets`;
    const row = [...shadow(el).querySelectorAll<HTMLElement>('tbody tr')].find((tr) => tr.textContent!.includes(wanted))!;
    expect(isSkipped(row), 'the row is not laid out before the search').to.equal(true);
    // Non-standard, so not in TypeScript's DOM types. The find bar itself cannot be driven from a test.
    expect((window as unknown as { find(text: string): boolean }).find(wanted), 'found').to.equal(true);
    expect(String(document.getSelection())).to.equal(wanted);
    await expectLaidOutOnScreen(row);
  });

  it('a table still filling passes axe (a still copy of the card taken mid-fill)', async () => {
    const el = await showMany();
    expect(pendingNotes(el).length).to.equal(1);
    // axe reads the DOM over many frames, while rows keep arriving: check a copy that holds still.
    const copy = document.createElement('div');
    document.body.append(copy);
    const root = copy.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = shadow(el).adoptedStyleSheets;
    root.innerHTML = shadow(el).innerHTML;
    expect(root.querySelectorAll('.rows-pending').length).to.equal(1);
    // axe also walks the whole document: the live card, still adding rows, would be checked
    // in place of the copy, and each of its skipped rows costs axe a forced style update.
    el.remove();
    try {
      await expect(copy).to.be.accessible();
    } finally {
      copy.remove();
    }
  });

  it('H4: printing renders every row before the page is laid out for paper (beforeprint)', async () => {
    const el = await showMany();
    expect(rowsUnder(el, CAPTION).length).to.be.lessThan(COUNT);
    window.dispatchEvent(new Event('beforeprint'));
    // No await: the browser lays the page out for printing straight after this event.
    expect(rowsUnder(el, CAPTION).length).to.equal(COUNT);
    expect(pendingNotes(el)).to.deep.equal([]);
  });

  it('H4: print media (print preview) renders every row at once', async () => {
    // Long enough that filling a frame at a time would take many frames more than the check below.
    const count = 4000;
    const el = await showMany(count);
    expect(rowsUnder(el, CAPTION).length).to.be.lessThan(count);
    await emulateMedia({ media: 'print' });
    // The change is reported at the start of a coming frame, before that frame is laid out;
    // passes alone cannot get there in 5 frames (a batch is 120 rows, then at most 800 a frame).
    for (let i = 0; i < 5 && rowsUnder(el, CAPTION).length < count; i++) await new Promise(requestAnimationFrame);
    expect(rowsUnder(el, CAPTION).length).to.equal(count);
  });

  it('H4: a record loaded while printing is rendered whole in its first pass', async () => {
    await emulateMedia({ media: 'print' });
    const el = await showMany(3000);
    expect(rowsUnder(el, CAPTION).length).to.equal(3000);
  });

  it('H2: switching patient while rows are still being added shows only the new patient’s rows', async () => {
    const el = await showMany();
    expect(pendingNotes(el).length).to.equal(1);
    el.nhsNumber = OTHER;
    await settle(el, ['loaded']);
    expect(rowsUnder(el, CAPTION).length, 'the new record starts again from its first rows').to.be.lessThan(COUNT);
    await waitUntil(allRowsShown(el), 'the new record never filled', { timeout: 5000 });
    expect(rowsUnder(el, CAPTION)[COUNT - 1]).to.contain(`Betadrug ${COUNT} 5mg tablets`);
    // The whole card, rows not yet laid out included.
    expect(shadow(el).textContent).not.to.contain('Alphadrug');
  });

  it('H4: an SCR narrative table of 2,000 repeat medicines says how many rows it shows, then shows them all; printing gets every row', async () => {
    const rows = Array.from({ length: COUNT }, (_, i) => `<tr><td>Narrdrug ${i + 1} 250mg/5ml oral suspension</td><td>One 5ml spoonful three times a day</td></tr>`).join('');
    const table = `<table><thead><tr><th>Medication Item</th><th>Dosage Instructions</th></tr></thead><tbody>${rows}</tbody></table>`;
    await useHandlers(http.get(ENDPOINT, () => fhirJson(scrDocument([scrSection('RepeatMedsHeader', 'Current Repeat Medications', table)], patientResource(NHS, 'NARRATIVE')))));
    const narrativeRows = (el: ScrSummary) => shadow(el).querySelectorAll('.narrative tbody tr').length;
    const el = await mount(NHS);
    await settle(el, ['loaded']);
    const first = narrativeRows(el);
    expect(first).to.be.within(1, COUNT - 1);
    expect(pendingNotes(el)).to.deep.equal([`Showing ${first} of ${COUNT} rows. Adding the rest…`]);
    await waitUntil(() => narrativeRows(el) === COUNT, 'the narrative rows never all arrived', { timeout: 5000 });
    await el.updateComplete;
    expect(pendingNotes(el)).to.deep.equal([]);
    expect(visibleText(el)).to.contain(`Narrdrug ${COUNT} 250mg/5ml oral suspension`);

    const reloaded = new Promise((r) => el.addEventListener('scr-load', r, { once: true }));
    el.reload();
    await reloaded;
    await el.updateComplete;
    expect(narrativeRows(el)).to.be.lessThan(COUNT);
    window.dispatchEvent(new Event('beforeprint'));
    expect(narrativeRows(el)).to.equal(COUNT);
  });
});
