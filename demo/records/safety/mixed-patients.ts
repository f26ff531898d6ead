/**
 * H1: a record that mixes two patients. The Patient is the one asked for, but one medicine
 * names a different NHS number in its subject. The whole record must be blocked.
 *
 * Fictional patient: Mr Callum REID, NHS No. 999 025 0014 (the stray entry names 999 027 0015).
 */
import { DMD, NHS_NUMBER_SYSTEM, SNOMED, type FhirJson } from '../types.js';
import { allergyClinical, allergyVerification, collection, idOf, patient, urn } from './common.js';

const PATIENT = urn('24', 1);
const ALLERGY = urn('24', 2);
const STRAY = urn('24', 3);

export const mixedPatients: FhirJson = collection('5afe0024-0000-4000-8000-000000000000', [
  [PATIENT, patient({ nhsNumber: '9990250014', family: 'REID', given: 'Callum', prefix: 'Mr', birthDate: '1975-07-19' }, PATIENT)],
  [
    ALLERGY,
    {
      resourceType: 'AllergyIntolerance',
      id: idOf(ALLERGY),
      clinicalStatus: allergyClinical('active'),
      verificationStatus: allergyVerification('confirmed'),
      code: { coding: [{ system: SNOMED, code: '91936005', display: 'Allergy to penicillin' }] },
      patient: { reference: PATIENT },
    },
  ],
  [
    STRAY,
    {
      resourceType: 'MedicationStatement',
      id: idOf(STRAY),
      status: 'active',
      medicationCodeableConcept: { coding: [{ system: DMD, code: '39688611000001106', display: 'Methotrexate 2.5mg tablets' }] },
      subject: { identifier: { system: NHS_NUMBER_SYSTEM, value: '9990270015' } },
      dosage: [{ text: 'Four tablets once a week on Mondays' }],
    },
  ],
]);
