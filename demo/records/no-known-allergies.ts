/**
 * (e) "No known allergies" asserted by a clinician: a structured record holding an
 * AllergyIntolerance coded 716186003 (code.text "No known allergy"), plus two medicines.
 * This is a positive statement, unlike (f) where nothing was recorded at all.
 *
 * Fictional patient: Mrs Grace OKAFOR, NHS No. 999 004 0028.
 *
 * Codes are illustrative (displays and text are what the widget shows); not for clinical use.
 */
import { ALLERGY_CLINICAL, ALLERGY_VERIFICATION, DMD, NHS_NUMBER_SYSTEM, SNOMED, type FhirJson } from './types.js';

const PATIENT = 'urn:uuid:bbc83358-8b1c-4299-8a94-c1c1396b09d4';
const subject = { reference: PATIENT };

const entry: FhirJson[] = [
  {
    fullUrl: PATIENT,
    resource: {
      resourceType: 'Patient',
      id: 'bbc83358-8b1c-4299-8a94-c1c1396b09d4',
      identifier: [{ system: NHS_NUMBER_SYSTEM, value: '9990040028' }],
      name: [{ use: 'official', family: 'OKAFOR', given: ['Grace', 'Adanna'], prefix: ['Mrs'] }],
      gender: 'female',
      birthDate: '1969-08-30',
    },
  },
  {
    fullUrl: 'urn:uuid:839131d7-c2c2-4bb2-bb3c-fffdb56e31b0',
    resource: {
      resourceType: 'AllergyIntolerance',
      id: '839131d7-c2c2-4bb2-bb3c-fffdb56e31b0',
      clinicalStatus: { coding: [{ system: ALLERGY_CLINICAL, code: 'active', display: 'Active' }] },
      verificationStatus: { coding: [{ system: ALLERGY_VERIFICATION, code: 'confirmed', display: 'Confirmed' }] },
      code: {
        coding: [{ system: SNOMED, code: '716186003', display: 'No known allergy' }],
        text: 'No known allergy',
      },
      patient: subject,
      recordedDate: '2026-09-09T10:15:00+00:00',
      recorder: { display: 'Nurse Imogen Hartley' },
    },
  },
  {
    fullUrl: 'urn:uuid:5d3b8a6e-2f4c-4f0e-9d7a-1c6e2b9f4a01',
    resource: {
      resourceType: 'MedicationStatement',
      id: '5d3b8a6e-2f4c-4f0e-9d7a-1c6e2b9f4a01',
      status: 'active',
      medicationCodeableConcept: { coding: [{ system: DMD, code: '317896006', display: 'Atorvastatin 20mg tablets' }] },
      subject,
      effectivePeriod: { start: '2022-02-14' },
      dosage: [{ text: 'One tablet to be taken at night' }],
    },
  },
  {
    fullUrl: 'urn:uuid:9e7c1f42-6b8d-4a3e-b5c2-7f0d8e1a2b03',
    resource: {
      resourceType: 'MedicationRequest',
      id: '9e7c1f42-6b8d-4a3e-b5c2-7f0d8e1a2b03',
      status: 'active',
      intent: 'order',
      medicationCodeableConcept: { coding: [{ system: DMD, code: '325242002', display: 'Metformin 500mg tablets' }] },
      subject,
      authoredOn: '2026-09-09',
      courseOfTherapyType: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy', code: 'continuous', display: 'Continuous long term therapy' }],
      },
      dosageInstruction: [{ text: 'One tablet to be taken twice a day with meals' }],
    },
  },
];

/** Mrs Grace OKAFOR, NHS No. 999 004 0028: "No known allergy" asserted, plus medicines. */
export const noKnownAllergies: FhirJson = {
  resourceType: 'Bundle',
  id: 'e6a1f0c3-3b7d-4c52-8a0e-5f2d9c4b7e11',
  type: 'searchset',
  timestamp: '2026-11-21T10:07:10+00:00',
  total: entry.length,
  entry,
};
