/**
 * H3: a List that contradicts the resources beside it, as a real GP Connect payload did: the
 * allergies List is empty ("no content recorded") while the same Bundle holds an active,
 * severe sesame allergy. The widget must show the allergy and say the record disagrees
 * with itself, never "Allergies not recorded".
 *
 * Fictional patient: Mr Marcus BELL, NHS No. 999 017 0010.
 */
import { SNOMED, type FhirJson } from '../types.js';
import { allergyClinical, allergyVerification, collection, idOf, patient, urn } from './common.js';

const PATIENT = urn('1c', 1);
const LIST = urn('1c', 2);
const SESAME = urn('1c', 3);

export const listContradiction: FhirJson = collection('5afe001c-0000-4000-8000-000000000000', [
  [PATIENT, patient({ nhsNumber: '9990170010', family: 'BELL', given: 'Marcus', prefix: 'Mr', birthDate: '1979-02-17' }, PATIENT)],
  [
    LIST,
    {
      resourceType: 'List',
      id: idOf(LIST),
      status: 'current',
      mode: 'snapshot',
      title: 'Allergies and adverse reactions',
      code: { coding: [{ system: SNOMED, code: '886921000000105', display: 'Allergies and adverse reactions' }] },
      subject: { reference: PATIENT },
      emptyReason: {
        coding: [{ system: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-ListEmptyReasonCode', code: 'no-content-recorded', display: 'No Content Recorded' }],
      },
    },
  ],
  [
    SESAME,
    {
      resourceType: 'AllergyIntolerance',
      id: idOf(SESAME),
      clinicalStatus: allergyClinical('active'),
      verificationStatus: allergyVerification('confirmed'),
      category: ['food'],
      criticality: 'high',
      code: { coding: [{ system: SNOMED, code: '91935009', display: 'Allergy to sesame seed' }], text: 'Sesame seed allergy' },
      patient: { reference: PATIENT },
      recordedDate: '2025-06-02',
      reaction: [{ manifestation: [{ text: 'Anaphylaxis' }], severity: 'severe' }],
    },
  ],
]);
