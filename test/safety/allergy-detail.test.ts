/**
 * Allergy detail through the element (issue 11, class 8): criticality and severity in any
 * case are shown, statuses given only in words are honoured, unknown status words are shown
 * as sent, and a name taken from the reactions or the entry's own text says so.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { ENDPOINT, fhirJson, mount, settle, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { rowsUnder } from './support/card.js';
import { bundle, nhsNumber, patientResource } from './support/patients.js';

type Json = Record<string, unknown>;

afterEach(() => resetHandlers());

const NHS = nhsNumber(70);

async function show(resources: Json[]) {
  await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle([patientResource(NHS, 'QUILL', 'Ada'), ...resources]))));
  const el = await mount(NHS);
  await settle(el, ['loaded']);
  return el;
}

const entry = (id: string, extra: Json): Json => ({ resourceType: 'AllergyIntolerance', id, ...extra });

describe('allergy detail through the element', () => {
  it('H13: criticality "HIGH" and severity "Severe" are shown as High and Severe, not "Not recorded"', async () => {
    const el = await show([entry('a', { code: { text: 'Penicillin' }, clinicalStatus: { coding: [{ code: 'Active' }] }, criticality: 'HIGH', reaction: [{ manifestation: [{ text: 'Anaphylaxis' }], severity: 'Severe' }] })]);
    const row = rowsUnder(el, 'Current allergies and adverse reactions').find((r) => r.includes('Penicillin')) ?? '';
    // Reaction, its severity, then criticality: read, not "Not recorded".
    expect(row).to.contain('Anaphylaxis Severe High');
  });

  it('H5: statuses given only in words are honoured: "Refuted" is ruled out, "Entered in error" is not shown, "Resolved" has ended', async () => {
    const el = await show([
      entry('r', { code: { text: 'Aspirin' }, verificationStatus: { text: 'Refuted' } }),
      entry('e', { code: { text: 'Codeine' }, verificationStatus: { text: 'Entered in error' } }),
      entry('x', { code: { text: 'Ibuprofen' }, clinicalStatus: { text: 'Resolved' } }),
      entry('c', { code: { text: 'Latex' }, clinicalStatus: { text: 'Active' } }),
    ]);
    expect(rowsUnder(el, 'Refuted: recorded, then ruled out').join(' ')).to.contain('Aspirin');
    expect(rowsUnder(el, 'Ended (inactive or resolved)').join(' ')).to.contain('Ibuprofen');
    const current = rowsUnder(el, 'Current allergies and adverse reactions').join(' ');
    expect(current).to.contain('Latex');
    for (const word of ['Aspirin', 'Ibuprofen']) expect(current).not.to.contain(word);
    expect(visibleText(el)).not.to.contain('Codeine');
    expect(visibleText(el)).to.contain('1 entry entered in error is not shown');
  });

  it('H5: a status in words the widget does not know is shown as the record gave it', async () => {
    const el = await show([entry('s', { code: { text: 'Sesame' }, verificationStatus: { text: 'Suspected' } })]);
    const row = rowsUnder(el, 'Current allergies and adverse reactions').find((r) => r.includes('Sesame')) ?? '';
    expect(row).to.contain('Status as recorded: Suspected');
  });

  it('H4: with no code, the name from the reaction or from the entry\'s own text is shown, marked not coded and where it came from', async () => {
    const el = await show([
      entry('r', { clinicalStatus: { coding: [{ code: 'active' }] }, reaction: [{ substance: { text: 'Amoxicillin' }, manifestation: [{ text: 'Rash' }] }] }),
      entry('n', { clinicalStatus: { coding: [{ code: 'active' }] }, text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Allergy to <b>wasp</b> venom</p></div>' } }),
    ]);
    const rows = rowsUnder(el, 'Current allergies and adverse reactions');
    const fromReaction = rows.find((r) => r.includes('Amoxicillin')) ?? '';
    const fromText = rows.find((r) => r.includes('Allergy to wasp venom')) ?? '';
    expect(fromReaction).to.contain('Not coded');
    expect(fromReaction).to.contain('Name taken from the reaction details');
    expect(fromText).to.contain('Not coded');
    expect(fromText).to.contain('Name taken from the entry’s own text');
    expect(visibleText(el)).not.to.contain('Allergy with no name recorded');
  });
});
