/**
 * Hazards H3 ("no data" read as "no allergies") and H5 (ended, refuted or erroneous items read
 * as current), through the element: the four allergy labels, lists that contradict the
 * entries beside them, and each status kept apart and labelled.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { ENDPOINT, fhirJson, mount, settle, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { allergyLabel, footnotes, rowsUnder, warningTexts } from './support/card.js';
import { allergy, bundle, clinical, medicine, nhsNumber, patientResource, SNOMED, verification } from './support/patients.js';

type Json = Record<string, unknown>;

afterEach(() => resetHandlers());

const NHS = nhsNumber(30);
const LABELS = ['Known allergies', 'No known allergies', 'Allergies not recorded', 'Allergies unavailable'];

async function show(resources: Json[]) {
  await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle([patientResource(NHS, 'OKAFOR', 'Grace'), ...resources]))));
  const el = await mount(NHS);
  await settle(el, ['loaded', 'empty']);
  return el;
}

const allergyList = (emptyReason: Json, extra: Json = {}): Json => ({
  resourceType: 'List',
  id: 'allergy-list',
  status: 'current',
  mode: 'snapshot',
  title: 'Allergies and adverse reactions',
  code: { coding: [{ system: SNOMED, code: '886921000000105' }] },
  emptyReason,
  ...extra,
});

describe('H3: the four allergy labels, each from explicit data only', () => {
  const cases: [string, string, Json[]][] = [
    ['an active allergy', 'Known allergies', [allergy('a', 'Penicillin')]],
    ['SNOMED 716186003 "No known allergy"', 'No known allergies', [{ resourceType: 'AllergyIntolerance', id: 'nka', clinicalStatus: clinical('active'), code: { coding: [{ system: SNOMED, code: '716186003', display: 'No known allergy' }] } }]],
    ['an allergies List "nil known"', 'No known allergies', [allergyList({ coding: [{ code: 'nilknown' }], text: 'Nil known' })]],
    ['an allergies List "no content recorded"', 'Allergies not recorded', [allergyList({ coding: [{ code: 'no-content-recorded' }], text: 'No content recorded' })]],
    ['an allergies List "not asked"', 'Allergies not recorded', [allergyList({ coding: [{ code: 'notasked' }], text: 'Not asked' })]],
    ['medicines but nothing at all about allergies', 'Allergies unavailable', [medicine('m', 'Amlodipine 5mg tablets')]],
  ];
  for (const [what, label, resources] of cases) {
    it(`H3: ${what} reads "${label}" and no other allergy label`, async () => {
      const el = await show(resources);
      expect(allergyLabel(el)).to.equal(label);
      const text = visibleText(el);
      for (const other of LABELS.filter((l) => l !== label)) expect(text).not.to.contain(other);
    });
  }

  it('H3: an empty searchset is the empty state, "Allergies unavailable", never "No known allergies"', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson({ resourceType: 'Bundle', type: 'searchset', total: 0 })));
    const el = await mount(NHS);
    await settle(el, ['empty']);
    const text = visibleText(el);
    expect(text).to.contain('Allergies unavailable');
    expect(text).to.contain('does not mean the patient has no allergies');
    expect(text).not.to.contain('No known allergies');
  });

  it('H3: a scoped "no known drug allergy" beside a penicillin allergy never reads as "no allergies"', async () => {
    const nkda = { resourceType: 'AllergyIntolerance', id: 'nkda', clinicalStatus: clinical('active'), code: { coding: [{ system: SNOMED, code: '409137002', display: 'No known drug allergy' }] } };
    const el = await show([nkda, allergy('a', 'Penicillin')]);
    expect(allergyLabel(el)).to.equal('Known allergies');
    expect(visibleText(el)).to.contain('No known drug allergy');
    expect(visibleText(el)).not.to.contain('No known allergies');
  });
});

describe('H3: lists that contradict the record beside them', () => {
  it('H3: an empty allergies List beside an active severe sesame allergy shows the allergy and warns of the contradiction', async () => {
    const sesame = allergy('sesame', 'Sesame seed', { criticality: 'high', reaction: [{ manifestation: [{ text: 'Anaphylaxis' }], severity: 'severe' }] });
    const el = await show([allergyList({ coding: [{ code: 'no-content-recorded' }], text: 'No content recorded' }), sesame]);
    expect(allergyLabel(el)).to.equal('Known allergies');
    expect(rowsUnder(el, 'Current allergies and adverse reactions').join(' ')).to.contain('Sesame seed');
    expect(warningTexts(el).join(' ')).to.contain('The list "Allergies and adverse reactions" says "No content recorded", but 1 allergy entry was found in the same record and is shown.');
  });

  it('H3: a "nil known" medication List beside two medicines shows them and warns of the contradiction', async () => {
    const meds = { resourceType: 'List', id: 'ml', status: 'current', mode: 'snapshot', title: 'Medications', code: { coding: [{ system: 'http://loinc.org', code: '10160-0' }] }, emptyReason: { coding: [{ code: 'nilknown' }], text: 'None known' } };
    const el = await show([meds, medicine('m1', 'Amlodipine 5mg tablets'), medicine('m2', 'Ramipril 2.5mg capsules')]);
    expect(visibleText(el)).to.contain('Amlodipine 5mg tablets');
    expect(warningTexts(el).join(' ')).to.contain('The list "Medications" says "None known", but 2 medication entries were found in the same record and are shown.');
  });
});

describe('H5: status kept apart and labelled', () => {
  const mixed = (): Json[] => [
    allergy('pen', 'Penicillin V', { criticality: 'high' }),
    allergy('ibu', 'Ibuprofen', { verificationStatus: verification('unconfirmed') }),
    allergy('egg', 'Hen egg', { clinicalStatus: clinical('resolved') }),
    allergy('lat', 'Latex', { verificationStatus: verification('refuted') }),
    allergy('cod', 'Codeine phosphate', { clinicalStatus: undefined, verificationStatus: verification('entered-in-error') }),
    medicine('amlo', 'Amlodipine 5mg tablets'),
    medicine('sim', 'Simvastatin 40mg tablets', { status: 'stopped' }),
    medicine('war', 'Warfarin 1mg tablets', { status: 'entered-in-error' }),
  ];

  it('H5: refuted allergies are listed apart as refuted, ended ones apart as ended, never among current ones', async () => {
    const el = await show(mixed());
    const current = rowsUnder(el, 'Current allergies and adverse reactions').join(' | ');
    expect(current).to.contain('Penicillin V');
    expect(current).not.to.contain('Latex');
    expect(current).not.to.contain('Hen egg');
    expect(rowsUnder(el, 'Ended (inactive or resolved)').join(' ')).to.contain('Hen egg');
    expect(rowsUnder(el, 'Refuted: recorded, then ruled out').join(' ')).to.contain('Latex');
  });

  it('H5: an unconfirmed allergy stays among current ones with an "Unconfirmed" label in its row', async () => {
    const el = await show(mixed());
    const row = rowsUnder(el, 'Current allergies and adverse reactions').find((r) => r.includes('Ibuprofen'));
    expect(row).to.contain('Unconfirmed');
  });

  it('H5: an unconfirmed "No known allergy" is labelled unconfirmed', async () => {
    const el = await show([{ resourceType: 'AllergyIntolerance', id: 'nka', clinicalStatus: clinical('active'), verificationStatus: verification('unconfirmed'), code: { coding: [{ system: SNOMED, code: '716186003', display: 'No known allergy' }] } }]);
    expect(visibleText(el)).to.match(/No known allergy\s+Unconfirmed/);
  });

  it('H5: entered-in-error entries are hidden and counted: "2 entries entered in error are not shown."', async () => {
    const el = await show(mixed());
    const text = visibleText(el);
    expect(text).not.to.contain('Codeine');
    expect(text).not.to.contain('Warfarin');
    expect(footnotes(el)).to.contain('2 entries entered in error are not shown.');
  });

  it('H5: one entered-in-error entry reads exactly "1 entry entered in error is not shown."', async () => {
    const el = await show([allergy('pen', 'Penicillin V'), allergy('cod', 'Codeine phosphate', { verificationStatus: verification('entered-in-error') })]);
    expect(footnotes(el)).to.contain('1 entry entered in error is not shown.');
    expect(visibleText(el)).not.to.contain('Codeine');
  });

  it('H5: stopped medicines are listed apart from current ones, with their status', async () => {
    const el = await show(mixed());
    const stopped = rowsUnder(el, 'Discontinued or stopped medicines').join(' ');
    expect(stopped).to.contain('Simvastatin 40mg tablets');
    expect(stopped).to.match(/\bstopped\b/i);
    for (const caption of ['Current repeat medicines', 'Acute medicines', 'Other medicines']) {
      expect(rowsUnder(el, caption).join(' ')).not.to.contain('Simvastatin');
    }
  });

  it('H5: a completed acute course is listed with its status among the stopped ones and not counted as a current medicine', async () => {
    const request = (id: string, name: string, status: string, course: string): Json => ({
      resourceType: 'MedicationRequest',
      id,
      status,
      intent: 'order',
      courseOfTherapyType: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy', code: course }] },
      medicationCodeableConcept: { text: name },
    });
    const el = await show([
      request('r', 'Lisinopril 10mg tablets', 'active', 'continuous'),
      request('c', 'Amoxicillin 500mg capsules', 'completed', 'acute'),
      medicine('s', 'Simvastatin 40mg tablets', { status: 'stopped' }),
    ]);
    expect(rowsUnder(el, 'Acute medicines').join(' ')).not.to.contain('Amoxicillin');
    expect(rowsUnder(el, 'Discontinued or stopped medicines').join(' ')).to.match(/Amoxicillin 500mg capsules.*Completed/);
    const strip = [...shadow(el).querySelectorAll('.strip-item')].find((i) => i.querySelector('dt')?.textContent === 'Current medicines');
    expect(strip?.querySelector('dd')?.textContent?.trim()).to.equal('1');
    expect(visibleText(el)).to.contain('(1 current, 2 discontinued or stopped)');
  });
});
