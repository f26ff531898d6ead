/**
 * Hazard H8: misread dates, through the element. The CUI form whatever the browser's locale,
 * partial dates kept partial, the 1970-01-01 sentinel and future onsets flagged in words
 * beside the date, and planned end dates left unflagged so the flag keeps its meaning.
 * (The same-day-in-every-time-zone checks are in dates-tz.test.ts.)
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { ENDPOINT, fhirJson, mount, settle, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { rowsUnder } from './support/card.js';
import { allergy, bundle, medicine, nhsNumber, patientResource, scrDocument, scrSection } from './support/patients.js';

type Json = Record<string, unknown>;

afterEach(() => resetHandlers());

const NHS = nhsNumber(60);
const SENTINEL_TAG = 'date may be wrong (1970-01-01 placeholder)';
const FUTURE_TAG = 'date is in the future: check';
const IMPOSSIBLE_TAG = 'not a real date or time: shown as sent, check';

async function show(resources: Json[]) {
  await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle([patientResource(NHS, 'HALE', 'Dennis'), ...resources]))));
  const el = await mount(NHS);
  await settle(el, ['loaded']);
  return el;
}

const rowWith = (el: Awaited<ReturnType<typeof show>>, caption: string, words: string) => rowsUnder(el, caption).find((r) => r.includes(words)) ?? '';

describe('H8: dates through the element', () => {
  it('H8: a 1970-01-01 onset is shown with the words "date may be wrong (1970-01-01 placeholder)" beside it', async () => {
    const el = await show([allergy('a', 'Peanut', { onsetDateTime: '1970-01-01' })]);
    expect(rowWith(el, 'Current allergies and adverse reactions', 'Peanut')).to.contain(`01-Jan-1970 ${SENTINEL_TAG}`);
  });

  it('H8: an onset in the future is shown with the words "date is in the future: check" beside it', async () => {
    const el = await show([{ resourceType: 'Condition', id: 'c', code: { text: 'Type 2 diabetes' }, onsetDateTime: '2099-03-01' }]);
    expect(rowWith(el, 'Problems and conditions', 'Type 2 diabetes')).to.contain(`01-Mar-2099 ${FUTURE_TAG}`);
  });

  it('H8: an impossible date or time (2023-02-29, 2024-13-01, T25:00) is shown as sent with the words "not a real date or time: shown as sent, check" beside it', async () => {
    const el = await show([
      allergy('a', 'Peanut', { onsetDateTime: '2023-02-29', recordedDate: '2024-13-01' }),
      { resourceType: 'Condition', id: 'c', code: { text: 'Type 2 diabetes' }, onsetDateTime: '2024-04-31', recordedDate: '2024-01-01T25:00:00Z' },
    ]);
    const allergyRow = rowWith(el, 'Current allergies and adverse reactions', 'Peanut');
    expect(allergyRow).to.contain(`2023-02-29 ${IMPOSSIBLE_TAG}`);
    expect(allergyRow).to.contain(`2024-13-01 ${IMPOSSIBLE_TAG}`);
    const conditionRow = rowWith(el, 'Problems and conditions', 'Type 2 diabetes');
    expect(conditionRow).to.contain(`2024-04-31 ${IMPOSSIBLE_TAG}`);
  });

  it('H8: partial dates stay partial: "2010" and "Mar-2015", never a made-up day', async () => {
    const el = await show([allergy('a', 'Peanut', { onsetDateTime: '2010', recordedDate: '2015-03' })]);
    const row = rowWith(el, 'Current allergies and adverse reactions', 'Peanut');
    expect(row).to.match(/\b2010\b/);
    expect(row).to.contain('Mar-2015');
    expect(row).not.to.match(/\d{2}-(Jan|Mar)-(2010|2015)/);
  });

  it('H8: dates use the CUI form 21-Nov-2026 and times the 24-hour clock, whatever the browser locale', async () => {
    const el = await show([allergy('a', 'Peanut', { recordedDate: '2026-11-21T14:31:00+00:00', onsetDateTime: '2026-02-03' })]);
    const text = visibleText(el);
    expect(text).to.contain('21-Nov-2026 14:31');
    expect(text).to.contain('03-Feb-2026');
    expect(text).not.to.match(/\b(2:31 PM|11\/21\/2026|21\/11\/2026|2026-11-21)\b/);
  });

  it('H8: a planned end date ahead (a course of antibiotics) is shown without the future flag', async () => {
    const el = await show([medicine('m', 'Amoxicillin 500mg capsules', { effectivePeriod: { start: '2026-01-05', end: '2099-01-12' } })]);
    const row = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ')).find((r) => r.includes('Amoxicillin')) ?? '';
    expect(row).to.contain('12-Jan-2099');
    expect(row).not.to.contain(FUTURE_TAG);
  });

  it('H8: a date the widget cannot read is shown exactly as sent, never hidden or guessed', async () => {
    const el = await show([allergy('a', 'Peanut', { onsetString: 'childhood', recordedDate: '14-Nov-06' })]);
    const row = rowWith(el, 'Current allergies and adverse reactions', 'Peanut');
    expect(row).to.contain('childhood');
    expect(row).to.contain('14-Nov-06');
  });

  it('H8: one date form on the whole card: the SCR\'s created time, FHIR dates (partial, zoned), date of birth and "Retrieved at" all read 14-May-2020 14:31', async () => {
    const doc = scrDocument(
      [
        scrSection('Title', 'General Practice Summary', '<p id="CreateTime">Summary Created: 03 Nov 2026 16:40</p><p id="Practice">Harbour Surgery</p>'),
        scrSection('AllergiesHeader', 'Allergies and Adverse Reactions', '<table><thead><tr><th>Date</th><th>Description</th></tr></thead><tbody><tr><td>12-May-2016</td><td>Penicillin V</td></tr></tbody></table>'),
      ],
      patientResource(NHS, 'HALE', 'Dennis'),
    );
    const resources = [
      allergy('a', 'Peanut', { onsetDateTime: '2010', recordedDate: '2015-03' }),
      allergy('b', 'Latex', { recordedDate: '2024-01-14T23:30:00-10:00', onsetDateTime: '2019-12-10T23:30:00' }),
      medicine('m', 'Amlodipine 5mg tablets', { effectivePeriod: { start: '2026-01-05', end: '2099-01-12' } }),
      { resourceType: 'Condition', id: 'c', code: { text: 'Asthma' }, onsetDateTime: '2001-06-15', abatementDateTime: '2005-06' },
    ];
    (doc.entry as Json[]).push(...resources.map((resource) => ({ resource })));
    await useHandlers(http.get(ENDPOINT, () => fhirJson(doc)));
    const el = await mount(NHS);
    await settle(el, ['loaded']);
    const text = visibleText(el);
    // Every date-like run on the card, whatever its form, must be a CUI date, month or time.
    const DATE_LIKE = /\d{1,4}[-/. ][A-Za-z]{3,9}[-/. ]\d{2,4}|\b\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?\b|\b[A-Za-z]{3,9}[- ]\d{4}\b|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?/gi;
    const CUI = /^(?:\d{2}-)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{4}$|^\d{2}:\d{2}$/;
    const found = text.match(DATE_LIKE) ?? [];
    expect(found.length).to.be.greaterThan(10);
    expect(found.filter((d) => !CUI.test(d))).to.deep.equal([]);
    for (const shown of ['Summary created 03-Nov-2026 16:40', 'Date of birth 07-Mar-1961', '12-May-2016', 'Mar-2015', '2010', '10-Dec-2019 23:30', '05-Jan-2026', '12-Jan-2099', '15-Jun-2001', 'Jun-2005']) {
      expect(text, shown).to.contain(shown);
    }
    expect(text).to.match(/Retrieved at \d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}/);
  });
});
