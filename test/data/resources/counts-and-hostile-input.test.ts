import { expect } from '@open-wc/testing';
import type { FhirResource } from '../../../src/data/fhir.js';
import { createResolver } from '../../../src/data/references.js';
import { NOT_A_RESOURCE, summariseResources } from '../../../src/data/resources/index.js';
import { NOW, summarise } from './summarise.js';

describe('resources: counting and hostile input', () => {
  it('H4: resource types the widget does not display are counted by type', () => {
    const summary = summarise(
      { resourceType: 'Observation', id: 'o1' },
      { resourceType: 'Observation', id: 'o2' },
      { resourceType: 'Procedure', id: 'p1' },
      { resourceType: 'Immunization', id: 'i1' },
      { resourceType: 'DocumentReference', id: 'd1' },
      { resourceType: 'OperationOutcome', id: 'oo' },
    );
    expect(summary.hidden.notDisplayed).to.deep.equal({ Observation: 2, Procedure: 1, Immunization: 1, DocumentReference: 1, OperationOutcome: 1 });
  });

  it('H4: supporting resources are read through references and never counted as not displayed', () => {
    const types = ['Patient', 'Practitioner', 'PractitionerRole', 'Organization', 'Location', 'Encounter', 'Device', 'RelatedPerson', 'Medication', 'Composition', 'Bundle', 'Provenance'];
    const summary = summarise(...types.map((resourceType) => ({ resourceType })));
    expect(summary.hidden).to.deep.equal({ enteredInError: 0, notDisplayed: {} });
  });

  it('H4: items that are not resources at all are counted, not dropped', () => {
    const summary = summariseResources([null, 42, 'x', [], { resourceType: '' }, { resourceType: 7 }] as unknown as FhirResource[], createResolver([]), NOW);
    expect(summary.hidden.notDisplayed).to.deep.equal({ [NOT_A_RESOURCE]: 6 });
  });

  it('tolerates wrong types in every field without throwing, and still shows what it can', () => {
    const hostile = [
      {
        resourceType: 'AllergyIntolerance',
        id: 42,
        code: 'Peanut',
        clinicalStatus: [],
        verificationStatus: null,
        criticality: 5,
        category: 'food',
        reaction: 'hives',
        note: 5,
        onsetDateTime: 12,
        onsetPeriod: 'x',
        recordedDate: {},
        recorder: 'Practitioner/1',
        asserter: [{ reference: 'Patient/1' }],
      },
      { resourceType: 'AllergyIntolerance', code: { coding: 'x', text: ['NKA'] }, reaction: [null, { manifestation: 'Rash', severity: 3 }] },
      {
        resourceType: 'MedicationStatement',
        status: 5,
        medicationReference: 'Medication/1',
        dosage: { text: 'One daily' },
        effectivePeriod: 'x',
        effectiveDateTime: ['2020'],
        note: [null, 'loose string', { text: 'A note' }],
        reasonCode: 'Pain',
        reasonReference: [7],
        basedOn: 'MedicationRequest/x',
        extension: 'x',
        courseOfTherapyType: [],
      },
      { resourceType: 'MedicationRequest', medicationCodeableConcept: [], medicationReference: { reference: { nested: true } }, dosageInstruction: [[]], contained: { resourceType: 'Medication' } },
      { resourceType: 'Condition', code: [], onsetPeriod: [], onsetAge: { value: 'ten' }, abatementRange: { low: 'x' }, verificationStatus: 9 },
      { resourceType: 'Flag', period: null, code: 0, status: [] },
      { resourceType: 'List', extension: [null, 'x', { url: 7 }, { url: 'ListWarningCode', valueCode: 9 }], emptyReason: 'nilknown', title: 7, code: null },
    ];
    let summary: ReturnType<typeof summarise> | undefined;
    expect(() => { summary = summarise(...hostile); }).not.to.throw();
    const s = summary!;
    // The readers coped on their own: nothing fell through to the safety net.
    expect(Object.keys(s.hidden.notDisplayed).filter((k) => k.includes('could not be read'))).to.be.empty;
    expect(s.allergies.active.map((a) => a.substance)).to.deep.equal(['Peanut', 'Allergy with no name recorded']);
    expect(s.allergies.active[0].category).to.deep.equal(['food']);
    expect(s.allergies.active[1].reactions).to.deep.equal([{ manifestations: ['Rash'] }]);
    // A malformed Reference is as unresolvable as a missing target; with no status, neither is claimed as current.
    expect(s.medicines.unconfirmed.map((m) => m.name)).to.deep.equal([
      'Medicine name not available (reference could not be resolved)',
      'Medicine name not available (reference could not be resolved)',
    ]);
    expect(s.medicines.unconfirmed[0]).to.deep.include({ dose: 'One daily', reason: 'Pain', notes: ['loose string', 'A note'] });
    expect(s.conditions).to.have.length(1);
    expect(s.flags).to.have.length(1);
    expect(s.lists.map((l) => l.title)).to.deep.equal(['Untitled list']);
  });

  it('tolerates a resources argument that is not an array', () => {
    for (const input of [null, undefined, {}, 'Bundle']) {
      expect(() => summariseResources(input as unknown as FhirResource[], createResolver([]), NOW)).not.to.throw();
    }
  });
});
