import { expect } from '@open-wc/testing';
import { NO_NAME_MEDICINE, UNRESOLVED_MEDICINE } from '../../../src/data/resources/medicines.js';
import { snomed, summarise, summariseEntries } from './summarise.js';

const COURSE = 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy';
const dmd = (code: string, display: string) => ({ coding: [{ system: 'https://dmd.nhs.uk', code, display }] });

// Modelled on UKCore-MedicationStatement-Amoxicillin-Example, with its course still running on NOW (21-Nov-2026).
const statement = {
  resourceType: 'MedicationStatement',
  id: 'UKCore-MedicationStatement-Amoxicillin-Example',
  status: 'active',
  medicationCodeableConcept: dmd('39732311000001104', 'Amoxicillin 250mg capsules'),
  subject: { reference: 'Patient/UKCore-Patient-RichardSmith-Example' },
  effectivePeriod: { start: '2026-11-15T13:50:00+00:00', end: '2027-05-15T13:50:00+00:00' },
  dateAsserted: '2017-02-22',
  reasonCode: [snomed('65363002', 'Otitis media')],
  dosage: [{ text: '2 capsules 4 times a day.', timing: { repeat: { frequency: 4, period: 1, periodUnit: 'd' } } }],
};

// Modelled on UKCore-MedicationRequest-Amoxicillin-Example.
const request = (id: string, course: string | undefined, status = 'active') => ({
  resourceType: 'MedicationRequest',
  id,
  status,
  intent: 'order',
  medicationCodeableConcept: dmd('39732411000001106', 'Amoxicillin 500mg capsules'),
  authoredOn: '2023-06-15T15:00:00.000Z',
  ...(course ? { courseOfTherapyType: { coding: [{ system: COURSE, code: course }] } } : {}),
  dosageInstruction: [{ text: '500mg - three times a day.' }],
});

describe('resources: MedicationStatement and MedicationRequest', () => {
  it('reads a UK Core MedicationStatement: name, dose, dates, reason', () => {
    const summary = summarise(statement);
    expect(summary.medicines.other).to.have.length(1);
    const med = summary.medicines.other[0];
    expect(med).to.include({ name: 'Amoxicillin 250mg capsules', coded: true, dose: '2 capsules 4 times a day.', status: 'active', course: 'other', group: 'other', reason: 'Otitis media' });
    expect(med.start?.text).to.equal('15-Nov-2026 13:50');
    expect(med.end?.text).to.equal('15-May-2027 13:50');
    expect(med.authored?.text).to.equal('22-Feb-2017');
    expect(med.source.ref).to.equal('MedicationStatement/UKCore-MedicationStatement-Amoxicillin-Example');
  });

  it('groups by courseOfTherapyType: continuous → repeat, acute → acute', () => {
    const summary = summarise(request('rep', 'continuous'), request('acu', 'acute'), request('none', undefined));
    expect(summary.medicines.repeat.map((m) => m.source.ref)).to.deep.equal(['MedicationRequest/rep']);
    expect(summary.medicines.acute.map((m) => m.source.ref)).to.deep.equal(['MedicationRequest/acu']);
    expect(summary.medicines.other.map((m) => m.source.ref)).to.deep.equal(['MedicationRequest/none']);
    expect(summary.medicines.acute[0].dose).to.equal('500mg - three times a day.');
    expect(summary.medicines.acute[0].authored?.text).to.equal('15-Jun-2023 15:00');
  });

  it('a UK Core repeat-information or last-issue extension makes a repeat', () => {
    const summary = summarise(
      { ...statement, id: 'last', extension: [{ url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationStatementLastIssueDate', valueDateTime: '2026-10-01' }] },
      { ...request('info', undefined), extension: [{ url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationRepeatInformation', extension: [] }] },
    );
    expect(summary.medicines.repeat.map((m) => m.source.ref)).to.deep.equal(['MedicationStatement/last', 'MedicationRequest/info']);
  });

  it('a statement takes its course from the plan MedicationRequest it is based on; the plan itself is not an order, so not current', () => {
    const summary = summarise({ ...statement, id: 'st', basedOn: [{ reference: 'MedicationRequest/plan' }] }, { ...request('plan', 'continuous'), intent: 'plan' });
    expect(summary.medicines.repeat.map((m) => m.source.ref)).to.deep.equal(['MedicationStatement/st']);
    expect(summary.medicines.unconfirmed.map((m) => [m.source.ref, m.course, m.why])).to.deep.equal([['MedicationRequest/plan', 'repeat', 'intent-plan']]);
  });

  it('H5: stopped, cancelled and not-taken medicines are grouped apart as stopped, keeping their course', () => {
    const summary = summarise(
      request('stopped', 'continuous', 'stopped'),
      request('cancelled', 'acute', 'cancelled'),
      { ...statement, id: 'not-taken', status: 'not-taken' },
    );
    expect(summary.medicines.repeat).to.be.empty;
    expect(summary.medicines.acute).to.be.empty;
    expect(summary.medicines.stopped.map((m) => [m.status, m.course, m.group])).to.deep.equal([
      ['stopped', 'repeat', 'stopped'],
      ['cancelled', 'acute', 'stopped'],
      ['not-taken', 'other', 'stopped'],
    ]);
  });

  it('H5: a completed course is not current: it is listed with the stopped ones, its status and course kept', () => {
    const summary = summarise(request('done', 'acute', 'completed'));
    expect(summary.medicines.acute).to.be.empty;
    expect(summary.medicines.stopped[0]).to.include({ status: 'completed', group: 'stopped', course: 'acute', why: 'completed' });
  });

  it('H5: entered-in-error medicines are hidden and counted', () => {
    const summary = summarise(statement, { ...statement, id: 'eie', status: 'entered-in-error' }, request('eie2', 'acute', 'entered-in-error'));
    expect(summary.medicines.other).to.have.length(1);
    expect(summary.medicines.acute).to.be.empty;
    expect(summary.hidden.enteredInError).to.equal(2);
  });

  it('transfer-degraded medication shows code.text verbatim and is marked not coded', () => {
    const summary = summarise({
      ...statement,
      medicationCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '196421000000109', display: 'Transfer-degraded medication entry' }], text: 'Co-amoxiclav 500mg/125mg tablets' },
    });
    expect(summary.medicines.other[0]).to.include({ name: 'Co-amoxiclav 500mg/125mg tablets', coded: false });
  });

  it('resolves a contained Medication by #id (R4 medicationrequest0301)', () => {
    const summary = summarise({
      resourceType: 'MedicationRequest',
      id: 'medrx0301',
      contained: [{ resourceType: 'Medication', id: 'med0310', code: snomed('430127000', 'Oral Form Oxycodone (product)') }],
      status: 'completed',
      medicationReference: { reference: '#med0310' },
      authoredOn: '2015-01-15',
      dosageInstruction: [{ sequence: 1, text: 'one to two tablets every 4-6 hours as needed for rib pain' }],
      note: [{ text: 'Patient told to take with food' }],
    });
    // Its status is completed: listed with the stopped ones, never as current (H5).
    expect(summary.medicines.stopped[0]).to.deep.include({ name: 'Oral Form Oxycodone (product)', coded: true, notes: ['Patient told to take with food'] });
    expect(summary.medicines.stopped[0].authored?.text).to.equal('15-Jan-2015');
    // The contained Medication is not counted as "not displayed".
    expect(summary.hidden.notDisplayed).to.deep.equal({});
  });

  it('resolves a bundled Medication by urn:uuid, by relative Type/id and by absolute fullUrl', () => {
    const summary = summariseEntries([
      { resource: { ...statement, id: 'a', medicationCodeableConcept: undefined, medicationReference: { reference: 'urn:uuid:5c1b2a76-1d4e-4b0b-9c3a-0f4f8f0c7a01' } } },
      { resource: { ...statement, id: 'b', medicationCodeableConcept: undefined, medicationReference: { reference: 'Medication/simva' } } },
      { resource: { ...statement, id: 'c', medicationCodeableConcept: undefined, medicationReference: { reference: 'https://gp.example.nhs.uk/fhir/Medication/ram' } } },
      { fullUrl: 'urn:uuid:5c1b2a76-1d4e-4b0b-9c3a-0f4f8f0c7a01', resource: { resourceType: 'Medication', code: dmd('39720311000001101', 'Paracetamol 500mg tablets') } },
      { fullUrl: 'https://gp.example.nhs.uk/fhir/Medication/simva', resource: { resourceType: 'Medication', id: 'simva', code: dmd('320000009', 'Simvastatin 40mg tablets') } },
      { fullUrl: 'https://gp.example.nhs.uk/fhir/Medication/ram', resource: { resourceType: 'Medication', id: 'ram', code: dmd('318900000', 'Ramipril 2.5mg capsules') } },
    ]);
    expect(summary.medicines.other.map((m) => [m.name, m.coded])).to.deep.equal([
      ['Paracetamol 500mg tablets', true],
      ['Simvastatin 40mg tablets', true],
      ['Ramipril 2.5mg capsules', true],
    ]);
    expect(summary.hidden.notDisplayed).to.deep.equal({});
  });

  it('H4: an unresolvable medication reference shows its display, else says it could not be resolved', () => {
    const summary = summarise(
      { ...statement, id: 'd', medicationCodeableConcept: undefined, medicationReference: { reference: 'Medication/missing', display: 'Metformin 500mg tablets' } },
      { ...statement, id: 'u', medicationCodeableConcept: undefined, medicationReference: { reference: 'urn:uuid:nowhere' } },
      { ...statement, id: 'n', medicationCodeableConcept: undefined },
    );
    expect(summary.medicines.other.map((m) => [m.name, m.coded])).to.deep.equal([
      ['Metformin 500mg tablets', false],
      [UNRESOLVED_MEDICINE, false],
      [NO_NAME_MEDICINE, false],
    ]);
  });

  it('a circular or wrong-type medication reference does not throw or loop', () => {
    const summary = summariseEntries([
      { fullUrl: 'urn:uuid:loop', resource: { ...statement, id: 'loop', medicationCodeableConcept: undefined, medicationReference: { reference: 'urn:uuid:loop' }, basedOn: [{ reference: 'urn:uuid:loop' }] } },
      { resource: { ...statement, id: 'self', medicationCodeableConcept: undefined, contained: [], medicationReference: { reference: '#' } } },
    ]);
    expect(summary.medicines.other.map((m) => m.name)).to.deep.equal([UNRESOLVED_MEDICINE, UNRESOLVED_MEDICINE]);
  });

  it('joins several dosage texts with "; " and leaves an absent dose undefined', () => {
    const summary = summarise(
      { ...statement, id: 'two', dosage: [{ text: 'One in the morning' }, { timing: {} }, { text: 'Two at night' }] },
      { ...statement, id: 'none', dosage: [{ timing: {} }] },
      { ...statement, id: 'pi', dosage: [{ patientInstruction: 'Take with food' }] },
    );
    expect(summary.medicines.other.map((m) => m.dose)).to.deep.equal(['One in the morning; Two at night', undefined, 'Take with food']);
  });

  it('H7: a very long drug name is kept whole', () => {
    const name = 'Beclometasone 100micrograms/dose / Formoterol 6micrograms/dose / Glycopyrronium bromide 10micrograms/dose pressurised inhaler';
    const summary = summarise({ ...statement, medicationCodeableConcept: { text: name } });
    expect(summary.medicines.other[0].name).to.equal(name);
  });

  it('H7: a dose given only in structured form is spelled out, never reported as not recorded', () => {
    const summary = summarise({
      resourceType: 'MedicationStatement', id: 'ips-med', status: 'active',
      medicationCodeableConcept: { text: 'Anastrozole 1mg tablets' },
      dosage: [{ route: { text: 'oral' }, timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } }, doseAndRate: [{ doseQuantity: { value: 1, unit: 'tablet' } }] }],
    });
    expect(summary.medicines.other[0].dose).to.equal('1 tablet, oral, 1 time per 1 d');
  });
});
