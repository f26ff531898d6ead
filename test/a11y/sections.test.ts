/**
 * Issue 5 §1 and §4: collapsible sections with counts in their headings, headings at the
 * host's level, tables with captions and header cells, and full keyboard use with a
 * visible focus indicator.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import type { ScrSummary } from '../../src/index.js';
import { ENDPOINT, fhirJson, settle, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { NHS_A, NHS_B } from '../helpers/records.js';
import { richScr, structuredRecord } from './records.js';
import { mountIn, regionOf, toggleFor, toggles } from './support.js';

afterEach(() => resetHandlers());

async function loaded(body: unknown = richScr(), headingLevel = 2): Promise<ScrSummary> {
  await useHandlers(http.get(ENDPOINT, () => fhirJson(body)));
  const el = await mountIn(NHS_A, { width: 1000, headingLevel });
  await settle(el, ['loaded']);
  return el;
}

const active = (el: ScrSummary) => shadow(el).activeElement as HTMLElement | null;

describe('collapsible sections', () => {
  it('each part of the record has a heading whose button controls a region in the same shadow root, with its item count', async () => {
    const el = await loaded();
    const buttons = toggles(el);
    expect(buttons.map((b) => b.getAttribute('aria-controls'))).to.deep.equal([
      'scr-region-warnings', 'scr-region-allergies', 'scr-region-medicines', 'scr-region-additional',
    ]);
    for (const button of buttons) {
      expect(button.getAttribute('type')).to.equal('button');
      expect(button.parentElement?.tagName).to.equal('H3');
      const region = regionOf(el, button);
      expect(region.getRootNode()).to.equal(shadow(el));
      expect(button.closest('section')?.contains(region)).to.be.true;
    }
    const names = buttons.map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
    expect(names).to.deep.equal([
      'Warnings (1)',
      'Allergies and adverse reactions (2)',
      'Medications (2 current, 1 acute issue in the summary period, 1 discontinued or stopped)',
      'Additional information (1 section)',
    ]);
  });

  it('everything starts expanded: warnings and allergies as the issue requires, medicines and additional information too', async () => {
    const el = await loaded();
    for (const button of toggles(el)) {
      expect(button.getAttribute('aria-expanded'), button.textContent!).to.equal('true');
      expect(regionOf(el, button).checkVisibility()).to.be.true;
    }
  });

  it('a click collapses and expands a section; its heading stays, its content leaves the visible text', async () => {
    const el = await loaded();
    const button = toggleFor(el, 'medicines');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(regionOf(el, button).hidden).to.be.true;
    expect(regionOf(el, button).checkVisibility()).to.be.false;
    expect(visibleText(el)).to.contain('Medications (2 current');
    expect(visibleText(el)).not.to.contain('Amlodipine');
    // The strip still reads the count.
    expect(visibleText(el)).to.contain('Current medicines 2; 1 acute issue');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(visibleText(el)).to.contain('Amlodipine');
  });

  it('another patient starts with every section expanded again', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(richScr())));
    const el = await mountIn(NHS_A, { width: 1000 });
    await settle(el, ['loaded']);
    toggleFor(el, 'allergies').click();
    await el.updateComplete;
    expect(toggleFor(el, 'allergies').getAttribute('aria-expanded')).to.equal('false');
    resetHandlers();
    await useHandlers(http.get(ENDPOINT, () => fhirJson(richScr(NHS_B))));
    el.nhsNumber = NHS_B;
    await waitUntil(() => el.getAttribute('state') === 'loaded' && visibleText(el).includes('999 000 0018'), 'the second patient never loaded');
    expect(toggleFor(el, 'allergies').getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('headings and tables', () => {
  it('heading levels follow heading-level: the card’s own, its sections one below, their parts two below', async () => {
    for (const level of [2, 4]) {
      resetHandlers();
      const el = await loaded(richScr(), level);
      expect(shadow(el).querySelector('#scr-title')?.tagName).to.equal(`H${level}`);
      for (const id of ['scr-warnings', 'scr-allergies', 'scr-medicines', 'scr-additional']) {
        expect(shadow(el).getElementById(id)?.tagName, id).to.equal(`H${level + 1}`);
      }
      const sub = [...shadow(el).querySelectorAll('.record-section > :is(h1, h2, h3, h4, h5, h6)')];
      expect(sub.length).to.be.greaterThan(0);
      for (const h of sub) expect(h.tagName).to.equal(`H${level + 2}`);
    }
  });

  it('every table has a caption and column header cells (structured tables and record narrative alike)', async () => {
    for (const body of [richScr(), structuredRecord()]) {
      resetHandlers();
      const el = await loaded(body);
      const tables = [...shadow(el).querySelectorAll('table')];
      expect(tables.length).to.be.greaterThan(2);
      for (const table of tables) {
        expect(table.querySelector(':scope > caption')?.textContent?.trim(), table.outerHTML.slice(0, 80)).to.not.be.empty;
        expect(table.querySelectorAll('th').length).to.be.greaterThan(0);
      }
    }
  });

  it('medicines: the drug name is emphasised, dose labelled, status in words and dates in CUI form', async () => {
    const el = await loaded(structuredRecord());
    const row = [...shadow(el).querySelectorAll('.medicines tbody tr')].find((r) => r.textContent?.includes('Levothyroxine'))!;
    expect(row.querySelector('strong.item-name')?.textContent).to.equal('Levothyroxine 50microgram tablets');
    expect(row.querySelector('td[data-label="Dose"]')?.textContent).to.contain('One each morning');
    expect(row.querySelector('td[data-label="Status"]')?.textContent).to.contain('Active');
    expect(row.querySelector('td[data-label="Dates"]')?.textContent?.replace(/\s+/g, ' ')).to.contain('Prescribed: 15-Jan-2024');
    // Narrative medicines: the Medication Item column is emphasised too.
    resetHandlers();
    const scr = await loaded(richScr());
    const nameCells = [...shadow(scr).querySelectorAll('.medicines td.name-cell')].map((td) => td.textContent);
    expect(nameCells).to.include('Amlodipine 5mg tablets');
    for (const td of shadow(scr).querySelectorAll('.medicines td.name-cell')) expect(Number(getComputedStyle(td).fontWeight)).to.be.at.least(700);
  });

  it('allergies: criticality and reaction severity in separate labelled columns, certainty in words, dates aligned', async () => {
    const el = await loaded(structuredRecord());
    const row = shadow(el).querySelector('.allergies tbody tr')!;
    expect(row.querySelector('td[data-label="Criticality (future risk)"]')?.textContent?.trim()).to.equal('High');
    expect(row.querySelector('td[data-label="Reaction severity"]')?.textContent?.trim()).to.equal('Severe');
    expect(row.querySelector('td[data-label="Certainty"]')?.textContent?.trim()).to.equal('Unconfirmed');
    const dates = row.querySelector('td[data-label="Dates"]')!;
    expect((dates as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).to.equal('Onset: Mar-2015 Recorded: 21-Mar-2015');
    // Dates sit in one grid column, in tabular figures, never broken across lines.
    const values = [...dates.querySelectorAll('.date-row > :last-child')].map((v) => v.getBoundingClientRect().left);
    expect(values).to.have.length(2);
    expect(values[0]).to.equal(values[1]);
    const date = dates.querySelector('.date') as HTMLElement;
    expect(getComputedStyle(date).fontVariantNumeric).to.contain('tabular-nums');
    expect(getComputedStyle(date).whiteSpace).to.equal('nowrap');
  });

  it('narrative dates (03-Feb-2019) are kept on one line in the record’s own text, which is otherwise unchanged', async () => {
    const el = await loaded(richScr());
    const spans = [...shadow(el).querySelectorAll('.allergies .narrative .date')].map((s) => s.textContent);
    expect(spans).to.include.members(['12-May-2026', '03-Feb-2019']);
    expect(visibleText(el)).to.contain('Last Issued: 01-Nov-2026');
  });
});

describe('keyboard', () => {
  it('Tab reaches copy, "and N more", refresh and every section button in order; Enter and Space toggle; focus is visible', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(richScr())));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
      <button id="before">Before</button>
      <scr-summary endpoint=${ENDPOINT} nhs-number=${NHS_A}></scr-summary>
    </div>`);
    const el = wrapper.querySelector('scr-summary') as ScrSummary;
    await settle(el, ['loaded']);
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();

    const seen: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      await sendKeys({ press: 'Tab' });
      const a = active(el);
      seen.push(a?.classList.contains('toggle') ? a.getAttribute('aria-controls')! : a?.className ?? 'none');
      if (a) {
        const style = getComputedStyle(a);
        expect(style.outlineStyle, `focus ring on ${seen.at(-1)}`).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      }
    }
    expect(seen).to.deep.equal([
      // The strip's "and N more" after the first three allergy names goes to the allergies section.
      'copy secondary', 'link-button', 'refresh secondary',
      'scr-region-warnings', 'scr-region-allergies', 'scr-region-medicines', 'scr-region-additional',
    ]);

    // Focus is on the last section's button: Enter collapses, Space expands.
    const additional = toggleFor(el, 'additional');
    expect(active(el)).to.equal(additional);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(additional.getAttribute('aria-expanded')).to.equal('false');
    expect(regionOf(el, additional).checkVisibility()).to.be.false;
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(additional.getAttribute('aria-expanded')).to.equal('true');
    expect(regionOf(el, additional).checkVisibility()).to.be.true;
    // Focus stays on the button through both.
    expect(active(el)).to.equal(additional);

    // Shift+Tab goes back; Enter on the refresh button reloads (the record comes back).
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active(el)?.classList.contains('refresh')).to.be.true;
    await sendKeys({ press: 'Enter' });
    await settle(el, ['loaded']);
  });
});
