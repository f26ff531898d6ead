/**
 * H3/H4 (issue 11, class 1 and 6): an SCR whose allergy table says "No relevant information"
 * while its Bundle also carries a coded, active, high-criticality penicillin allergy. The
 * allergy is shown, marked "Not in the summary text", and the card warns of the
 * disagreement. A coded medicine that matches a repeat row of the text is counted, not shown
 * twice; the discontinued repeat keeps its continuation rows with it.
 *
 * Fictional patient: Mr Ewan TREGARTHEN, NHS No. 999 029 0016.
 */
import { DMD, NHS_NUMBER_SYSTEM, SNOMED, xhtml, type FhirJson } from '../types.js';
import { allergyClinical, allergyVerification, idOf, urn } from './common.js';

const PATIENT = urn('30', 1);
const MEDS_HEAD = '<thead><tr><th>Type</th><th>Date</th><th>Medication Item</th><th>Dosage Instructions</th><th>Quantity</th></tr></thead>';
const section = (code: string, title: string, body: string) => ({ title, code: { coding: [{ code }] }, text: { status: 'generated', div: xhtml(body) } });

const composition: FhirJson = {
  resourceType: 'Composition',
  id: idOf(urn('30', 2)),
  status: 'final',
  type: { coding: [{ system: SNOMED, code: '196981000000101', display: 'General Practice Summary' }] },
  subject: { reference: PATIENT },
  date: '2026-11-20T08:30:00+00:00',
  section: [
    section('Title', 'General Practice Summary', '<p id="CreateTime">Summary Created: 20-Nov-2026 08:30</p><p id="Practice">Harbour Surgery, Quay Street, Penzance TR18 4BD.</p>'),
    section('AllergiesHeader', 'Allergies and Adverse Reactions', '<table><thead><tr><th>Date</th><th>Description</th><th>Certainty</th><th>Severity</th><th>Supporting Information</th></tr></thead><tbody><tr><td colspan="5">No relevant information available for this category.</td></tr></tbody></table>'),
    section('RepeatMedsHeader', 'Current Repeat Medications', `<table>${MEDS_HEAD}<tbody><tr><td>Repeat Medication</td><td>Last Issued: 02-Nov-2026</td><td>Lansoprazole 30mg gastro-resistant capsules</td><td>One daily</td><td>28 capsule</td></tr></tbody></table>`),
    section('DiscRepeatMedsHeader', 'Discontinued Repeat Medications (For the 6 month period 20-May-2026 to 20-Nov-2026)', `<table>${MEDS_HEAD}<tbody><tr><td>Repeat Medication</td><td>Authorised (not issued): 01-Jun-2026</td><td>Naproxen 500mg tablets</td><td>One twice a day with food</td><td>56 tablet</td></tr><tr><td colspan="2"/><td>Reason for Medication: Osteoarthritis of knee</td><td colspan="2"/></tr><tr><td/><td colspan="4">***Date Discontinued: 10-Aug-2026, Reason: Adverse reaction***</td></tr></tbody></table>`),
  ],
};

export const scrCodedNotInText: FhirJson = {
  resourceType: 'Bundle',
  id: '5afe0030-0000-4000-8000-000000000000',
  type: 'searchset',
  total: 1,
  entry: [
    { fullUrl: urn('30', 2), resource: composition, search: { mode: 'match' } },
    { fullUrl: PATIENT, resource: { resourceType: 'Patient', id: idOf(PATIENT), identifier: [{ system: NHS_NUMBER_SYSTEM, value: '9990290016' }], name: [{ family: 'TREGARTHEN', given: ['Ewan'], prefix: ['Mr'] }], birthDate: '1958-02-14' }, search: { mode: 'include' } },
    {
      fullUrl: urn('30', 3),
      resource: {
        resourceType: 'AllergyIntolerance', id: idOf(urn('30', 3)), patient: { reference: PATIENT }, clinicalStatus: allergyClinical('active'), verificationStatus: allergyVerification('confirmed'),
        criticality: 'high', code: { coding: [{ system: SNOMED, code: '91936005', display: 'Allergy to penicillin' }] }, recordedDate: '2019-04-11',
        reaction: [{ manifestation: [{ text: 'Anaphylaxis' }], severity: 'severe' }],
      },
      search: { mode: 'include' },
    },
    {
      fullUrl: urn('30', 4),
      resource: { resourceType: 'MedicationStatement', id: idOf(urn('30', 4)), status: 'active', subject: { reference: PATIENT }, medicationCodeableConcept: { coding: [{ system: DMD, code: '39017711000001106', display: 'Lansoprazole 30mg gastro-resistant capsules' }] }, effectiveDateTime: '2026-11-02' },
      search: { mode: 'include' },
    },
  ],
};
