/**
 * H4 and H6: a searchset that says it is not the whole record. `total` is 6 but only 3
 * matches arrived, a `next` link points at a page the widget does not fetch, the server
 * attached an OperationOutcome (search.mode `outcome`) saying items were withheld, and an
 * Observation the widget does not display is counted in the footnote.
 *
 * Fictional patient: Ms Nora QUINN, NHS No. 999 022 0018.
 */
import { DMD, SNOMED, type FhirJson } from '../types.js';
import { allergyClinical, allergyVerification, idOf, patient, urn } from './common.js';

const BASE = 'https://records.example.test/FHIR/R4';
const PATIENT = urn('21', 1);
const ALLERGY = urn('21', 2);
const MED = urn('21', 3);
const OBSERVATION = urn('21', 4);

export const incompleteBundle: FhirJson = {
  resourceType: 'Bundle',
  id: '5afe0021-0000-4000-8000-000000000000',
  type: 'searchset',
  timestamp: '2026-11-21T10:00:00+00:00',
  total: 6,
  link: [
    { relation: 'self', url: `${BASE}/AllergyIntolerance?patient=9990220018&_count=3` },
    { relation: 'next', url: `${BASE}/AllergyIntolerance?patient=9990220018&_count=3&page=2` },
  ],
  entry: [
    { fullUrl: PATIENT, resource: patient({ nhsNumber: '9990220018', family: 'QUINN', given: 'Nora', prefix: 'Ms', birthDate: '1988-12-01' }, PATIENT), search: { mode: 'include' } },
    {
      fullUrl: ALLERGY,
      resource: {
        resourceType: 'AllergyIntolerance',
        id: idOf(ALLERGY),
        clinicalStatus: allergyClinical('active'),
        verificationStatus: allergyVerification('confirmed'),
        code: { coding: [{ system: SNOMED, code: '300916003', display: 'Latex allergy' }] },
        patient: { reference: PATIENT },
        reaction: [{ manifestation: [{ text: 'Contact dermatitis' }], severity: 'mild' }],
      },
      search: { mode: 'match' },
    },
    {
      fullUrl: MED,
      resource: {
        resourceType: 'MedicationStatement',
        id: idOf(MED),
        status: 'active',
        medicationCodeableConcept: { coding: [{ system: DMD, code: '39113611000001102', display: 'Levothyroxine sodium 100microgram tablets' }] },
        subject: { reference: PATIENT },
        dosage: [{ text: 'One tablet each morning' }],
      },
      search: { mode: 'match' },
    },
    {
      fullUrl: OBSERVATION,
      resource: {
        resourceType: 'Observation',
        id: idOf(OBSERVATION),
        status: 'final',
        code: { coding: [{ system: SNOMED, code: '271649006', display: 'Systolic blood pressure' }] },
        subject: { reference: PATIENT },
        valueQuantity: { value: 128, unit: 'mmHg' },
      },
      search: { mode: 'match' },
    },
    {
      resource: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'warning', code: 'suppressed', diagnostics: 'Some items were withheld from this response by the data controller.' }],
      },
      search: { mode: 'outcome' },
    },
  ],
};
