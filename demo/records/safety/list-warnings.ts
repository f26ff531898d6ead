/**
 * H6: incompleteness the source states on its Lists (UK Core ListWarningCode): confidential
 * items left out, data in transit from a previous practice, data awaiting filing. Each must
 * be a visible warning, not a detail in a footnote.
 *
 * Fictional patient: Ms Sofia MARIN, NHS No. 999 018 0016.
 */
import { DMD, LOINC, SNOMED, type FhirJson } from '../types.js';
import { allergyClinical, allergyVerification, collection, idOf, patient, urn } from './common.js';

const WARNING_URL = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ListWarningCode';
const warning = (code: string) => ({ url: WARNING_URL, valueCode: code });

const PATIENT = urn('1d', 1);
const ALLERGY_LIST = urn('1d', 2);
const MEDS_LIST = urn('1d', 3);
const ALLERGY = urn('1d', 4);
const MED = urn('1d', 5);

export const listWarnings: FhirJson = collection('5afe001d-0000-4000-8000-000000000000', [
  [PATIENT, patient({ nhsNumber: '9990180016', family: 'MARIN', given: 'Sofia', prefix: 'Ms', birthDate: '1990-08-30' }, PATIENT)],
  [
    ALLERGY_LIST,
    {
      resourceType: 'List',
      id: idOf(ALLERGY_LIST),
      extension: [warning('confidential-items')],
      status: 'current',
      mode: 'snapshot',
      title: 'Allergies and adverse reactions',
      code: { coding: [{ system: SNOMED, code: '886921000000105' }] },
      subject: { reference: PATIENT },
      entry: [{ item: { reference: ALLERGY } }],
    },
  ],
  [
    MEDS_LIST,
    {
      resourceType: 'List',
      id: idOf(MEDS_LIST),
      extension: [warning('data-in-transit'), warning('data-awaiting-filing')],
      status: 'current',
      mode: 'snapshot',
      title: 'Medications and medical devices',
      code: { coding: [{ system: LOINC, code: '10160-0' }] },
      subject: { reference: PATIENT },
      entry: [{ item: { reference: MED } }],
    },
  ],
  [
    ALLERGY,
    {
      resourceType: 'AllergyIntolerance',
      id: idOf(ALLERGY),
      clinicalStatus: allergyClinical('active'),
      verificationStatus: allergyVerification('confirmed'),
      code: { coding: [{ system: SNOMED, code: '294505008', display: 'Allergy to amoxicillin' }] },
      patient: { reference: PATIENT },
      reaction: [{ manifestation: [{ text: 'Urticaria' }], severity: 'moderate' }],
    },
  ],
  [
    MED,
    {
      resourceType: 'MedicationStatement',
      id: idOf(MED),
      status: 'active',
      medicationCodeableConcept: { coding: [{ system: DMD, code: '39720311000001101', display: 'Sertraline 50mg tablets' }] },
      subject: { reference: PATIENT },
      dosage: [{ text: 'One tablet to be taken each morning' }],
    },
  ],
]);
