/**
 * Duplicate resource ids (issue 11, class 11) through the element: a reference to a name two
 * different resources share is never guessed. It resolves to nothing, the card says which id
 * and why, and every one of the duplicated resources is still shown.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { UNRESOLVED_MEDICINE } from '../../src/data/resources/medicines.js';
import { ENDPOINT, fhirJson, mount, settle, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { warningTexts } from './support/card.js';
import { allergy, bundle, medicine, nhsNumber, patientResource } from './support/patients.js';

type Json = Record<string, unknown>;

afterEach(() => resetHandlers());

const NHS = nhsNumber(80);
const medication = (id: string, display: string): Json => ({ resourceType: 'Medication', id, code: { coding: [{ system: 'https://dmd.nhs.uk', code: '1', display }] } });
const byReference = (id: string, ref: string): Json => {
  const statement = medicine(id, 'unused', { medicationReference: { reference: ref } });
  delete statement.medicationCodeableConcept;
  return statement;
};

async function show(resources: Json[]) {
  await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle([patientResource(NHS, 'DUPLEX', 'Ray'), ...resources]))));
  const el = await mount(NHS);
  await settle(el, ['loaded']);
  return el;
}

describe('duplicate resource ids through the element', () => {
  it('H4: a medicine referring to an id two different Medications share shows "name not available", never either name, under a warning naming the id', async () => {
    const el = await show([medication('m1', 'Warfarin 1mg tablets'), medication('m1', 'Warfarin 5mg tablets'), byReference('s1', 'Medication/m1')]);
    const text = visibleText(el);
    expect(text).to.contain(UNRESOLVED_MEDICINE);
    expect(text).not.to.contain('Warfarin 1mg');
    expect(text).not.to.contain('Warfarin 5mg');
    const warning = warningTexts(el).find((w) => w.includes('Medication/m1'));
    expect(warning, 'a warning naming the duplicated id').to.exist;
    expect(warning).to.contain('could not be resolved');
  });

  it('H4: two different entries under one id are both shown, and the card warns of the shared id', async () => {
    const el = await show([
      medicine('s1', 'Methotrexate 2.5mg tablets'),
      medicine('s1', 'Folic acid 5mg tablets'),
      allergy('a1', 'Latex'),
      allergy('a1', 'Peanut'),
    ]);
    const text = visibleText(el);
    for (const name of ['Methotrexate 2.5mg tablets', 'Folic acid 5mg tablets', 'Latex', 'Peanut']) expect(text).to.contain(name);
    const warning = warningTexts(el).find((w) => w.includes('MedicationStatement/s1'));
    expect(warning, 'a warning naming the shared ids').to.contain('AllergyIntolerance/a1');
  });

  it('H4: identical copies of one Medication are one resource: the reference resolves and nothing is warned', async () => {
    const el = await show([medication('m1', 'Warfarin 1mg tablets'), medication('m1', 'Warfarin 1mg tablets'), byReference('s1', 'Medication/m1')]);
    expect(visibleText(el)).to.contain('Warfarin 1mg tablets');
    expect(visibleText(el)).not.to.contain(UNRESOLVED_MEDICINE);
    expect(warningTexts(el).some((w) => w.includes('could not be resolved'))).to.be.false;
  });
});
