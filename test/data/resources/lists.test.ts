import { expect } from '@open-wc/testing';
import { allergyClinical, allergyVerification, snomed, summarise } from './summarise.js';

// Modelled on UKCore-List-Sn-NoAllergyData-Example.
const emptyAllergyList = {
  resourceType: 'List',
  id: 'UKCore-List-Sn-NoAllergyData-Example',
  status: 'current',
  mode: 'snapshot',
  code: snomed('886921000000105', 'Allergies and adverse reactions'),
  date: '2021-07-21T12:00:00+00:00',
  note: [{ text: 'Information not available' }],
  emptyReason: {
    coding: [{ system: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-ListEmptyReasonCode', code: 'no-content-recorded', display: 'No Content Recorded' }],
  },
};

const sesame = {
  resourceType: 'AllergyIntolerance',
  id: 'sesame',
  clinicalStatus: allergyClinical('active'),
  verificationStatus: allergyVerification('confirmed'),
  criticality: 'high',
  code: { text: 'Sesame oil' },
  reaction: [{ manifestation: [{ text: 'Anaphylaxis' }], severity: 'severe' }],
};

const medicine = (id: string) => ({ resourceType: 'MedicationStatement', id, status: 'active', medicationCodeableConcept: { text: 'Sertraline 50mg tablets' } });

describe('resources: List', () => {
  it('H4: a List naming entries that are not in the payload warns that the record may be incomplete', () => {
    const summary = summarise({
      resourceType: 'List', id: 'l', status: 'current', mode: 'snapshot', title: 'Current allergies',
      entry: [{ item: { reference: 'AllergyIntolerance/missing-1' } }, { item: { reference: 'AllergyIntolerance/missing-2' } }],
    });
    expect(summary.lists[0]).to.include({ entries: 2, missingEntries: 2 });
    expect(summary.warnings.map((w) => [w.kind, w.text])).to.deep.equal([
      ['incomplete', 'Current allergies: this list names 2 entries that were not included in the response. The record may be incomplete.'],
    ]);
  });

  it('H3: reads an allergies List with its emptyReason code and wording', () => {
    const summary = summarise(emptyAllergyList);
    expect(summary.lists).to.deep.equal([
      {
        title: 'Allergies and adverse reactions',
        topic: 'allergies',
        emptyReason: { code: 'no-content-recorded', text: 'No Content Recorded' },
        entries: 0,
        missingEntries: 0,
        notes: ['Information not available'],
        status: 'current',
        source: { kind: 'resource', ref: 'List/UKCore-List-Sn-NoAllergyData-Example' },
      },
    ]);
    expect(summary.warnings).to.be.empty;
  });

  it('H3: emptyReason text wins over the display; nilknown is kept as its code', () => {
    // R4 list-example-empty: a medication review with nilknown.
    const summary = summarise({
      resourceType: 'List',
      id: 'example-empty',
      status: 'current',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '182836005', display: 'Review of medication' }], text: 'Medication Review' },
      emptyReason: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/list-empty-reason', code: 'nilknown', display: 'Nil Known' }], text: 'The patient is not on any medications' },
    });
    expect(summary.lists[0]).to.deep.include({ title: 'Medication Review', topic: 'medications', emptyReason: { code: 'nilknown', text: 'The patient is not on any medications' } });
  });

  it('detects the topic from SNOMED and LOINC codes, else the title', () => {
    const summary = summarise(
      { resourceType: 'List', code: { coding: [{ system: 'http://loinc.org', code: '48765-2' }] } },
      { resourceType: 'List', code: { coding: [{ system: 'http://loinc.org', code: '10160-0' }] } },
      { resourceType: 'List', code: snomed('933361000000108', 'Medications and medical devices') },
      { resourceType: 'List', title: 'Known allergies' },
      { resourceType: 'List', title: 'Current medication' },
      { resourceType: 'List', title: 'Problems' },
      { resourceType: 'List' },
    );
    expect(summary.lists.map((l) => [l.title, l.topic])).to.deep.equal([
      ['48765-2', 'allergies'],
      ['10160-0', 'medications'],
      ['Medications and medical devices', 'medications'],
      ['Known allergies', 'allergies'],
      ['Current medication', 'medications'],
      ['Problems', 'other'],
      ['Untitled list', 'other'],
    ]);
  });

  it('H6: List warning codes become clear warnings (UK Core R4 valueCode)', () => {
    const url = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ListWarningCode';
    const summary = summarise({
      ...emptyAllergyList,
      emptyReason: undefined,
      extension: [
        { url, valueCode: 'confidential-items' },
        { url, valueCode: 'data-in-transit' },
        { url, valueCode: 'data-awaiting-filing' },
      ],
    });
    expect(summary.warnings.map((w) => w.kind)).to.deep.equal(['list-warning', 'list-warning', 'list-warning']);
    expect(summary.warnings.map((w) => w.text)).to.deep.equal([
      'Allergies and adverse reactions: Some items in this list have been marked confidential and are not shown.',
      'Allergies and adverse reactions: Some data is in transit from a previous practice and is not yet available.',
      'Allergies and adverse reactions: Some data is awaiting filing by the practice and may be missing.',
    ]);
    expect(summary.warnings[0].source?.ref).to.equal('List/UKCore-List-Sn-NoAllergyData-Example');
  });

  it('H6: GP Connect STU3 warning extensions are read too, and an unknown code is quoted', () => {
    const summary = summarise({
      resourceType: 'List',
      id: 'meds',
      title: 'Medications and medical devices',
      extension: [
        { url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1', valueCode: 'data-in-transit' },
        { url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1', valueCodeableConcept: { coding: [{ code: 'summary-only' }] } },
        { url: 'https://example.org/other-extension', valueCode: 'confidential-items' },
      ],
    });
    expect(summary.warnings.map((w) => w.text)).to.deep.equal([
      'Medications and medical devices: Some data is in transit from a previous practice and is not yet available.',
      'Medications and medical devices: this list carries the warning code "summary-only", which this viewer does not recognise. The list may be incomplete.',
    ]);
  });

  it('H3: an empty allergies List beside an allergy in the same record raises a contradiction warning', () => {
    // A real GP Connect payload: an empty allergies List and an active severe sesame allergy.
    const summary = summarise(emptyAllergyList, sesame);
    expect(summary.allergies.active.map((a) => a.substance)).to.deep.equal(['Sesame oil']);
    expect(summary.warnings).to.have.length(1);
    expect(summary.warnings[0]).to.deep.equal({
      kind: 'contradiction',
      text: 'The list "Allergies and adverse reactions" says "No Content Recorded", but 1 allergy entry was found in the same record and is shown.',
      source: { kind: 'resource', ref: 'List/UKCore-List-Sn-NoAllergyData-Example' },
    });
  });

  it('H3: a medications List with an emptyReason beside medicines raises a contradiction warning', () => {
    const summary = summarise(
      { resourceType: 'List', id: 'meds', code: snomed('933361000000108', 'Medications and medical devices'), emptyReason: { coding: [{ code: 'nilknown', display: 'Nil Known' }] } },
      medicine('m1'),
      { ...medicine('m2'), status: 'stopped' },
    );
    expect(summary.warnings.map((w) => w.text)).to.deep.equal([
      'The list "Medications and medical devices" says "Nil Known", but 2 medication entries were found in the same record and are shown.',
    ]);
  });

  it('H3: no contradiction when the List has no emptyReason, or only hidden entries sit beside it', () => {
    const withEntries = summarise({ ...emptyAllergyList, emptyReason: undefined }, sesame);
    expect(withEntries.warnings).to.be.empty;
    const onlyHidden = summarise(emptyAllergyList, { ...sesame, verificationStatus: allergyVerification('entered-in-error') });
    expect(onlyHidden.warnings).to.be.empty;
    expect(onlyHidden.hidden.enteredInError).to.equal(1);
  });

  it('H5: an entered-in-error List is hidden and counted, and its warnings are not raised', () => {
    const summary = summarise({ ...emptyAllergyList, status: 'entered-in-error', extension: [{ url: 'x/ListWarningCode', valueCode: 'data-in-transit' }] }, sesame);
    expect(summary.lists).to.be.empty;
    expect(summary.warnings).to.be.empty;
    expect(summary.hidden.enteredInError).to.equal(1);
  });
});
