/**
 * H8: dates a reader could misread. A 1970-01-01 onset (the sentinel a bad source date
 * becomes), an onset in the future, partial dates that must stay partial, and a course of
 * antibiotics with a planned end next week (a future end date that is expected, not flagged).
 *
 * Fictional patient: Mr Dennis HALE, NHS No. 999 019 0011.
 */
import { DMD, SNOMED, type FhirJson } from '../types.js';
import { allergyClinical, allergyVerification, collection, idOf, patient, urn } from './common.js';

const PATIENT = urn('1e', 1);
const NUTS = urn('1e', 2);
const CONDITION_FUTURE = urn('1e', 3);
const CONDITION_PARTIAL = urn('1e', 4);
const ANTIBIOTIC = urn('1e', 5);

export const implausibleDates: FhirJson = collection('5afe001e-0000-4000-8000-000000000000', [
  [PATIENT, patient({ nhsNumber: '9990190011', family: 'HALE', given: 'Dennis', prefix: 'Mr', birthDate: '1952-11-09' }, PATIENT)],
  [
    NUTS,
    {
      resourceType: 'AllergyIntolerance',
      id: idOf(NUTS),
      clinicalStatus: allergyClinical('active'),
      verificationStatus: allergyVerification('confirmed'),
      code: { coding: [{ system: SNOMED, code: '91934008', display: 'Allergy to nut' }] },
      patient: { reference: PATIENT },
      onsetDateTime: '1970-01-01',
      recordedDate: '2015-03',
      reaction: [{ manifestation: [{ text: 'Lip swelling' }], severity: 'moderate' }],
    },
  ],
  [
    CONDITION_FUTURE,
    {
      resourceType: 'Condition',
      id: idOf(CONDITION_FUTURE),
      clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
      code: { coding: [{ system: SNOMED, code: '44054006', display: 'Type 2 diabetes mellitus' }] },
      subject: { reference: PATIENT },
      onsetDateTime: '2099-03-01',
    },
  ],
  [
    CONDITION_PARTIAL,
    {
      resourceType: 'Condition',
      id: idOf(CONDITION_PARTIAL),
      clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
      code: { coding: [{ system: SNOMED, code: '38341003', display: 'Hypertension' }] },
      subject: { reference: PATIENT },
      onsetDateTime: '2010',
    },
  ],
  [
    ANTIBIOTIC,
    {
      resourceType: 'MedicationStatement',
      id: idOf(ANTIBIOTIC),
      status: 'active',
      medicationCodeableConcept: { coding: [{ system: DMD, code: '39732311000001104', display: 'Amoxicillin 500mg capsules' }] },
      subject: { reference: PATIENT },
      // A planned end: while it lies ahead it is expected, so it is never flagged as implausible.
      effectivePeriod: { start: '2026-11-19', end: '2026-11-26' },
      dosage: [{ text: 'One capsule three times a day for 7 days' }],
    },
  ],
]);
