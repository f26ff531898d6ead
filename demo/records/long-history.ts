/**
 * (g) A long structured history: a GP record sent as coded resources, with ten years of
 * medicine changes. For seeing (and testing) how the card handles a long history: the 20
 * most recent stopped medicines are shown with a "Show all 600" button (src/data/history-limit.ts),
 * and once asked for, the rows follow a batch a frame (src/element/row-passes.ts).
 *
 * Fictional patient: Mr Arthur PEMBERTON, NHS No. 999 026 0001.
 *
 * - 8 current repeat medicines (MedicationRequest, active, continuous).
 * - 600 stopped medicines (MedicationStatement, stopped): a monthly dose or product change
 *   over ten years, each with its dose text and dates. Generated, deterministic.
 * - 2 allergies and 3 conditions.
 *
 * Codes are illustrative (displays and text are what the widget shows); not for clinical use.
 */
import { ALLERGY_CLINICAL, ALLERGY_VERIFICATION, CONDITION_CLINICAL, COURSE_OF_THERAPY, NHS_NUMBER_SYSTEM, SNOMED, type FhirJson } from './types.js';

const PATIENT = 'urn:uuid:5b0c4a52-7f3e-4d0b-9d53-2f6a1c9e0001';
const subject = { reference: PATIENT, display: 'Arthur PEMBERTON' };

const CURRENT: [string, string][] = [
  ['Metformin 500mg modified-release tablets', 'Two tablets twice a day with meals'],
  ['Ramipril 5mg capsules', 'One capsule once a day'],
  ['Atorvastatin 40mg tablets', 'One tablet at night'],
  ['Amlodipine 10mg tablets', 'One tablet once a day'],
  ['Bisoprolol 2.5mg tablets', 'One tablet in the morning'],
  ['Levothyroxine sodium 75microgram tablets', 'One tablet each morning before breakfast'],
  ['Omeprazole 20mg gastro-resistant capsules', 'One capsule once a day'],
  ['Salbutamol 100micrograms/dose inhaler CFC free', 'Two puffs when required, up to four times a day'],
];

const PAST = ['Gliclazide 80mg tablets', 'Lisinopril 10mg tablets', 'Simvastatin 20mg tablets', 'Indapamide 2.5mg tablets', 'Furosemide 20mg tablets', 'Lansoprazole 30mg capsules'];
const REASONS = ['Dose changed', 'Switched to a preferred product', 'Side effects reported', 'No longer required', 'Course completed'];

const pad = (n: number) => String(n).padStart(2, '0');
/** Month `m` counted back from November 2026 (0 = Nov 2026), as a FHIR date. */
const monthsBack = (m: number, day: number) => {
  const total = 2026 * 12 + 10 - m;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-${pad(day)}`;
};

function current([name, dose]: [string, string], i: number): FhirJson {
  return {
    resourceType: 'MedicationRequest',
    id: `lh-current-${i}`,
    status: 'active',
    intent: 'order',
    courseOfTherapyType: { coding: [{ system: COURSE_OF_THERAPY, code: 'continuous', display: 'Continuous long term therapy' }] },
    medicationCodeableConcept: { text: name },
    subject,
    authoredOn: monthsBack(i, 3),
    dosageInstruction: [{ text: dose }],
  };
}

function stopped(i: number): FhirJson {
  const name = PAST[i % PAST.length]!;
  return {
    resourceType: 'MedicationStatement',
    id: `lh-past-${i}`,
    status: 'stopped',
    statusReason: [{ text: REASONS[i % REASONS.length] }],
    medicationCodeableConcept: { text: name },
    subject,
    effectivePeriod: { start: monthsBack(Math.floor(i / 5) + 2, (i % 27) + 1), end: monthsBack(Math.floor(i / 5) + 1, (i % 27) + 1) },
    dosage: [{ text: `${(i % 3) + 1} tablet${i % 3 ? 's' : ''} ${['once', 'twice', 'three times'][i % 3]} a day` }],
  };
}

const allergy = (id: string, text: string, code: string): FhirJson => ({
  resourceType: 'AllergyIntolerance',
  id,
  clinicalStatus: { coding: [{ system: ALLERGY_CLINICAL, code: 'active' }] },
  verificationStatus: { coding: [{ system: ALLERGY_VERIFICATION, code: 'confirmed' }] },
  code: { coding: [{ system: SNOMED, code, display: text }], text },
  patient: subject,
  recordedDate: '2016-04-12',
});

const condition = (id: string, text: string, onset: string): FhirJson => ({
  resourceType: 'Condition',
  id,
  clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: 'active' }] },
  code: { text },
  subject,
  onsetDateTime: onset,
});

const resources: FhirJson[] = [
  {
    resourceType: 'Patient',
    id: 'lh-patient',
    identifier: [{ system: NHS_NUMBER_SYSTEM, value: '9990260001' }],
    name: [{ use: 'official', family: 'PEMBERTON', given: ['Arthur'], prefix: ['Mr'] }],
    gender: 'male',
    birthDate: '1948-02-19',
  },
  allergy('lh-allergy-1', 'Allergy to penicillin', '91936005'),
  allergy('lh-allergy-2', 'Allergy to sulfonamide', '91939003'),
  condition('lh-condition-1', 'Type 2 diabetes mellitus', '2012-06-01'),
  condition('lh-condition-2', 'Essential hypertension', '2009-11-20'),
  condition('lh-condition-3', 'Hypothyroidism', '2015-03-02'),
  ...CURRENT.map(current),
  ...Array.from({ length: 600 }, (_, i) => stopped(i)),
];

export const longHistory: FhirJson = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: resources.map((resource, i) => ({ fullUrl: i === 0 ? PATIENT : `urn:uuid:5b0c4a52-7f3e-4d0b-9d53-${String(i).padStart(12, '0')}`, resource })),
};
