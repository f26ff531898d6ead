/**
 * (a) A full core Summary Care Record, in the shape the NHS "Summary Care Record – FHIR API"
 * returns: a `searchset` Bundle holding one Composition ("General Practice Summary",
 * SNOMED 196981000000101) whose allergies and medicines exist ONLY as XHTML tables in
 * `section[].text.div`, plus Patient, PractitionerRole, Practitioner and Organization.
 *
 * Fictional patient: Eleanor ASHDOWN, NHS No. 943 476 5919.
 *
 * Quirks kept on purpose, because the real API has them: no `Composition.title`, section
 * codes with no `system`, empty cells written as `<td/>`, `oddRow`/`evenRow` classes,
 * "Summary Sent" paragraph tucked into the last section, `Bundle.total` counting entries.
 */
import { NHS_NUMBER_SYSTEM, SCR_BASE, SNOMED, xhtml, type FhirJson } from './types.js';

/** Who the summary is about, and the ids that make one copy of the record distinct from another. */
export interface ScrPatientDetails {
  nhsNumber: string;
  family: string;
  given: string[];
  prefix: string;
  gender: 'male' | 'female' | 'other' | 'unknown';
  birthDate: string;
  bundleId: string;
  compositionId: string;
  patientId: string;
}

const PRACTITIONER_ROLE_ID = '8A09621B-48BD-485A-9CFB-27AEB41621EB';
const PRACTITIONER_ID = '8D45DC9B-0868-423C-9AC3-9E4966EB997F';
const ORGANIZATION_ID = '02B01780-12CB-4BCE-A50C-7B99BECD0567';

const titleSection = {
  title: 'General Practice Summary',
  code: { coding: [{ code: 'Title' }] },
  text: {
    status: 'generated',
    div: xhtml(
      '<h3 id="Disclaimer">Taken from the patient\'s GP record. This summary may not hold every piece of information relevant to this patient.</h3>',
      '<p id="CreateTime">Summary Created: 14-Nov-2026 09:12</p>',
      '<p id="RegistrationStartedStatement" class="HighlightedStatement">This patient had only recently registered with the GP practice when this summary was created, so the GP Summary information may be incomplete.</p>',
      '<p id="WithheldCREItemsHeaderStatement" class="HighlightedStatement">Some entries have been deliberately withheld from this GP Summary.</p>',
      '<p id="Author">Created by: OKONKWO, Adaeze (Dr)</p>',
      '<p id="Practice">Riverside Fictional Surgery, 12 Imaginary Lane, Exampleton, Testshire, ZX1 2AB.</p>',
    ),
  },
};

const allergiesSection = {
  title: 'Allergies and Adverse Reactions',
  code: { coding: [{ code: 'AllergiesHeader' }] },
  text: {
    status: 'generated',
    div: xhtml(
      '<table summary="This table lists the patient\'s allergies and adverse reactions." id="Allergies">',
      '<thead><tr><th>Date</th><th>Description</th><th>Certainty</th><th>Severity</th><th>Supporting Information</th></tr></thead>',
      '<tbody>',
      '<tr class="oddRow"><td>03-Feb-2019</td><td>Penicillin allergy</td><td>Certain</td><td>Severe</td><td>Anaphylaxis within minutes of a first dose of amoxicillin; treated with intramuscular adrenaline in the emergency department</td></tr>',
      '<tr class="evenRow"><td>22-Aug-2021</td><td>Adverse reaction to codeine</td><td/><td/><td>Persistent vomiting and marked drowsiness</td></tr>',
      '<tr class="oddRow"><td>10-Jun-2024</td><td>Allergy to adhesive plaster</td><td>Likely</td><td>Mild</td><td>Blistering under dressings; use silicone-based dressings</td></tr>',
      '</tbody></table>',
    ),
  },
};

const acuteMedsSection = {
  title: 'Acute Medications (For the 12 month period 14-Nov-2025 to 14-Nov-2026)',
  code: { coding: [{ code: 'AcuteMedsHeader' }] },
  text: {
    status: 'generated',
    div: xhtml(
      '<table summary="This table lists the patient\'s acute medications." id="AcuteMeds">',
      '<thead><tr><th>Type</th><th>Date</th><th>Medication Item</th><th>Dosage Instructions</th><th>Quantity</th></tr></thead>',
      '<tbody>',
      '<tr class="oddRow"><td>Acute Medication</td><td>Prescribed: 30-Oct-2026</td><td>Clarithromycin 500mg tablets</td><td>One tablet to be taken twice a day for 7 days</td><td>14 tablet</td></tr>',
      '<tr class="evenRow"><td>Acute Medication</td><td>Prescribed: 02-Jun-2026</td><td>Prednisolone 5mg gastro-resistant tablets</td><td>Take SIX tablets ONCE a day in the morning with food for 5 days</td><td>30 tablet</td></tr>',
      '<tr class="oddRow"><td>Acute Medication</td><td>Prescribed: 21-Jan-2026</td><td>Adrenaline (epinephrine) 300micrograms/0.3ml (1 in 1,000) solution for injection auto-injectors</td><td>Inject 300 micrograms into the outer thigh at the first sign of anaphylaxis, then call 999. A second dose may be given after 5 minutes if there is no improvement</td><td>2 pre-filled disposable injection</td></tr>',
      '</tbody></table>',
    ),
  },
};

const repeatMedsSection = {
  title: 'Current Repeat Medications',
  code: { coding: [{ code: 'RepeatMedsHeader' }] },
  text: {
    status: 'generated',
    div: xhtml(
      '<table summary="This table lists the patient\'s current repeat medications." id="RepeatMeds">',
      '<thead><tr><th>Type</th><th>Date</th><th>Medication Item</th><th>Dosage Instructions</th><th>Quantity</th></tr></thead>',
      '<tbody>',
      '<tr class="oddRow"><td>Repeat Medication</td><td>Last Issued: 01-Nov-2026</td><td>Insulin aspart biphasic 30/70 100units/ml suspension for injection 3ml pre-filled disposable devices</td><td>Inject 24 units subcutaneously 15 minutes before breakfast and 18 units 15 minutes before the evening meal; adjust the dose only as advised by the diabetes specialist nurse</td><td>5 pre-filled disposable injection</td></tr>',
      '<tr class="evenRow"><td>Repeat Medication</td><td>Last Issued: 01-Nov-2026</td><td>Beclometasone dipropionate 100micrograms/dose / Formoterol 6micrograms/dose inhaler CFC free</td><td>Two puffs to be inhaled twice a day. Rinse mouth with water after each use</td><td>120 dose</td></tr>',
      '<tr class="oddRow"><td>Repeat Medication</td><td>Last Issued: 18-Oct-2026</td><td>Alendronic acid 70mg tablets</td><td>Take ONE tablet ONCE a WEEK on the same day each week, at least 30 minutes before breakfast and any other medicine, with a full glass of plain water while sitting or standing upright. Stay upright for at least 30 minutes afterwards</td><td>4 tablet</td></tr>',
      '<tr class="evenRow"><td>Repeat Medication</td><td>Authorised (not issued): 14-Nov-2026</td><td>Metformin 500mg modified-release tablets</td><td>Two tablets to be taken with the evening meal</td><td>56 tablet</td></tr>',
      '</tbody></table>',
    ),
  },
};

const discRepeatMedsSection = {
  title: 'Discontinued Repeat Medications (For the 6 month period 14-May-2026 to 14-Nov-2026)',
  code: { coding: [{ code: 'DiscRepeatMedsHeader' }] },
  text: {
    status: 'generated',
    div: xhtml(
      '<table summary="This table lists the patient\'s discontinued repeat medications." id="DiscRepeatMeds">',
      '<thead><tr><th>Type</th><th>Date</th><th>Medication Item</th><th>Dosage Instructions</th><th>Quantity</th></tr></thead>',
      '<tbody><tr><td colspan="5">No relevant information available for this category.</td></tr></tbody>',
      '</table>',
      '<p id="SendTime">Summary Sent: 14-Nov-2026 09:12</p>',
    ),
  },
};

/** Builds the full SCR for one (fictional) patient; the clinical content is the same for every copy. */
export function buildFullScr(p: ScrPatientDetails): FhirJson {
  const entry: FhirJson[] = [
    {
      fullUrl: `${SCR_BASE}/Composition/${p.compositionId}`,
      resource: {
        resourceType: 'Composition',
        id: p.compositionId,
        meta: { lastUpdated: '2026-11-14T09:12:00+00:00' },
        identifier: { system: 'https://tools.ietf.org/html/rfc4122', value: p.compositionId },
        status: 'final',
        type: { coding: [{ system: SNOMED, code: '196981000000101', display: 'General Practice Summary' }] },
        category: [{ coding: [{ system: SNOMED, code: '163171000000105', display: 'Care Professional Documentation' }] }],
        subject: { reference: `Patient/${p.patientId}` },
        date: '2026-11-14T09:12:00+00:00',
        author: [{ reference: `PractitionerRole/${PRACTITIONER_ROLE_ID}` }],
        section: [titleSection, allergiesSection, acuteMedsSection, repeatMedsSection, discRepeatMedsSection],
      },
    },
    {
      fullUrl: `${SCR_BASE}/PractitionerRole/${PRACTITIONER_ROLE_ID}`,
      resource: {
        resourceType: 'PractitionerRole',
        id: PRACTITIONER_ROLE_ID,
        identifier: [{ system: 'http://fhir.nhs.net/Id/sds-role-profile-id', value: '990000000101' }],
        practitioner: { reference: `Practitioner/${PRACTITIONER_ID}` },
        organization: { reference: `Organization/${ORGANIZATION_ID}` },
        code: [
          {
            coding: [
              { system: 'https://fhir.nhs.uk/CodeSystem/HL7v3-SDSJobRoleName', code: 'R0260', display: 'General Medical Practitioner' },
            ],
          },
        ],
      },
    },
    {
      fullUrl: `${SCR_BASE}/Practitioner/${PRACTITIONER_ID}`,
      resource: {
        resourceType: 'Practitioner',
        id: PRACTITIONER_ID,
        identifier: [{ system: 'https://fhir.nhs.uk/Id/sds-user-id', value: '990000000202' }],
        name: [{ text: 'Dr Adaeze Okonkwo' }],
      },
    },
    {
      fullUrl: `${SCR_BASE}/Organization/${ORGANIZATION_ID}`,
      resource: {
        resourceType: 'Organization',
        id: ORGANIZATION_ID,
        identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'Z99901' }],
        name: 'Riverside Fictional Surgery',
        telecom: [{ system: 'phone', value: '01632 960001' }],
        address: [{ text: '12 Imaginary Lane, Exampleton, Testshire, ZX1 2AB' }],
      },
    },
    {
      fullUrl: `${SCR_BASE}/Patient/${p.patientId}`,
      resource: {
        resourceType: 'Patient',
        id: p.patientId,
        identifier: [{ system: NHS_NUMBER_SYSTEM, value: p.nhsNumber }],
        name: [{ use: 'official', family: p.family, given: p.given, prefix: [p.prefix] }],
        gender: p.gender,
        birthDate: p.birthDate,
      },
    },
  ];
  return {
    resourceType: 'Bundle',
    id: p.bundleId,
    identifier: { system: 'https://tools.ietf.org/html/rfc4122', value: p.bundleId },
    type: 'searchset',
    timestamp: '2026-11-21T10:04:31+00:00',
    total: entry.length,
    entry,
  };
}

/** The main demo patient: Mrs Eleanor ASHDOWN, NHS No. 943 476 5919. */
export const fullScr: FhirJson = buildFullScr({
  nhsNumber: '9434765919',
  family: 'ASHDOWN',
  given: ['Eleanor', 'May'],
  prefix: 'Mrs',
  gender: 'female',
  birthDate: '1958-03-14',
  bundleId: '82E8AB8E-A5CE-49E8-8C07-E1ACB036FDC6',
  compositionId: '40749B39-692D-4862-970C-DCBCDC0100E7',
  patientId: '1B141A10-4BC9-4650-987E-349B41FA9829',
});

/** The same summary for another fictional patient, served by the slow-response scenario. */
export const fullScrSlowPatient: FhirJson = buildFullScr({
  nhsNumber: '9990120013',
  family: 'HAINES',
  given: ['Rupert', 'James'],
  prefix: 'Mr',
  gender: 'male',
  birthDate: '1949-09-02',
  bundleId: '2C7AE3D3-4586-4C40-AC87-46A1E242E1A9',
  compositionId: '7F357148-CED5-4090-8769-1D12652D78BE',
  patientId: '440EA131-FE7E-47C7-B9A2-DEC047544E8E',
});
