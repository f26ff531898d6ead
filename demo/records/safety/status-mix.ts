/**
 * H5: items that are not current. An unconfirmed allergy (labelled), a resolved one (ended,
 * apart), a refuted one (apart, never current), an allergy and a medicine entered in error
 * (hidden, counted: "2 entries entered in error are not shown."), and a stopped medicine.
 *
 * Fictional patient: Mr Leon FAIRBAIRN, NHS No. 999 021 0012.
 *
 * Codes are illustrative (displays are what the widget shows); not for clinical use.
 */
import { DMD, SNOMED, type FhirJson } from '../types.js';
import { allergyClinical, allergyVerification, collection, idOf, patient, urn } from './common.js';

const PATIENT = urn('20', 1);
const ids = [2, 3, 4, 5, 6, 7, 8].map((n) => urn('20', n));
const [CURRENT, UNCONFIRMED, RESOLVED, REFUTED, ERROR_ALLERGY, STOPPED, ERROR_MED] = ids;

const allergy = (fullUrl: string, code: string, display: string, extra: FhirJson): [string, FhirJson] => [
  fullUrl,
  { resourceType: 'AllergyIntolerance', id: idOf(fullUrl), code: { coding: [{ system: SNOMED, code, display }] }, patient: { reference: PATIENT }, ...extra },
];
const medicine = (fullUrl: string, code: string, display: string, status: string): [string, FhirJson] => [
  fullUrl,
  {
    resourceType: 'MedicationStatement',
    id: idOf(fullUrl),
    status,
    medicationCodeableConcept: { coding: [{ system: DMD, code, display }] },
    subject: { reference: PATIENT },
    dosage: [{ text: 'One tablet daily' }],
  },
];

export const statusMix: FhirJson = collection('5afe0020-0000-4000-8000-000000000000', [
  [PATIENT, patient({ nhsNumber: '9990210012', family: 'FAIRBAIRN', given: 'Leon', prefix: 'Mr', birthDate: '1967-01-30' }, PATIENT)],
  allergy(CURRENT, '91936005', 'Allergy to penicillin', { clinicalStatus: allergyClinical('active'), verificationStatus: allergyVerification('confirmed'), criticality: 'high' }),
  allergy(UNCONFIRMED, '293586001', 'Allergy to aspirin', { clinicalStatus: allergyClinical('active'), verificationStatus: allergyVerification('unconfirmed') }),
  allergy(RESOLVED, '425525006', 'Allergy to dairy product', { clinicalStatus: allergyClinical('resolved'), verificationStatus: allergyVerification('confirmed') }),
  allergy(REFUTED, '294600002', 'Allergy to chlorhexidine', { clinicalStatus: allergyClinical('active'), verificationStatus: allergyVerification('refuted') }),
  allergy(ERROR_ALLERGY, '294043000', 'Allergy to morphine', { verificationStatus: allergyVerification('entered-in-error') }),
  medicine(STOPPED, '39733211000001101', 'Atorvastatin 20mg tablets', 'stopped'),
  medicine(ERROR_MED, '39689411000001103', 'Digoxin 125microgram tablets', 'entered-in-error'),
]);
