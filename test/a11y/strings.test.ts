/**
 * Issue 5 §6: every string the widget writes comes from one typed table; the `strings`
 * property overrides any subset (a trust's own terms); `lang` is respected; the record's
 * clinical text is never translated or altered.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import type { ScrSummary } from '../../src/index.js';
import { mergeStrings, strings, type StringOverrides } from '../../src/views/strings.js';
import { ENDPOINT, fhirJson, settle, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { emptySearchset, NHS_A } from '../helpers/records.js';
import { richScr, structuredRecord } from './records.js';
import { mountIn } from './support.js';

afterEach(() => resetHandlers());

async function loaded(body: unknown, overrides?: StringOverrides, lang?: string): Promise<ScrSummary> {
  await useHandlers(http.get(ENDPOINT, () => fhirJson(body)));
  const el = await mountIn(NHS_A, { width: 1000, lang });
  if (overrides) el.strings = overrides;
  await settle(el, ['loaded', 'empty']);
  await el.updateComplete;
  return el;
}

const TRUST: StringOverrides = {
  allergyLabels: { known: 'Allergies recorded – check before prescribing' },
  medicinesHeading: 'Medicines',
  copy: 'Copy number',
};

describe('local wording', () => {
  it('a trust’s term for "Known allergies" and a section heading replace the defaults everywhere they appear', async () => {
    const el = await loaded(richScr(), TRUST);
    const text = visibleText(el);
    expect(text).not.to.contain('Known allergies');
    expect(shadow(el).querySelector('.strip-allergy')?.textContent).to.equal('Allergies recorded – check before prescribing');
    expect(shadow(el).querySelector('.allergies .allergy-status strong')?.textContent).to.equal('Allergies recorded – check before prescribing');
    expect(shadow(el).querySelector('#scr-medicines')?.textContent?.replace(/\s+/g, ' ').trim()).to.match(/^Medicines \(2 current/);
    expect(text).not.to.contain('Medications (');
    expect(shadow(el).querySelector('button.copy')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Copy number NHS No.');
    // The rest of the table keeps its defaults, nested tables included.
    expect(text).to.contain('Allergies and adverse reactions');
    expect(shadow(el).querySelector('[role="status"][aria-live="polite"]')?.textContent).to.equal(
      'Summary Care Record loaded. Allergies recorded – check before prescribing.',
    );
  });

  it('the record’s clinical text is untouched by an override, even one that shares its words', async () => {
    const el = await loaded(richScr(), { ...TRUST, statusLabels: { active: 'ACTIVE!' }, severityLabels: { severe: 'SEVERE!' } });
    const text = visibleText(el);
    // The narrative's own "Severe" column and headers are the record's words, shown as written.
    expect(text).to.contain('Severe');
    expect(text).to.contain('Allergies and Adverse Reactions');
    expect(text).to.contain('Current Repeat Medications');
    expect(text).to.contain('One To Be Taken Each Day');
  });

  it('coded values are shown in the table’s words, and those words can be overridden', async () => {
    const el = await loaded(structuredRecord(), { statusLabels: { active: 'Current' }, criticalityLabels: { high: 'High risk' } });
    const text = visibleText(el);
    expect(text).to.contain('High risk');
    expect(shadow(el).querySelector('.medicines td[data-label="Status"]')?.textContent?.trim()).to.equal('Current');
    expect(text).to.contain('Peanut');
  });

  it('changing the strings property after the record is shown re-renders it', async () => {
    const el = await loaded(richScr());
    expect(visibleText(el)).to.contain('Known allergies');
    el.strings = { allergyLabels: { known: 'Allergy alert' } };
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Allergy alert');
    expect(visibleText(el)).not.to.contain('Known allergies');
    el.strings = undefined;
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Known allergies');
  });

  it('the empty and error states take overrides too', async () => {
    const el = await loaded(emptySearchset, { allergyLabels: { unavailable: 'No allergy information' }, emptyTitle: 'Nothing held' });
    expect(el.getAttribute('state')).to.equal('empty');
    expect(visibleText(el)).to.contain('No allergy information');
    expect(visibleText(el)).to.contain('Nothing held');
    resetHandlers();
    await useHandlers(http.get(ENDPOINT, () => fhirJson({ resourceType: 'OperationOutcome', issue: [{ code: 'exception' }] }, { status: 500 })));
    const broken = await mountIn(NHS_A);
    broken.strings = { retry: 'Retry now', errorTitle: 'Record unavailable' };
    await settle(broken, ['error']);
    await broken.updateComplete;
    expect(visibleText(broken)).to.contain('Record unavailable');
    expect(shadow(broken).querySelector('button.retry')?.textContent).to.equal('Retry now');
  });

  it('a value of the wrong kind is ignored and keeps the default', () => {
    const merged = mergeStrings({ title: 42, loading: 'not a function', allergyLabels: 'x' } as unknown as StringOverrides);
    expect(merged.title).to.equal(strings.title);
    expect(merged.loading).to.equal(strings.loading);
    expect(merged.allergyLabels).to.deep.equal(strings.allergyLabels);
    expect(mergeStrings(undefined)).to.equal(strings);
  });

  it('every word the widget writes comes from the table: with every entry replaced, none of the defaults is left', async () => {
    // Each entry becomes a marker: strings ⟦key⟧, functions return ⟦key⟧, nested tables ⟦key.sub⟧.
    const markers: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(strings)) {
      if (key === 'lang') continue;
      if (typeof value === 'function') markers[key] = () => `⟦${key}⟧`;
      else if (typeof value === 'object') markers[key] = Object.fromEntries(Object.keys(value).map((k) => [k, `⟦${key}.${k}⟧`]));
      else markers[key] = `⟦${key}⟧`;
    }
    for (const body of [richScr(), structuredRecord()]) {
      resetHandlers();
      const el = await loaded(body, markers as StringOverrides);
      const text = visibleText(el);
      expect(text).to.contain('⟦title⟧');
      // The record's own text, which may legitimately share words with the table, is removed first.
      const own = [...shadow(el).querySelectorAll('.narrative, .item-name, .strip-item.name dd, .provenance dd, .disclaimer, .callout.warning > p:not(.callout-label), td[data-label="⟦reaction⟧"] .cell-value, td[data-label="⟦dose⟧"] .cell-value, .note')]
        .map((n) => (n as HTMLElement).innerText);
      // Longest first, so a cell's "Certain" does not leave "ty" of a header's "Certainty".
      const pieces = own.flatMap((o) => o.split(/[\t\n]/)).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
      let rest = text;
      for (const piece of pieces.sort((a, b) => b.length - a.length)) rest = rest.split(piece).join(' ');
      rest = rest.replace(/⟦[^⟧]*⟧/g, ' ');
      const leaves = Object.entries(strings).flatMap(([key, v]) =>
        key === 'lang' || typeof v === 'function' ? [] : typeof v === 'object' ? Object.values(v as Record<string, string>) : [v as string],
      );
      for (const leaf of leaves.filter((l) => l.length > 3)) expect(rest, `default wording "${leaf}" still shown`).not.to.contain(leaf);
      // What is left is dates, counts, the NHS number and punctuation: no words of the widget's own.
      expect(rest.replace(/\d{2}-[A-Z][a-z]{2}-\d{4}|[A-Z][a-z]{2}-\d{4}|\d+|[\s:;,.()–-]/g, '')).to.equal('');
    }
  });
});

describe('lang', () => {
  it('the card is in the table’s language (en-GB) when the host sets none', async () => {
    const el = await loaded(richScr());
    expect(shadow(el).querySelector('.card')?.getAttribute('lang')).to.equal('en-GB');
  });

  it('a lang on the element wins, and follows changes', async () => {
    const el = await loaded(richScr(), { allergyLabels: { known: 'Alergeddau hysbys' } }, 'cy');
    expect(shadow(el).querySelector('.card')?.getAttribute('lang')).to.equal('cy');
    el.setAttribute('lang', 'en-GB');
    await el.updateComplete;
    expect(shadow(el).querySelector('.card')?.getAttribute('lang')).to.equal('en-GB');
    // The record's own text is not translated: only the widget's words change.
    expect(visibleText(el)).to.contain('Penicillin V');
  });

  it('a table in another language states it, and the card follows', async () => {
    const el = await loaded(richScr(), { lang: 'cy', title: 'Cofnod Gofal Cryno' });
    expect(shadow(el).querySelector('.card')?.getAttribute('lang')).to.equal('cy');
    expect(shadow(el).querySelector('#scr-title')?.textContent).to.equal('Cofnod Gofal Cryno');
  });
});
