/** Fictional records for the issue-5 tests: an SCR with every part filled in, and a structured one. */
import { NHS_A, patient, resourceBundle, scrBundle, sectionOf } from '../helpers/records.js';

const table = (headers: string[], rows: string[][]) =>
  `<table><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

const MED_HEADERS = ['Type', 'Date', 'Medication Item', 'Dosage Instructions', 'Quantity'];

/** A dm+d-style name with no break opportunity for 60+ characters, and a URL in a note. */
export const LONG_NAME = 'Co-amoxiclav 500mg/125mg tablets (Sandoz) Phenoxymethylpenicillinpotassium250mgper5mloralsolutionsugarfree';
export const LONG_URL = 'https://www.example.nhs.uk/medicines/patient-information/leaflets/very-long-path/co-amoxiclav-500mg-125mg-tablets?source=scr&id=0123456789abcdef';

/**
 * An SCR: a title-section warning, two allergies, two repeat medicines (one with a very long
 * name), one acute, one discontinued, and a Risks section with its own highlighted statement
 * and a long URL. Current medicines 3; warnings 2 (one record-level, one inside a section).
 */
export function richScr(nhsNumber = NHS_A) {
  return scrBundle({
    nhsNumber,
    name: 'ASHWORTH, Testa',
    titleExtra: '<p class="HighlightedStatement">Some entries have been deliberately withheld.</p>',
    allergies: [
      ['12-May-2026', 'Penicillin V', 'Certain', 'Severe', 'Anaphylaxis'],
      ['03-Feb-2019', 'Latex', 'Likely', 'Mild', 'Contact dermatitis'],
    ],
    repeats: [
      ['Repeat Medication', 'Last Issued: 01-Nov-2026', 'Amlodipine 5mg tablets', 'One To Be Taken Each Day', '28 tablet'],
      ['Repeat Medication', 'Last Issued: 18-Oct-2026', LONG_NAME, 'Take ONE 5ml spoonful FOUR times a day', '100 ml'],
    ],
    extraSections: [
      sectionOf('AcuteMedsHeader', 'Acute Medications', table(MED_HEADERS, [['Acute Medication', 'Prescribed: 30-Oct-2026', 'Clarithromycin 500mg tablets', 'One twice a day for 7 days', '14 tablet']])),
      sectionOf('DiscRepeatMedsHeader', 'Discontinued Repeat Medications', table(MED_HEADERS, [['Repeat Medication', 'Discontinued: 02-Jun-2026', 'Ramipril 2.5mg capsules', 'One daily', '28 capsule']])),
      sectionOf(
        'RisksToPatientHeader',
        'Risks to Patient',
        `<p class="HighlightedStatement">Violent patient marker.</p>${table(['Date', 'Description', 'Supporting Information'], [['14-Mar-2025', 'At risk of falls', `See ${LONG_URL}`]])}`,
      ),
    ],
  });
}

/** Structured resources: one allergy with every field, an acute, a repeat and a stopped medicine, a condition, a flag. */
export function structuredRecord(nhsNumber = NHS_A) {
  const snomed = (code: string, display: string) => ({ coding: [{ system: 'http://snomed.info/sct', code, display }], text: display });
  return resourceBundle([
    patient(nhsNumber, 'HARGREAVES, Testy'),
    {
      resourceType: 'AllergyIntolerance',
      id: 'al-1',
      clinicalStatus: { coding: [{ code: 'active' }] },
      verificationStatus: { coding: [{ code: 'unconfirmed' }] },
      criticality: 'high',
      code: snomed('91935009', 'Peanut'),
      onsetDateTime: '2015-03',
      recordedDate: '2015-03-21',
      reaction: [{ manifestation: [snomed('247472004', 'Hives')], severity: 'severe' }],
    },
    {
      resourceType: 'MedicationRequest',
      id: 'mr-acute',
      status: 'active',
      intent: 'order',
      courseOfTherapyType: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy', code: 'acute' }] },
      medicationCodeableConcept: { text: 'Flucloxacillin 500mg capsules' },
      dosageInstruction: [{ text: 'One capsule four times a day' }],
      authoredOn: '2026-11-01',
    },
    {
      resourceType: 'MedicationRequest',
      id: 'mr-repeat',
      status: 'active',
      intent: 'order',
      courseOfTherapyType: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy', code: 'continuous' }] },
      medicationCodeableConcept: { text: 'Levothyroxine 50microgram tablets' },
      dosageInstruction: [{ text: 'One each morning' }],
      authoredOn: '2024-01-15',
    },
    {
      resourceType: 'MedicationStatement',
      id: 'ms-stopped',
      status: 'stopped',
      medicationCodeableConcept: { text: 'Simvastatin 40mg tablets' },
      dosage: [{ text: 'One at night' }],
      effectivePeriod: { start: '2019-02-01', end: '2022-06-30' },
    },
    {
      resourceType: 'Condition',
      id: 'c-1',
      clinicalStatus: { coding: [{ code: 'active' }] },
      verificationStatus: { coding: [{ code: 'confirmed' }] },
      code: snomed('44054006', 'Type 2 diabetes mellitus'),
      onsetDateTime: '2012-06-04',
    },
    { resourceType: 'Flag', id: 'f-1', status: 'active', code: { text: 'Needs an interpreter' }, period: { start: '2020-01-01' } },
  ]);
}
