/**
 * (d) An HL7 International Patient Summary document: a `document` Bundle whose first entry is
 * a Composition (LOINC 60591-5) with LOINC-coded sections — allergies 48765-2, medications
 * 10160-0, problems 11450-4 — each with narrative and `entry` references to coded
 * resources, plus an immunisations section whose `emptyReason` is `unavailable`.
 *
 * Fictional patient: Mr Tomasz NOWICKI, NHS No. 999 003 0014.
 *
 * Codes are illustrative (displays and text are what the widget shows); not for clinical use.
 */
import {
  ALLERGY_CLINICAL,
  ALLERGY_VERIFICATION,
  CONDITION_CLINICAL,
  CONDITION_VERIFICATION,
  LOINC,
  NHS_NUMBER_SYSTEM,
  SNOMED,
  xhtml,
  type FhirJson,
} from './types.js';

const COMPOSITION = 'urn:uuid:60a60c16-0c98-42f5-a8a4-b407ce0e54f8';
const PATIENT = 'urn:uuid:b2e3b515-cbb7-4a36-8581-666b63cc0db8';
const AUTHOR = 'urn:uuid:b06d341c-6157-4500-b15e-bdacb9ce9bb7';
const CUSTODIAN = 'urn:uuid:acb864f9-33fc-45d5-9446-9c1361dfda88';
const ALLERGY = 'urn:uuid:de02a359-76c5-43ce-baf5-809a61ce76b9';
const MED_STATEMENT = 'urn:uuid:ca1ae6b9-a483-47f8-bce5-c8f967a2bb31';
const MEDICATION = 'urn:uuid:69b2a412-b114-4e7a-84ff-c0dcb130cfbd';
const MED_STATEMENT_2 = 'urn:uuid:62529aa0-25b2-4268-b0ba-8f12707d5313';
const CONDITION = 'urn:uuid:20c0db3c-8559-44df-aa30-909e44918aa7';
const CONDITION_2 = 'urn:uuid:4313e2a1-a3c8-419b-a32b-407309c811bd';

const id = (urn: string): string => urn.slice('urn:uuid:'.length);
const subject = { reference: PATIENT };

const composition: FhirJson = {
  resourceType: 'Composition',
  id: id(COMPOSITION),
  meta: { profile: ['http://hl7.org/fhir/uv/ips/StructureDefinition/Composition-uv-ips'] },
  status: 'final',
  type: { coding: [{ system: LOINC, code: '60591-5', display: 'Patient summary Document' }] },
  subject,
  date: '2026-11-18T15:20:00+00:00',
  author: [{ reference: AUTHOR }],
  title: 'Patient Summary as of 18 November 2026',
  confidentiality: 'N',
  attester: [{ mode: 'legal', time: '2026-11-18T15:20:00+00:00', party: { reference: AUTHOR } }],
  custodian: { reference: CUSTODIAN },
  section: [
    {
      title: 'Allergies and Intolerances',
      code: { coding: [{ system: LOINC, code: '48765-2', display: 'Allergies and adverse reactions Document' }] },
      text: {
        status: 'generated',
        div: xhtml(
          '<table><thead><tr><th>Substance</th><th>Status</th><th>Criticality</th><th>Reaction</th></tr></thead>',
          '<tbody><tr><td>Peanut</td><td>Active, confirmed</td><td>High</td><td>Angioedema of lips and tongue (severe), 2021</td></tr></tbody></table>',
        ),
      },
      entry: [{ reference: ALLERGY }],
    },
    {
      title: 'Medication Summary',
      code: { coding: [{ system: LOINC, code: '10160-0', display: 'History of Medication use Narrative' }] },
      text: {
        status: 'generated',
        div: xhtml(
          '<table><thead><tr><th>Medication</th><th>Status</th><th>Instructions</th></tr></thead><tbody>',
          '<tr><td>Levothyroxine sodium 75microgram tablets</td><td>Active, since Mar-2018</td><td>One tablet each morning, 30 minutes before breakfast</td></tr>',
          '<tr><td>Adrenaline (epinephrine) 300micrograms/0.3ml (1 in 1,000) solution for injection auto-injectors</td><td>Active</td><td>Use one injection into the outer thigh for anaphylaxis, then call 999</td></tr>',
          '</tbody></table>',
        ),
      },
      entry: [{ reference: MED_STATEMENT }, { reference: MED_STATEMENT_2 }],
    },
    {
      title: 'Problem List',
      code: { coding: [{ system: LOINC, code: '11450-4', display: 'Problem list - Reported' }] },
      text: {
        status: 'generated',
        div: xhtml(
          '<ul>',
          '<li>Hypothyroidism — active, since 2018</li>',
          '<li>Fracture of left radius — resolved, 2015</li>',
          '</ul>',
        ),
      },
      entry: [{ reference: CONDITION }, { reference: CONDITION_2 }],
    },
    {
      title: 'Immunizations',
      code: { coding: [{ system: LOINC, code: '11369-6', display: 'History of Immunization Narrative' }] },
      text: { status: 'generated', div: xhtml('<p>No information is available about this patient\'s immunisations.</p>') },
      emptyReason: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/list-empty-reason', code: 'unavailable', display: 'Unavailable' }],
        text: 'No information available',
      },
    },
  ],
};

const resources: [string, FhirJson][] = [
  [COMPOSITION, composition],
  [
    PATIENT,
    {
      resourceType: 'Patient',
      id: id(PATIENT),
      identifier: [{ system: NHS_NUMBER_SYSTEM, value: '9990030014' }],
      name: [{ use: 'official', family: 'NOWICKI', given: ['Tomasz', 'Piotr'], prefix: ['Mr'] }],
      gender: 'male',
      birthDate: '1977-01-29',
      address: [{ city: 'Sampleford', country: 'GB' }],
    },
  ],
  [
    AUTHOR,
    {
      resourceType: 'Practitioner',
      id: id(AUTHOR),
      name: [{ family: 'Achterberg', given: ['Lotte'], prefix: ['Dr'] }],
    },
  ],
  [
    CUSTODIAN,
    {
      resourceType: 'Organization',
      id: id(CUSTODIAN),
      identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'Z99904' }],
      name: 'Northgate Imaginary Health Centre',
    },
  ],
  [
    ALLERGY,
    {
      resourceType: 'AllergyIntolerance',
      id: id(ALLERGY),
      clinicalStatus: { coding: [{ system: ALLERGY_CLINICAL, code: 'active' }] },
      verificationStatus: { coding: [{ system: ALLERGY_VERIFICATION, code: 'confirmed' }] },
      type: 'allergy',
      category: ['food'],
      criticality: 'high',
      code: { coding: [{ system: SNOMED, code: '762952008', display: 'Peanut' }], text: 'Peanut' },
      patient: subject,
      onsetDateTime: '2021',
      reaction: [
        {
          manifestation: [{ coding: [{ system: SNOMED, code: '41291007', display: 'Angioedema' }], text: 'Angioedema of lips and tongue' }],
          severity: 'severe',
        },
      ],
    },
  ],
  [
    MED_STATEMENT,
    {
      resourceType: 'MedicationStatement',
      id: id(MED_STATEMENT),
      status: 'active',
      medicationReference: { reference: MEDICATION },
      subject,
      effectivePeriod: { start: '2018-03' },
      dosage: [{ text: 'One tablet each morning, 30 minutes before breakfast' }],
    },
  ],
  [
    MEDICATION,
    {
      resourceType: 'Medication',
      id: id(MEDICATION),
      code: {
        coding: [{ system: 'https://dmd.nhs.uk', code: '10312711000001103', display: 'Levothyroxine sodium 75microgram tablets' }],
      },
    },
  ],
  [
    MED_STATEMENT_2,
    {
      resourceType: 'MedicationStatement',
      id: id(MED_STATEMENT_2),
      status: 'active',
      medicationCodeableConcept: {
        coding: [
          {
            system: 'https://dmd.nhs.uk',
            code: '34680411000001107',
            display: 'Adrenaline (epinephrine) 300micrograms/0.3ml (1 in 1,000) solution for injection auto-injectors',
          },
        ],
      },
      subject,
      effectivePeriod: { start: '2021-07' },
      dosage: [{ text: 'Use one injection into the outer thigh for anaphylaxis, then call 999' }],
    },
  ],
  [
    CONDITION,
    {
      resourceType: 'Condition',
      id: id(CONDITION),
      clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: 'active' }] },
      verificationStatus: { coding: [{ system: CONDITION_VERIFICATION, code: 'confirmed' }] },
      category: [{ coding: [{ system: LOINC, code: '75326-9', display: 'Problem' }] }],
      code: { coding: [{ system: SNOMED, code: '40930008', display: 'Hypothyroidism' }] },
      subject,
      onsetDateTime: '2018',
    },
  ],
  [
    CONDITION_2,
    {
      resourceType: 'Condition',
      id: id(CONDITION_2),
      clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: 'resolved' }] },
      verificationStatus: { coding: [{ system: CONDITION_VERIFICATION, code: 'confirmed' }] },
      category: [{ coding: [{ system: LOINC, code: '75326-9', display: 'Problem' }] }],
      code: { coding: [{ system: SNOMED, code: '263199001', display: 'Fracture of radius' }], text: 'Fracture of left radius' },
      subject,
      onsetDateTime: '2015-08-14',
      abatementDateTime: '2015-11',
    },
  ],
];

/** Mr Tomasz NOWICKI, NHS No. 999 003 0014: IPS document. */
export const ipsDocument: FhirJson = {
  resourceType: 'Bundle',
  id: '74ad1ffa-7a3f-4a2c-a225-96ca8d8042dc',
  identifier: { system: 'urn:ietf:rfc:3986', value: 'urn:uuid:03e2dbfe-fb66-4dbd-b688-56bef271aae3' },
  type: 'document',
  timestamp: '2026-11-18T15:20:00+00:00',
  entry: resources.map(([fullUrl, resource]) => ({ fullUrl, resource })),
};
