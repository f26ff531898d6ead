/**
 * H6: GP2GP transfer-degraded codes. The coding only says "something was degraded in
 * transfer" (196461000000101 drug allergy, 196421000000109 medication); the meaning survives
 * only in `code.text`, which must be shown verbatim with a "Not coded" tag.
 *
 * Fictional patient: Mrs Joan ASHBY, NHS No. 999 020 0017.
 */
import { SNOMED, type FhirJson } from '../types.js';
import { allergyClinical, allergyVerification, collection, idOf, patient, urn } from './common.js';

const PATIENT = urn('1f', 1);
const ALLERGY = urn('1f', 2);
const MED = urn('1f', 3);

export const transferDegraded: FhirJson = collection('5afe001f-0000-4000-8000-000000000000', [
  [PATIENT, patient({ nhsNumber: '9990200017', family: 'ASHBY', given: 'Joan', prefix: 'Mrs', birthDate: '1944-05-21' }, PATIENT)],
  [
    ALLERGY,
    {
      resourceType: 'AllergyIntolerance',
      id: idOf(ALLERGY),
      clinicalStatus: allergyClinical('active'),
      verificationStatus: allergyVerification('confirmed'),
      category: ['medication'],
      code: {
        coding: [{ system: SNOMED, code: '196461000000101', display: 'Transfer-degraded drug allergy' }],
        text: 'Allergy to trimethoprim (from previous practice record)',
      },
      patient: { reference: PATIENT },
      recordedDate: '2009-10-14',
      reaction: [{ manifestation: [{ text: 'Widespread rash' }] }],
    },
  ],
  [
    MED,
    {
      resourceType: 'MedicationStatement',
      id: idOf(MED),
      status: 'active',
      medicationCodeableConcept: {
        coding: [{ system: SNOMED, code: '196421000000109', display: 'Transfer-degraded medication entry' }],
        text: 'Co-codamol 30mg/500mg effervescent tablets',
      },
      subject: { reference: PATIENT },
      dosage: [{ text: 'Two tablets dissolved in water up to four times a day when required' }],
    },
  ],
]);
