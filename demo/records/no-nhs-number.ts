/**
 * (i) A record that states no NHS number: the Patient has a name and date of birth but no
 * `identifier`. The widget cannot confirm identity from the record and must say so
 * prominently (hazard H1).
 *
 * Fictional patient: Miss Ada FAIRWEATHER (scenario NHS No. 999 014 0014, absent from the record).
 *
 * Codes are illustrative (displays and text are what the widget shows); not for clinical use.
 */
import { ALLERGY_CLINICAL, ALLERGY_VERIFICATION, DMD, SNOMED, type FhirJson } from './types.js';

const PATIENT = 'urn:uuid:0e4c7a92-3b5d-4f18-a6c9-7d2e1f8b4a79';

export const noNhsNumber: FhirJson = {
  resourceType: 'Bundle',
  id: '9b1e6d3c-2a8f-4c07-b4e5-6f3a0d9c8b80',
  type: 'searchset',
  timestamp: '2026-11-21T10:08:30+00:00',
  total: 3,
  entry: [
    {
      fullUrl: PATIENT,
      resource: {
        resourceType: 'Patient',
        id: '0e4c7a92-3b5d-4f18-a6c9-7d2e1f8b4a79',
        name: [{ use: 'official', family: 'FAIRWEATHER', given: ['Ada'], prefix: ['Miss'] }],
        gender: 'female',
        birthDate: '2001-06-11',
      },
    },
    {
      fullUrl: 'urn:uuid:7a3f1c5e-9d2b-4e60-8f4a-2c1b0e9d7f91',
      resource: {
        resourceType: 'AllergyIntolerance',
        id: '7a3f1c5e-9d2b-4e60-8f4a-2c1b0e9d7f91',
        clinicalStatus: { coding: [{ system: ALLERGY_CLINICAL, code: 'active', display: 'Active' }] },
        verificationStatus: { coding: [{ system: ALLERGY_VERIFICATION, code: 'confirmed', display: 'Confirmed' }] },
        type: 'allergy',
        category: ['medication'],
        code: { coding: [{ system: SNOMED, code: '372840008', display: 'Cefalexin' }] },
        patient: { reference: PATIENT },
        recordedDate: '2024-11-02',
        reaction: [
          { manifestation: [{ coding: [{ system: SNOMED, code: '271807003', display: 'Eruption of skin' }], text: 'Itchy rash' }], severity: 'mild' },
        ],
      },
    },
    {
      fullUrl: 'urn:uuid:4c8e2b6a-1f3d-4a95-b7e0-5d9c3a2f1e02',
      resource: {
        resourceType: 'MedicationStatement',
        id: '4c8e2b6a-1f3d-4a95-b7e0-5d9c3a2f1e02',
        status: 'active',
        medicationCodeableConcept: {
          coding: [{ system: DMD, code: '317335000', display: 'Omeprazole 20mg gastro-resistant capsules' }],
        },
        subject: { reference: PATIENT },
        effectivePeriod: { start: '2026-08-19' },
        dosage: [{ text: 'One capsule to be taken each morning before breakfast' }],
      },
    },
  ],
};
