/**
 * (h) Identity mismatch: a well-formed record whose Patient carries a DIFFERENT (valid) NHS
 * number from the one the scenario asks for. The widget must block it (hazard H1), not show
 * another patient's allergies.
 *
 * Asked for: 999 013 0019. Record is about: Mr Samuel REED, NHS No. 999 048 2438.
 */
import { ALLERGY_CLINICAL, ALLERGY_VERIFICATION, NHS_NUMBER_SYSTEM, SNOMED, type FhirJson } from './types.js';

/** The NHS number inside this record (not the one requested). */
export const IDENTITY_MISMATCH_RECORD_NHS_NUMBER = '9990482438';

const PATIENT = 'urn:uuid:6b2d9e14-5a7c-4f3b-8e0d-1c9a4b7e2f46';

export const identityMismatch: FhirJson = {
  resourceType: 'Bundle',
  id: 'd4b8f1a6-0c2e-4d7b-9a3f-8e5c1b6d2a57',
  type: 'searchset',
  timestamp: '2026-11-21T10:08:02+00:00',
  total: 2,
  entry: [
    {
      fullUrl: PATIENT,
      resource: {
        resourceType: 'Patient',
        id: '6b2d9e14-5a7c-4f3b-8e0d-1c9a4b7e2f46',
        identifier: [{ system: NHS_NUMBER_SYSTEM, value: IDENTITY_MISMATCH_RECORD_NHS_NUMBER }],
        name: [{ use: 'official', family: 'REED', given: ['Samuel'], prefix: ['Mr'] }],
        gender: 'male',
        birthDate: '1988-04-19',
      },
    },
    {
      fullUrl: 'urn:uuid:f2a7c3e9-4d1b-4a6e-8c5f-0b9d2e7a1c68',
      resource: {
        resourceType: 'AllergyIntolerance',
        id: 'f2a7c3e9-4d1b-4a6e-8c5f-0b9d2e7a1c68',
        clinicalStatus: { coding: [{ system: ALLERGY_CLINICAL, code: 'active', display: 'Active' }] },
        verificationStatus: { coding: [{ system: ALLERGY_VERIFICATION, code: 'confirmed', display: 'Confirmed' }] },
        category: ['medication'],
        criticality: 'high',
        code: { coding: [{ system: SNOMED, code: '387458008', display: 'Aspirin' }] },
        patient: { reference: PATIENT },
        recordedDate: '2020-02-11',
        reaction: [{ manifestation: [{ coding: [{ system: SNOMED, code: '39579001', display: 'Anaphylaxis' }] }], severity: 'severe' }],
      },
    },
  ],
};
