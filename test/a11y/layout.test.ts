/**
 * Issue 5 §3: layout follows the container (container queries, never viewport media
 * queries). At 320 px tables are stacked label/value lists; at 768 px and wider they are
 * tables. Long unbroken strings wrap with no horizontal scrolling, and text at 200 % loses
 * nothing.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { styles } from '../../src/element/styles.js';
import { formatNhsNumber } from '../../src/data/nhs-number.js';
import type { ScrSummary } from '../../src/index.js';
import { handlers } from '../../demo/mocks/handlers.js';
import { scenarios } from '../../demo/mocks/scenarios.js';
import { allRows, ENDPOINT, fhirJson, settle, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { NHS_A } from '../helpers/records.js';
import { LONG_NAME, LONG_URL, richScr, structuredRecord } from './records.js';
import { frames, mountIn, overflowing, QUICK, scenario, type MountOptions } from './support.js';

afterEach(() => resetHandlers());

/** Clinical text that must be readable at every width (from the two records). */
const MUST_READ = [
  'Penicillin V', 'Anaphylaxis', 'Amlodipine 5mg tablets', 'One To Be Taken Each Day', LONG_NAME, 'Clarithromycin 500mg tablets',
  'Ramipril 2.5mg capsules', 'Violent patient marker.', 'At risk of falls', LONG_URL, 'Some entries have been deliberately withheld.',
];
const MUST_READ_STRUCTURED = ['Peanut', 'Hives', 'Flucloxacillin 500mg capsules', 'One capsule four times a day', 'Simvastatin 40mg tablets', 'Type 2 diabetes mellitus', 'Needs an interpreter'];

async function loaded(body: unknown, options: MountOptions): Promise<ScrSummary> {
  await useHandlers(http.get(ENDPOINT, () => fhirJson(body)));
  const el = await mountIn(NHS_A, options);
  await settle(el, ['loaded']);
  await frames();
  return el;
}

/** Letters and digits only: `innerText` of a stacked layout breaks lines in other places than a table's. */
const squash = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

function expectAllText(el: ScrSummary, texts: string[]): void {
  const text = squash(visibleText(el));
  for (const t of texts) expect(text, t).to.contain(squash(t));
}

/**
 * Each table reads as a table: its column headers on one line, and every row's cells under
 * their headers, as wide as them, and as tall as the row (a data table's rows are grids on
 * screen; the record's own tables are laid out by the table algorithm).
 */
function expectColumns(el: ScrSummary): void {
  const tables = [...shadow(el).querySelectorAll('table')];
  expect(tables.length).to.be.greaterThan(1);
  for (const table of tables) {
    const heads = [...table.querySelectorAll('thead th, tr.header-row > *')].map((th) => th.getBoundingClientRect());
    expect(new Set(heads.map((r) => Math.round(r.top))).size, 'headers on one line').to.be.at.most(1);
    for (const tr of table.querySelectorAll('tbody tr:not(.header-row)')) {
      const cells = [...tr.children].filter((c) => !c.hasAttribute('colspan')).map((c) => c.getBoundingClientRect());
      if (cells.length !== heads.length) continue;
      expect(cells.map((r) => Math.round(r.left)), tr.textContent!).to.deep.equal(heads.map((r) => Math.round(r.left)));
      expect(cells.map((r) => Math.round(r.width))).to.deep.equal(heads.map((r) => Math.round(r.width)));
      const row = tr.getBoundingClientRect();
      for (const c of cells) expect(Math.round(c.bottom)).to.equal(Math.round(row.bottom));
      // Nothing spills into the next column (a tag wider than a narrow column would).
      for (const td of tr.children) expect(td.scrollWidth, `${td.getAttribute('data-label')}: ${td.textContent}`).to.be.at.most(td.clientWidth + 1);
    }
  }
}

const tableDisplays = (el: ScrSummary) => [...shadow(el).querySelectorAll('table')].map((t) => getComputedStyle(t).display);

describe('layout by container width', () => {
  it('uses container queries, not viewport media queries, for width', () => {
    const css = styles.cssText;
    expect(css).to.match(/@container \(width < 44em\)/);
    expect(css).not.to.match(/@media[^{]*(min|max)-width/);
  });

  for (const [name, body, texts] of [['SCR document', richScr(), MUST_READ], ['structured record', structuredRecord(), MUST_READ_STRUCTURED]] as const) {
    it(`${name}: at 320 px tables are stacked label/value lists, nothing overflows and all text is there`, async () => {
      const el = await loaded(body, { width: 320 });
      expect(el.getBoundingClientRect().width).to.equal(320);
      for (const d of tableDisplays(el)) expect(d).to.equal('block');
      // Every body cell is labelled by its column: the label is drawn before the value.
      const cells = [...shadow(el).querySelectorAll('tbody td[data-label]')];
      expect(cells.length).to.be.greaterThan(4);
      for (const td of cells) expect(getComputedStyle(td, '::before').content).to.equal(`"${td.getAttribute('data-label')}"`);
      // Column headers are out of sight (the labels carry them) but still in the tree.
      for (const thead of shadow(el).querySelectorAll('thead')) expect(thead.getBoundingClientRect().width).to.be.at.most(1);
      expect(overflowing(el)).to.deep.equal([]);
      expectAllText(el, texts);
    });

    for (const width of [768, 1280]) {
      it(`${name}: at ${width} px they are tables, with nothing overflowing`, async () => {
        const el = await loaded(body, { width });
        expectColumns(el);
        expect(getComputedStyle(shadow(el).querySelector('tbody td[data-label]')!, '::before').content).to.equal('none');
        expect(overflowing(el)).to.deep.equal([]);
        expectAllText(el, texts);
      });
    }
  }

  it('a long dm+d name and a URL in a note wrap inside a 320 px container: no horizontal scrolling', async () => {
    const el = await loaded(richScr(), { width: 320 });
    const card = shadow(el).querySelector('.card') as HTMLElement;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    const cellOf = (text: string) => [...shadow(el).querySelectorAll('td')].find((td) => td.textContent?.includes(text)) as HTMLElement;
    for (const text of [LONG_NAME, LONG_URL]) {
      const td = cellOf(text);
      expect(td, text).to.exist;
      expect(td.scrollWidth).to.be.at.most(td.clientWidth + 1);
      expect(td.getClientRects()[0].height).to.be.greaterThan(40); // wrapped onto several lines, not clipped
    }
    // Nothing is cut short: no ellipsis and no clipping anywhere in the card.
    for (const node of shadow(el).querySelectorAll<HTMLElement>('.card *')) {
      expect(getComputedStyle(node).textOverflow).to.not.equal('ellipsis');
    }
  });

  it('at the narrowest width that keeps tables (44em, 704 px), no cell of any demo record spills into the next column', async function () {
    this.timeout(60000);
    await useHandlers(...handlers);
    for (const s of QUICK) {
      const el = await scenario(s.id, 704);
      for (const td of shadow(el).querySelectorAll<HTMLElement>('.table-wrap td, .table-wrap th')) {
        expect(td.scrollWidth, `${s.id}: ${td.getAttribute('data-label') ?? 'header'}: ${td.textContent}`).to.be.at.most(td.clientWidth + 1);
      }
      el.parentElement!.remove();
    }
  });

  it('ordinary words are never split across lines (only runs of 20+ characters may break), at 320, 768 and 1280 px', async function () {
    this.timeout(20000);
    await useHandlers(...handlers);
    const s = scenarios.find((x) => x.id === 'structured-uk-core')!;
    for (const width of [320, 768, 1280]) {
      const el = await mountIn(formatNhsNumber(s.nhsNumber), { width, endpoint: '/api/scr' });
      await settle(el, ['loaded']);
      await frames();
      const split: string[] = [];
      const walker = document.createTreeWalker(shadow(el).querySelector('.card')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
          if (m[0].length >= 20 || m[0].length < 2) continue;
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) split.push(m[0]);
        }
      }
      expect(split, `${width} px`).to.deep.equal([]);
    }
  });

  it('text at 200 %: a 640 px container with twice the font size loses nothing and does not overflow', async () => {
    const el = await loaded(richScr(), { width: 640, fontSize: '2rem' });
    expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(32);
    for (const d of tableDisplays(el)) expect(d).to.equal('block');
    expect(overflowing(el)).to.deep.equal([]);
    expectAllText(el, MUST_READ);
  });

  it('text at 200 % in a 320 px sidebar: labels go above values, and still nothing overflows', async () => {
    const el = await loaded(structuredRecord(), { width: 320, fontSize: '2rem' });
    const td = shadow(el).querySelector('tbody td[data-label]')!;
    expect(getComputedStyle(td).display).to.equal('block');
    expect(overflowing(el)).to.deep.equal([]);
    expectAllText(el, MUST_READ_STRUCTURED);
  });

  it('every demo scenario fits a 320 px container without horizontal overflow', async function () {
    this.timeout(60000);
    await useHandlers(...handlers);
    for (const scenario of scenarios.filter((s) => s.id !== 'slow-response')) {
      const el = await mountIn(formatNhsNumber(scenario.nhsNumber), { width: 320, endpoint: '/api/scr' });
      await settle(el);
      await allRows(el);
      await frames();
      expect(overflowing(el), scenario.id).to.deep.equal([]);
    }
  });
});
