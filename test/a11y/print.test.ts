/**
 * Issue 5 §5: printing shows the whole record — every section expanded even if collapsed on
 * screen, the patient's identity and the retrieval time on the page, no buttons, and page
 * breaks kept out of rows, callouts and the summary strip. Print media is emulated.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { http } from 'msw';
import type { ScrSummary } from '../../src/index.js';
import { ENDPOINT, fhirJson, settle, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { NHS_A } from '../helpers/records.js';
import { richScr } from './records.js';
import { frames, mountIn, regionOf, resetMedia, toggles } from './support.js';

afterEach(async () => {
  resetHandlers();
  await resetMedia();
});

async function collapsedRecord(width = 720): Promise<ScrSummary> {
  await useHandlers(http.get(ENDPOINT, () => fhirJson(richScr())));
  const el = await mountIn(NHS_A, { width });
  await settle(el, ['loaded']);
  for (const button of toggles(el)) button.click();
  await el.updateComplete;
  for (const button of toggles(el)) expect(regionOf(el, button).checkVisibility()).to.be.false;
  return el;
}

describe('print', () => {
  it('shows every section, even those collapsed on screen', async () => {
    const el = await collapsedRecord();
    await emulateMedia({ media: 'print' });
    await frames();
    for (const button of toggles(el)) {
      const region = regionOf(el, button);
      expect(region.checkVisibility(), button.textContent!).to.be.true;
      expect(getComputedStyle(region).display).to.equal('block');
    }
    const text = visibleText(el);
    for (const t of ['Penicillin V', 'Amlodipine 5mg tablets', 'Ramipril 2.5mg capsules', 'At risk of falls', 'Some entries have been deliberately withheld.']) {
      expect(text).to.contain(t);
    }
    // Back on screen, the reader's choice stands.
    await resetMedia();
    await frames();
    for (const button of toggles(el)) expect(regionOf(el, button).checkVisibility()).to.be.false;
  });

  it('prints no buttons: copy, refresh and the section chevrons are gone; section titles remain as headings', async () => {
    const el = await collapsedRecord();
    await emulateMedia({ media: 'print' });
    await frames();
    for (const selector of ['button.copy', 'button.refresh', '.chevron', '.copy-status']) {
      for (const node of shadow(el).querySelectorAll<HTMLElement>(selector)) expect(node.checkVisibility(), selector).to.be.false;
    }
    for (const button of toggles(el)) {
      expect(button.checkVisibility()).to.be.true;
      const style = getComputedStyle(button);
      expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(style.borderTopStyle).to.equal('none');
    }
    expect(visibleText(el)).not.to.match(/\bCopy\b|\bRefresh\b/);
  });

  it('keeps the patient’s identity and the retrieval time on the printout', async () => {
    const el = await collapsedRecord();
    await emulateMedia({ media: 'print' });
    await frames();
    const strip = shadow(el).querySelector('.strip') as HTMLElement;
    expect(strip.checkVisibility()).to.be.true;
    const text = strip.innerText.replace(/\s+/g, ' ');
    expect(text).to.contain('NHS No. 943 476 5919');
    expect(text).to.contain('ASHWORTH, Testa');
    expect(text).to.contain('Date of birth 07-Mar-1961');
    expect(text).to.match(/Retrieved at \d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}/);
    expect(text).to.contain('Known allergies');
  });

  it('H1: every printed page starts with the patient’s name, NHS number and date of birth (not shown on screen)', async () => {
    const el = await collapsedRecord();
    const id = shadow(el).querySelector<HTMLElement>('.card > .print-id')!;
    expect(id.checkVisibility(), 'on screen').to.be.false;
    await emulateMedia({ media: 'print' });
    await frames();
    expect(id.checkVisibility(), 'in print').to.be.true;
    expect(id.innerText.replace(/\s+/g, ' ').trim()).to.equal('ASHWORTH, Testa NHS No. 943 476 5919 · Date of birth 07-Mar-1961');
    // Chromium repeats a table's header group at the top of each page when it cannot break
    // (checked with a real PDF: see docs/clinical-safety.md, H1); as a header, it never overlaps the record.
    expect(getComputedStyle(id.parentElement!).display).to.equal('table');
    expect(getComputedStyle(id)).to.include({ display: 'table-header-group', breakInside: 'avoid' });
    await expect(el).to.be.accessible();
    await resetMedia();
    await frames();
    expect(id.checkVisibility(), 'back on screen').to.be.false;
  });

  it('breaks pages sensibly: not inside a row, a callout or the strip, not straight after a heading', async () => {
    const el = await collapsedRecord();
    await emulateMedia({ media: 'print' });
    await frames();
    const style = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!);
    for (const selector of ['tbody tr', '.callout', '.strip']) expect(style(selector).breakInside, selector).to.equal('avoid');
    for (const selector of ['#scr-title', '#scr-allergies', 'caption']) expect(style(selector).breakAfter, selector).to.equal('avoid');
    expect(style('thead').display).to.equal('table-header-group');
  });

  it('prints in dark ink on white even when the screen uses the dark scheme', async () => {
    const el = await collapsedRecord();
    await emulateMedia({ media: 'print', colorScheme: 'dark' });
    await frames();
    expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});
