/**
 * Issue 5 §1: the summary strip at the top of a record — NHS No. on one line with a copy
 * button, name, date of birth, the allergy status label ("Known allergies" emphasised, not
 * by colour alone), counts of current medicines and warnings, created and retrieved times,
 * and a refresh action.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { http } from 'msw';
import type { ScrSummary } from '../../src/index.js';
import { ENDPOINT, fhirJson, settle, shadow } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { NHS_A, patient, resourceBundle, scrBundle } from '../helpers/records.js';
import { richScr, structuredRecord } from './records.js';
import { frames, mountIn } from './support.js';

afterEach(() => resetHandlers());

/** The strip's items as label → value text. */
function stripItems(el: ScrSummary): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of shadow(el).querySelectorAll('.strip-item')) {
    const dt = item.querySelector('dt')?.textContent?.trim() ?? '';
    out[dt] = (item.querySelector('dd') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
  }
  return out;
}

async function loaded(body: unknown, width = 1000): Promise<ScrSummary> {
  await useHandlers(http.get(ENDPOINT, () => fhirJson(body)));
  const el = await mountIn(NHS_A, { width });
  await settle(el, ['loaded']);
  return el;
}

describe('summary strip', () => {
  it('shows identity, allergy status, counts and times for an SCR document, first in the card', async () => {
    const el = await loaded(richScr());
    const items = stripItems(el);
    expect(items['NHS No.']).to.match(/^943 476 5919 Copy/);
    expect(items['Name']).to.equal('ASHWORTH, Testa');
    expect(items['Date of birth']).to.equal('07-Mar-1961');
    expect(items['Allergy status']).to.equal('Known allergies');
    // The 2 Repeat narrative rows; the acute issue is said apart (the record does not say it is still taken) and the discontinued row is not current.
    expect(items['Current medicines']).to.equal('2; 1 acute issue in the summary period');
    // The record-level warning and the highlighted statement inside Risks to Patient.
    // The count names the most serious warning (src/data/warning-order.ts).
    expect(items['Warnings']).to.equal('2 (1 within sections) – Information from the GP practice');
    expect(items['Summary created']).to.equal('14-Nov-2026 09:12');
    expect(items['Retrieved at']).to.match(/^\d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}$/);
    // The strip comes straight after the card's heading, before any section.
    const header = shadow(el).querySelector('header')!;
    expect(header.querySelector('.strip')).to.exist;
    expect(header.compareDocumentPosition(shadow(el).querySelector('section')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
  });

  it('counts repeat, acute and other structured medicines, not stopped ones', async () => {
    const el = await loaded(structuredRecord());
    const items = stripItems(el);
    expect(items['Current medicines']).to.equal('2');
    expect(items['Warnings']).to.equal('0');
    expect(items['Summary created']).to.equal('Not recorded');
    expect(shadow(el).querySelector('#scr-medicines')?.textContent).to.contain('(2 current, 1 discontinued or stopped)');
  });

  it('keeps the NHS No. on one line, in three groups, even in a 320 px container', async () => {
    const el = await loaded(richScr(), 320);
    const number = shadow(el).querySelector('.strip .nhs-number') as HTMLElement;
    expect(number.textContent).to.equal('943 476 5919');
    expect(number.getClientRects()).to.have.length(1);
    expect(getComputedStyle(number).whiteSpace).to.equal('nowrap');
  });

  it('"Known allergies" is emphasised by weight, underline and a solid box, not colour alone', async () => {
    const el = await loaded(richScr());
    const known = shadow(el).querySelector('.strip-allergy') as HTMLElement;
    expect(known.tagName).to.equal('STRONG');
    expect(known.classList.contains('known')).to.be.true;
    const style = getComputedStyle(known);
    expect(Number(style.fontWeight)).to.be.at.least(700);
    expect(style.textDecorationLine).to.contain('underline');
    expect(style.borderTopStyle).to.equal('solid');

    resetHandlers();
    const nka = { resourceType: 'AllergyIntolerance', id: 'n', code: { coding: [{ system: 'http://snomed.info/sct', code: '716186003', display: 'No known allergy' }] } };
    const other = await loaded(resourceBundle([patient(NHS_A), nka]));
    const plain = shadow(other).querySelector('.strip-allergy') as HTMLElement;
    expect(plain.textContent).to.equal('No known allergies');
    expect(plain.classList.contains('known')).to.be.false;
    expect(getComputedStyle(plain).textDecorationLine).to.equal('none');
  });

  it('H3: four allergy states, four treatments: a border style and a glyph each in the strip and the section, a caution where nothing is known, "no known" as the record’s assertion', async () => {
    const nka = { resourceType: 'AllergyIntolerance', id: 'n', code: { coding: [{ system: 'http://snomed.info/sct', code: '716186003', display: 'No known allergy' }] } };
    const cases: [unknown, string, string][] = [
      [structuredRecord(), 'known', 'Known allergies'],
      [resourceBundle([patient(NHS_A), nka]), 'no-known', 'No known allergies'],
      [scrBundle({ allergies: [['No relevant information available for this category.']] }), 'not-recorded', 'Allergies not recorded'],
      [scrBundle({ allergies: [] }), 'unavailable', 'Allergies unavailable'],
    ];
    const looks = { strip: new Set<string>(), section: new Set<string>() };
    for (const [body, state, label] of cases) {
      resetHandlers();
      const el = await loaded(body);
      const places = { strip: shadow(el).querySelector('.strip-allergy') as HTMLElement, section: shadow(el).querySelector('[part~="allergy-status"] strong') as HTMLElement };
      for (const [where, flag] of Object.entries(places) as ['strip' | 'section', HTMLElement][]) {
        expect(flag.textContent, `${state} in the ${where}`).to.equal(label);
        const style = getComputedStyle(flag);
        const glyph = getComputedStyle(flag, '::before').content;
        expect(style.borderTopStyle, `${state} ${where} border`).to.not.equal('none');
        expect(glyph, `${state} ${where} glyph`).to.not.equal('none');
        looks[where].add(`${style.borderTopStyle} ${glyph}`);
      }
      const strip = (shadow(el).querySelector('.strip-item.allergy') as HTMLElement).innerText;
      const section = (shadow(el).querySelector('[part~="allergy-status"]') as HTMLElement).innerText;
      for (const text of [strip, section]) {
        if (state === 'not-recorded' || state === 'unavailable') expect(text, state).to.contain('Ask the patient and check other records');
        else expect(text, state).not.to.contain('Ask the patient');
        if (state === 'no-known') expect(text).to.contain('As the record states it');
      }
    }
    expect(looks.strip.size, 'four different looks in the strip').to.equal(4);
    expect(looks.section.size, 'four different looks in the section').to.equal(4);
    const borders = (where: 'strip' | 'section') => new Set([...looks[where]].map((l) => l.split(' ')[0]));
    expect(borders('strip').size, 'four border styles, not colour alone').to.equal(4);
    expect(borders('section').size).to.equal(4);
  });

  it('H3/H6: the strip names the current allergies (high criticality first) and what to see first, each taking the reader to its section', async () => {
    const el = await loaded(structuredRecord());
    const allergyItem = shadow(el).querySelector('.strip-item.allergy') as HTMLElement;
    expect(allergyItem.querySelector('.strip-allergy-names')?.textContent).to.equal('Peanut');
    resetHandlers();
    const risky = await loaded(richScr());
    const urgent = shadow(risky).querySelector('.strip-item.urgent') as HTMLElement;
    expect(urgent.innerText).to.contain('Risks or safeguarding information is recorded');
    const button = urgent.querySelector('button') as HTMLButtonElement;
    button.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(shadow(risky).activeElement, 'focus moves to the section heading').to.equal(shadow(risky).querySelector('#scr-additional button'));
  });

  it('at 320 px the first screen (360 x 640) holds the identity, the allergy state with its names, and the most serious warning by title', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const el = await loaded(richScr(), 320);
      await frames();
      const top = el.getBoundingClientRect().top;
      const onFirstScreen = (node: Element | null | undefined, what: string) => {
        expect(node, what).to.exist;
        expect(node!.getBoundingClientRect().bottom - top, `${what} ends within the first 640 px`).to.be.at.most(640);
      };
      onFirstScreen(shadow(el).querySelector('.nhs-number'), 'NHS number');
      onFirstScreen(shadow(el).querySelector('.strip-allergy'), 'allergy state');
      onFirstScreen(shadow(el).querySelector('.strip-allergy-names'), 'allergy names');
      // The names sit under the allergy state (the value column), not under the label.
      const left = (selector: string) => Math.round(shadow(el).querySelector(selector)!.getBoundingClientRect().left);
      expect(left('.strip-item.allergy .strip-more'), 'names in the value column').to.equal(left('.strip-item.allergy dd'));
      const mostSerious = shadow(el).querySelector('.warnings .callout-label')?.textContent?.trim() ?? '';
      expect(mostSerious, 'the record has a warning').not.to.equal('');
      const warnings = [...shadow(el).querySelectorAll('.strip-item')].find((i) => i.querySelector('dt')?.textContent?.trim() === 'Warnings');
      expect((warnings as HTMLElement).innerText).to.contain(mostSerious);
      onFirstScreen(warnings, 'the warnings item naming the most serious');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('headlines each allergy status in the strip as in the section, a scoped negation in its own words', async () => {
    const nkda = { resourceType: 'AllergyIntolerance', id: 'n', code: { coding: [{ system: 'http://snomed.info/sct', code: '409137002', display: 'No known drug allergy' }] } };
    const cases: [unknown, string][] = [
      [resourceBundle([patient(NHS_A), nkda]), 'No known drug allergy'],
      [scrBundle({ allergies: [['No relevant information available for this category.']] }), 'Allergies not recorded'],
      [scrBundle({ allergies: [] }), 'Allergies unavailable'],
      [structuredRecord(), 'Known allergies'],
    ];
    for (const [body, label] of cases) {
      resetHandlers();
      const el = await loaded(body);
      expect(stripItems(el)['Allergy status'], label).to.contain(label);
      expect(shadow(el).querySelector('.strip-allergy')?.textContent).to.equal(label);
      expect(shadow(el).querySelector('.allergies .allergy-status strong')?.textContent).to.equal(label);
    }
  });

  it('copies the ten digits with the copy button and says "Copied" in a status region; nothing goes to the console or storage', async () => {
    const el = await loaded(richScr());
    const written: string[] = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (text: string) => void written.push(text);
    const logged: unknown[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const saved = methods.map((m) => console[m]);
    methods.forEach((m) => (console[m] = (...args: unknown[]) => void logged.push(...args)));
    localStorage.clear();
    sessionStorage.clear();
    try {
      const button = shadow(el).querySelector('button.copy') as HTMLButtonElement;
      expect(button.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Copy NHS No.');
      const status = shadow(el).querySelector('.copy-status') as HTMLElement;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('');
      button.click();
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(written).to.deep.equal(['9434765919']);
      expect(status.textContent).to.equal('Copied');
      expect(status.checkVisibility()).to.be.true;
    } finally {
      clipboard.writeText = original;
      methods.forEach((m, i) => (console[m] = saved[i]));
    }
    expect(JSON.stringify(logged)).not.to.contain('9434765919');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('says so when the clipboard refuses, and the number stays on screen to select', async () => {
    const el = await loaded(richScr());
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      (shadow(el).querySelector('button.copy') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(shadow(el).querySelector('.copy-status')?.textContent).to.equal('Could not copy: select the number to copy it.');
    } finally {
      clipboard.writeText = original;
    }
  });

  it('the refresh action fetches the record again and keeps the reader’s collapsed sections', async () => {
    let requests = 0;
    await useHandlers(http.get(ENDPOINT, () => (requests++, fhirJson(richScr()))));
    const el = await mountIn(NHS_A, { width: 1000 });
    await settle(el, ['loaded']);
    expect(requests).to.equal(1);
    (shadow(el).querySelector('button[aria-controls="scr-region-medicines"]') as HTMLButtonElement).click();
    await el.updateComplete;
    const refresh = shadow(el).querySelector('button.refresh') as HTMLButtonElement;
    expect(refresh.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Refresh the Summary Care Record');
    refresh.click();
    await waitUntil(() => requests === 2, 'no second request');
    await settle(el, ['loaded']);
    await frames();
    expect(requests).to.equal(2);
    expect(shadow(el).querySelector('button[aria-controls="scr-region-medicines"]')?.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).querySelector('button[aria-controls="scr-region-allergies"]')?.getAttribute('aria-expanded')).to.equal('true');
  });
});
