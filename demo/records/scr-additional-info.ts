/**
 * (b) A Summary Care Record with Additional Information, shaped like the NHS SCR FHIR API
 * response: the core sections of (a) plus risks, diagnoses, problems, treatments,
 * circumstances, advice and preferences, all as narrative tables.
 *
 * Fictional patient: Mr Harold PENROSE, NHS No. 999 001 0013.
 *
 * Things a widget must cope with, present on purpose:
 * - dates written "30 Apr 2026" (not "30-Apr-2026"), shown exactly as sent;
 * - "deliberately withheld" HighlightedStatements at record level AND inside sections;
 * - a discontinued repeat with its "Reason for Medication" and "***Date Discontinued: …***"
 *   continuation rows (colspan cells, `<td/>`);
 * - one section with NO code at all (initial-upload style, title only);
 * - one section with a code the widget does not know (`ReasonableAdjustmentsHeader`);
 * - a coded Condition referenced from a section's `entry`, beside the narrative row.
 */
import { NHS_NUMBER_SYSTEM, SCR_BASE, SNOMED, xhtml, type FhirJson } from './types.js';

const BUNDLE_ID = 'F5F4B8FF-4AF5-42D7-BFCD-0C6EA0603ACF';
const COMPOSITION_ID = 'B22BC747-60CF-4F0C-9973-6B0D94E0D4A3';
const PATIENT_ID = 'C6A76745-563E-4A65-AC19-EA8988709578';
const PRACTITIONER_ROLE_ID = '18D24DF6-F614-4119-920B-2313FD27F9B7';
const PRACTITIONER_ID = '054D59C4-EA78-4F6C-B8FC-097A79BD770F';
const ORGANIZATION_ID = 'C17A905C-8B8A-4316-A56F-D9E1097AC4F6';
const CONDITION_ID = '69CB9295-6233-4996-8D76-95E1B6B4611D';

const WITHHELD = '<p id="WithheldCREItemsHeaderStatement" class="HighlightedStatement">Some entries have been deliberately withheld from this GP Summary.</p>';

const MEDS_HEAD = '<thead><tr><th>Type</th><th>Date</th><th>Medication Item</th><th>Dosage Instructions</th><th>Quantity</th></tr></thead>';
const INFO_HEAD = '<thead><tr><th>Date</th><th>Description</th><th>Value</th><th>Supporting Information</th></tr></thead>';

function section(title: string, code: string | undefined, ...div: string[]): FhirJson {
  const s: FhirJson = { title };
  if (code !== undefined) s.code = { coding: [{ code }] };
  s.text = { status: 'generated', div: xhtml(...div) };
  return s;
}

const sections: FhirJson[] = [
  section(
    'General Practice Summary',
    'Title',
    '<h3 id="Disclaimer">Taken from the patient\'s GP record. This summary may not hold every piece of information relevant to this patient.</h3>',
    '<p id="CreateTime">Summary Created: 03 Nov 2026 16:40</p>',
    WITHHELD,
    '<p id="Author">Created by: BRANAGH-LEWIS, Siobhan (Dr)</p>',
    '<p id="Practice">Harbourside Imaginary Medical Centre, 4 Quayside Row, Portfictional, ZX9 8CD</p>',
  ),
  section(
    'Allergies and Adverse Reactions',
    'AllergiesHeader',
    '<table summary="This table lists the patient\'s allergies and adverse reactions." id="Allergies">',
    '<thead><tr><th>Date</th><th>Description</th><th>Certainty</th><th>Severity</th><th>Supporting Information</th></tr></thead>',
    '<tbody>',
    '<tr class="oddRow"><td>14 Mar 2011</td><td>Allergy to sulfonamide</td><td>Certain</td><td>Moderate</td><td>Widespread itchy rash</td></tr>',
    '<tr class="evenRow"><td>19 Jun 2026</td><td>Adverse reaction to ramipril</td><td/><td/><td>Persistent dry cough</td></tr>',
    '</tbody></table>',
  ),
  section(
    'Acute Medications (For the 12 month period 04 Nov 2025 to 03 Nov 2026)',
    'AcuteMedsHeader',
    '<table summary="This table lists the patient\'s acute medications." id="AcuteMeds">',
    MEDS_HEAD,
    '<tbody>',
    '<tr class="oddRow"><td>Acute Medication</td><td>Prescribed: 27 Oct 2026</td><td>Doxycycline 100mg capsules</td><td>Two capsules to be taken on the first day, then one capsule daily for 4 days. Swallow whole with plenty of water while sitting or standing</td><td>6 capsule</td></tr>',
    '<tr class="evenRow"><td>Acute Medication</td><td>Prescribed: 30 Apr 2026</td><td>Furosemide 40mg tablets</td><td>one in the morning for 3 days then review</td><td>3 tablet</td></tr>',
    '</tbody></table>',
  ),
  section(
    'Current Repeat Medications',
    'RepeatMedsHeader',
    '<table summary="This table lists the patient\'s current repeat medications." id="RepeatMeds">',
    MEDS_HEAD,
    '<tbody>',
    '<tr class="oddRow"><td>Repeat Medication</td><td>Last Issued: 20 Oct 2026</td><td>Bisoprolol 2.5mg tablets</td><td>One tablet to be taken each morning</td><td>28 tablet</td></tr>',
    '<tr class="evenRow"><td>Repeat Medication</td><td>Last Issued: 20 Oct 2026</td><td>Sacubitril 49mg / Valsartan 51mg tablets</td><td>One tablet to be taken twice a day</td><td>56 tablet</td></tr>',
    '<tr class="oddRow"><td>Repeat Medication</td><td>Last Issued: 20 Oct 2026</td><td>Furosemide 40mg tablets</td><td>One tablet to be taken each morning</td><td>28 tablet</td></tr>',
    '<tr class="evenRow"><td>Repeat Medication</td><td>Authorised (not issued): 03 Nov 2026</td><td>Colecalciferol 800unit / Calcium carbonate 1.5g chewable tablets</td><td>One tablet to be chewed twice a day</td><td>56 tablet</td></tr>',
    '</tbody></table>',
  ),
  section(
    'Discontinued Repeat Medications (For the 6 month period 04 May 2026 to 03 Nov 2026)',
    'DiscRepeatMedsHeader',
    '<table summary="This table lists the patient\'s discontinued repeat medications." id="DiscRepeatMeds">',
    MEDS_HEAD,
    '<tbody>',
    '<tr class="oddRow"><td>Repeat Medication</td><td>Last Issued: 28 May 2026</td><td>Ramipril 10mg capsules</td><td>One capsule to be taken each day</td><td>28 capsule</td></tr>',
    '<tr class="oddRow"><td colspan="2"/><td>Reason for Medication: Heart failure with reduced ejection fraction</td><td colspan="2"/></tr>',
    '<tr class="oddRow"><td/><td colspan="4">***Date Discontinued: 19 Jun 2026, Reason: Adverse reaction - persistent dry cough***</td></tr>',
    '</tbody></table>',
  ),
  section(
    'Risks to Patient',
    'RisksToPatientHeader',
    WITHHELD,
    '<table id="RisksToPatient">',
    INFO_HEAD,
    '<tbody>',
    '<tr class="oddRow"><td>12 Sep 2026</td><td>At risk of falls</td><td/><td>Two falls at home in the last 6 months; walks with a frame</td></tr>',
    '<tr class="evenRow"><td>12 Sep 2026</td><td>Electronic frailty index score</td><td>0.31</td><td>Moderate frailty</td></tr>',
    '</tbody></table>',
  ),
  section(
    'Diagnoses',
    'DiagnosesHeader',
    '<table id="Diagnoses">',
    INFO_HEAD,
    '<tbody>',
    '<tr class="oddRow"><td>08 Feb 2019</td><td>Type 2 diabetes mellitus</td><td/><td>Diet controlled</td></tr>',
    '<tr class="evenRow"><td>15 Jul 2022</td><td>Chronic kidney disease stage 3A</td><td/><td/></tr>',
    '</tbody></table>',
  ),
  {
    ...section(
      'Problems and Issues',
      'ProblemsHeader',
      '<table id="Problems">',
      INFO_HEAD,
      '<tbody>',
      '<tr class="oddRow"><td>30 Apr 2026</td><td>Heart failure with reduced ejection fraction</td><td/><td>Significant Active</td></tr>',
      '<tr class="evenRow"><td>02 Mar 2017</td><td>Osteoarthritis of right knee</td><td/><td>Minor Active</td></tr>',
      '</tbody></table>',
    ),
    entry: [{ reference: `Condition/${CONDITION_ID}` }],
  },
  section(
    'Treatments',
    'TreatmentsHeader',
    '<table id="Treatments">',
    INFO_HEAD,
    '<tbody>',
    '<tr class="oddRow"><td>06 Oct 2026</td><td>Seasonal influenza vaccination</td><td/><td>Batch number: DEMO-FLU-0001, Injection site: Left deltoid</td></tr>',
    '<tr class="evenRow"><td>17 Jan 2024</td><td>Pneumococcal polysaccharide vaccination</td><td/><td>[No notes were recorded]</td></tr>',
    '</tbody></table>',
  ),
  section(
    'Social and Personal Circumstances',
    'CircumstancesHeader',
    WITHHELD,
    '<table id="Circumstances">',
    INFO_HEAD,
    '<tbody>',
    '<tr class="oddRow"><td>12 Sep 2026</td><td>Lives alone</td><td/><td>Key safe at front door; daughter visits daily</td></tr>',
    '<tr class="evenRow"><td>12 Sep 2026</td><td>Has a carer</td><td/><td>Daughter, Ms Joanna Penrose</td></tr>',
    '<tr class="oddRow"><td>01 May 2015</td><td>Main spoken language Welsh</td><td/><td>Prefers consultations in Welsh; also speaks English</td></tr>',
    '</tbody></table>',
  ),
  section(
    'Provision of Advice and Information to Patients and Carers',
    'AdviceHeader',
    '<table id="Advice">',
    INFO_HEAD,
    '<tbody>',
    '<tr class="oddRow"><td>30 Apr 2026</td><td>Heart failure self-management advice given</td><td/><td>Daily weights; contact the heart failure nurse if weight rises by 2 kg in 3 days</td></tr>',
    '</tbody></table>',
  ),
  section(
    'Personal Preferences',
    'PreferencesHeader',
    '<table id="Preferences">',
    INFO_HEAD,
    '<tbody>',
    '<tr class="oddRow"><td>12 Sep 2026</td><td>Preferred name</td><td>Harry</td><td/></tr>',
    '</tbody></table>',
  ),
  // Initial-upload style: a section with a title and narrative but no code at all.
  section(
    'End of Life Care',
    undefined,
    '<table id="EndOfLife">',
    INFO_HEAD,
    '<tbody>',
    '<tr class="oddRow"><td>12 Sep 2026</td><td>Do not attempt cardiopulmonary resuscitation (DNACPR) decision</td><td/><td>Discussed with patient and daughter; form held at home</td></tr>',
    '<tr class="evenRow"><td>12 Sep 2026</td><td>Preferred place of care: own home</td><td/><td/></tr>',
    '</tbody></table>',
  ),
  // A code this widget was not built for: must still be shown, generically.
  section(
    'Reasonable Adjustments',
    'ReasonableAdjustmentsHeader',
    '<table id="ReasonableAdjustments">',
    INFO_HEAD,
    '<tbody>',
    '<tr class="oddRow"><td>12 Sep 2026</td><td>Hearing impaired</td><td/><td>Wears hearing aids in both ears; face the patient and speak clearly</td></tr>',
    '<tr class="evenRow"><td>12 Sep 2026</td><td>Requires longer appointment</td><td/><td/></tr>',
    '</tbody></table>',
    '<p id="SendTime">Summary Sent: 03 Nov 2026 16:40</p>',
  ),
];

const entry: FhirJson[] = [
  {
    fullUrl: `${SCR_BASE}/Composition/${COMPOSITION_ID}`,
    resource: {
      resourceType: 'Composition',
      id: COMPOSITION_ID,
      meta: { lastUpdated: '2026-11-03T16:40:12+00:00' },
      identifier: { system: 'https://tools.ietf.org/html/rfc4122', value: COMPOSITION_ID },
      status: 'final',
      type: { coding: [{ system: SNOMED, code: '196981000000101', display: 'General Practice Summary' }] },
      category: [{ coding: [{ system: SNOMED, code: '163171000000105', display: 'Care Professional Documentation' }] }],
      subject: { reference: `Patient/${PATIENT_ID}` },
      date: '2026-11-03T16:40:12+00:00',
      author: [{ reference: `PractitionerRole/${PRACTITIONER_ROLE_ID}` }],
      relatesTo: [{ code: 'replaces', targetIdentifier: { value: 'A28B115B-1D96-4247-AEE3-211B5EC2E4AD' } }],
      section: sections,
    },
  },
  {
    fullUrl: `${SCR_BASE}/PractitionerRole/${PRACTITIONER_ROLE_ID}`,
    resource: {
      resourceType: 'PractitionerRole',
      id: PRACTITIONER_ROLE_ID,
      identifier: [{ system: 'http://fhir.nhs.net/Id/sds-role-profile-id', value: '990000000303' }],
      practitioner: { reference: `Practitioner/${PRACTITIONER_ID}` },
      organization: { reference: `Organization/${ORGANIZATION_ID}` },
    },
  },
  {
    fullUrl: `${SCR_BASE}/Practitioner/${PRACTITIONER_ID}`,
    resource: {
      resourceType: 'Practitioner',
      id: PRACTITIONER_ID,
      identifier: [{ system: 'https://fhir.nhs.uk/Id/sds-user-id', value: '990000000404' }],
      name: [{ text: 'Dr Siobhan Branagh-Lewis' }],
    },
  },
  {
    fullUrl: `${SCR_BASE}/Organization/${ORGANIZATION_ID}`,
    resource: {
      resourceType: 'Organization',
      id: ORGANIZATION_ID,
      identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'Z99902' }],
      name: 'Harbourside Imaginary Medical Centre',
      address: [{ text: '4 Quayside Row, Portfictional, ZX9 8CD' }],
    },
  },
  {
    fullUrl: `${SCR_BASE}/Condition/${CONDITION_ID}`,
    resource: {
      resourceType: 'Condition',
      id: CONDITION_ID,
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Condition'] },
      identifier: [{ value: CONDITION_ID }],
      clinicalStatus: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active', display: 'Active' }],
      },
      category: [{ coding: [{ system: SNOMED, code: '162991000000102', display: 'Problems and Issues' }] }],
      code: { coding: [{ system: SNOMED, code: '703272007', display: 'Heart failure with reduced ejection fraction' }] },
      subject: { reference: `Patient/${PATIENT_ID}` },
      onsetDateTime: '2026-04-30T00:00:00+00:00',
    },
  },
  {
    fullUrl: `${SCR_BASE}/Patient/${PATIENT_ID}`,
    resource: {
      resourceType: 'Patient',
      id: PATIENT_ID,
      identifier: [{ system: NHS_NUMBER_SYSTEM, value: '9990010013' }],
      name: [{ use: 'official', family: 'PENROSE', given: ['Harold', 'Ifor'], prefix: ['Mr'] }],
      gender: 'male',
      birthDate: '1941-07-22',
    },
  },
];

/** Mr Harold PENROSE, NHS No. 999 001 0013: SCR with Additional Information. */
export const scrAdditionalInfo: FhirJson = {
  resourceType: 'Bundle',
  id: BUNDLE_ID,
  identifier: { system: 'https://tools.ietf.org/html/rfc4122', value: BUNDLE_ID },
  type: 'searchset',
  timestamp: '2026-11-21T10:05:02+00:00',
  total: entry.length,
  entry,
};
