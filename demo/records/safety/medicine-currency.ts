/**
 * H5 (issue 11, class 2): medicines that are not current whatever their course. A "do not
 * give" instruction (`doNotPerform`), a plan that was never ordered, a suspended medicine, a
 * course whose period has ended, a completed course, and one current medicine.
 *
 * Fictional patient: Mrs Dora PENHALIGON, NHS No. 999 029 0008.
 *
 * Codes are illustrative (displays are what the widget shows); not for clinical use.
 */
import { COURSE_OF_THERAPY, DMD, SNOMED, type FhirJson } from '../types.js';
import { allergyClinical, allergyVerification, collection, idOf, patient, urn } from './common.js';

const PATIENT = urn('29', 1);
const dmd = (code: string, display: string) => ({ coding: [{ system: DMD, code, display }] });
const course = (code: string) => ({ coding: [{ system: COURSE_OF_THERAPY, code }] });

const entry = (n: number, resource: FhirJson): [string, FhirJson] => [urn('29', n), { ...resource, id: idOf(urn('29', n)), subject: { reference: PATIENT } }];

export const medicineCurrency: FhirJson = collection('5afe0029-0000-4000-8000-000000000000', [
  [PATIENT, patient({ nhsNumber: '9990290008', family: 'PENHALIGON', given: 'Dora', prefix: 'Mrs', birthDate: '1941-07-02' }, PATIENT)],
  entry(2, {
    resourceType: 'AllergyIntolerance', clinicalStatus: allergyClinical('active'), verificationStatus: allergyVerification('confirmed'),
    code: { coding: [{ system: SNOMED, code: '91936005', display: 'Allergy to penicillin' }] }, criticality: 'high',
  }),
  entry(3, {
    resourceType: 'MedicationRequest', status: 'active', intent: 'order', doNotPerform: true,
    medicationCodeableConcept: dmd('39698411000001105', 'Warfarin 1mg tablets'), note: [{ text: 'Do not restart: bleed on warfarin, anticoagulation clinic advice.' }],
  }),
  entry(4, {
    resourceType: 'MedicationRequest', status: 'active', intent: 'plan', courseOfTherapyType: course('continuous'),
    medicationCodeableConcept: dmd('39694111000001101', 'Ramipril 2.5mg capsules'), dosageInstruction: [{ text: 'One daily, once renal function checked' }],
  }),
  entry(5, { resourceType: 'MedicationStatement', status: 'on-hold', medicationCodeableConcept: dmd('39721911000001106', 'Methotrexate 2.5mg tablets'), dosage: [{ text: 'Four tablets once a week (on Mondays)' }] }),
  entry(6, {
    resourceType: 'MedicationStatement', status: 'active', medicationCodeableConcept: dmd('39732411000001106', 'Amoxicillin 500mg capsules'),
    effectivePeriod: { start: '2025-06-23', end: '2025-06-30' }, dosage: [{ text: 'One three times a day for 7 days' }],
  }),
  entry(7, { resourceType: 'MedicationStatement', status: 'completed', medicationCodeableConcept: dmd('39686811000001108', 'Prednisolone 5mg tablets'), dosage: [{ text: 'Six daily for 5 days' }] }),
  entry(8, { resourceType: 'MedicationStatement', status: 'active', medicationCodeableConcept: dmd('39699211000001104', 'Amlodipine 5mg tablets'), dosage: [{ text: 'One daily' }] }),
]);
