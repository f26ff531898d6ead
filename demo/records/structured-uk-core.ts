/**
 * (c) A structured UK Core record: a `collection` Bundle of coded resources linked by
 * `urn:uuid` full URLs, as a GP system with coded data would send.
 *
 * Fictional patient: Ms Priya RAMAN, NHS No. 999 002 0019.
 *
 * Deliberately mixed, so every status rule is exercised:
 * - AllergyIntolerance: penicillin (active, confirmed, criticality high, anaphylaxis severe);
 *   "No known food allergy" (429625007) standing BESIDE the real allergy; ibuprofen
 *   (unconfirmed); egg (resolved); latex (refuted, though still `clinicalStatus: active`);
 *   codeine (entered-in-error, no clinicalStatus); a transfer-degraded drug allergy
 *   (196461000000101) whose meaning is only in `code.text`.
 * - Medicines: repeat (continuous) with dosage text; acute (completed); stopped;
 *   `medicationReference` to a `#contained` Medication; `medicationReference` to a bundled
 *   Medication by `urn:uuid`; one entered-in-error.
 * - Conditions (active and resolved), a Flag and an allergies List.
 *
 * Codes are illustrative (displays and text are what the widget shows); not for clinical use.
 */
import {
  ALLERGY_CLINICAL,
  ALLERGY_VERIFICATION,
  CONDITION_CLINICAL,
  CONDITION_VERIFICATION,
  COURSE_OF_THERAPY,
  DMD,
  NHS_NUMBER_SYSTEM,
  SNOMED,
  type FhirJson,
} from './types.js';

const PATIENT = 'urn:uuid:d12e938c-bc60-41fd-8e39-c1bbf8002e3c';
const PRACTICE = 'urn:uuid:d9668cf0-2516-42db-83f0-aa4aaa5099ff';
const GP = 'urn:uuid:ea991e00-56a9-47be-b3d6-f246b05ef9a2';
const ALLERGY_LIST = 'urn:uuid:88fb32dc-352e-4d16-8acd-e115dfe1cb8b';
const AI_PENICILLIN = 'urn:uuid:7c728ffa-d6a3-4ad7-8622-5a12f0d24750';
const AI_NO_KNOWN_FOOD = 'urn:uuid:4d48d0ba-4115-481c-9a2e-cc3eeeee5cef';
const AI_IBUPROFEN = 'urn:uuid:11eb723a-a7e8-4b74-bdff-cf6eeea3cd87';
const AI_EGG = 'urn:uuid:a26f8e5a-299a-466f-b155-5764944cd064';
const AI_LATEX = 'urn:uuid:bb4503a5-17ba-4e29-979b-3feeff16dab8';
const AI_CODEINE_EIE = 'urn:uuid:2af57c9e-585b-4a5f-8f2c-a004f25c6525';
const AI_DEGRADED = 'urn:uuid:ff0fc888-5c1c-485b-9244-b7649ffb4383';
const MR_REPEAT = 'urn:uuid:fbd3be83-246a-4909-a941-73a894225c13';
const MR_ACUTE = 'urn:uuid:66d5f64c-0cba-4ec8-87b5-af464701427f';
const MS_STOPPED = 'urn:uuid:651afcf1-2d59-47ba-a0d0-fac5c66525af';
const MS_CONTAINED = 'urn:uuid:feedb250-2da4-4e4a-823b-7169d96e285b';
const MR_BUNDLED_MED = 'urn:uuid:d8c9a9ba-dfd9-48b3-9274-1b9b2f1453ae';
const MEDICATION = 'urn:uuid:2fbf9e56-002e-4174-9450-6296251be005';
const MS_EIE = 'urn:uuid:0db8e064-3316-4e45-b244-1f617c0d3aaa';
const COND_ASTHMA = 'urn:uuid:e223dbce-9a74-4f8d-913a-5be2af51659d';
const COND_HYPERTENSION = 'urn:uuid:7858127d-0438-4668-9b91-375787d5d602';
const COND_PNEUMONIA = 'urn:uuid:39cc0313-c07c-41ac-b9a2-ef2a61f9c018';
const FLAG = 'urn:uuid:2807253d-8a1b-4075-97d9-c2295e07c299';

const id = (urn: string): string => urn.slice('urn:uuid:'.length);
const subject = { reference: PATIENT, display: 'Priya RAMAN' };
const recorder = { reference: GP, display: 'Dr Tobias Wren' };

const clinical = (code: 'active' | 'inactive' | 'resolved') => ({
  coding: [{ system: ALLERGY_CLINICAL, code, display: code[0]!.toUpperCase() + code.slice(1) }],
});
const verification = (code: string, display: string) => ({ coding: [{ system: ALLERGY_VERIFICATION, code, display }] });
const course = (code: 'acute' | 'continuous', display: string) => ({ coding: [{ system: COURSE_OF_THERAPY, code, display }] });

const resources: [string, FhirJson][] = [
  [
    PATIENT,
    {
      resourceType: 'Patient',
      id: id(PATIENT),
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient'] },
      identifier: [
        {
          extension: [
            {
              url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus',
              valueCodeableConcept: {
                coding: [
                  {
                    system: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland',
                    code: '01',
                    display: 'Number present and verified',
                  },
                ],
              },
            },
          ],
          system: NHS_NUMBER_SYSTEM,
          value: '9990020019',
        },
      ],
      name: [{ use: 'official', family: 'RAMAN', given: ['Priya'], prefix: ['Ms'] }],
      gender: 'female',
      birthDate: '1984-11-05',
      generalPractitioner: [{ reference: PRACTICE, display: 'Meadowbank Fictional Practice' }],
    },
  ],
  [
    PRACTICE,
    {
      resourceType: 'Organization',
      id: id(PRACTICE),
      identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'Z99903' }],
      name: 'Meadowbank Fictional Practice',
      address: [{ line: ['1 Meadowbank Road'], city: 'Sampleford', postalCode: 'ZX3 4EF' }],
    },
  ],
  [
    GP,
    {
      resourceType: 'Practitioner',
      id: id(GP),
      name: [{ family: 'Wren', given: ['Tobias'], prefix: ['Dr'] }],
    },
  ],
  [
    ALLERGY_LIST,
    {
      resourceType: 'List',
      id: id(ALLERGY_LIST),
      status: 'current',
      mode: 'snapshot',
      title: 'Allergies and adverse reactions',
      code: { coding: [{ system: SNOMED, code: '886921000000105', display: 'Allergies and adverse reactions' }] },
      subject,
      date: '2026-11-20T08:30:00+00:00',
      source: recorder,
      entry: [
        { item: { reference: AI_PENICILLIN } },
        { item: { reference: AI_NO_KNOWN_FOOD } },
        { item: { reference: AI_IBUPROFEN } },
        { item: { reference: AI_EGG } },
        { item: { reference: AI_LATEX } },
        { item: { reference: AI_DEGRADED } },
      ],
    },
  ],
  [
    AI_PENICILLIN,
    {
      resourceType: 'AllergyIntolerance',
      id: id(AI_PENICILLIN),
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-AllergyIntolerance'] },
      clinicalStatus: clinical('active'),
      verificationStatus: verification('confirmed', 'Confirmed'),
      type: 'allergy',
      category: ['medication'],
      criticality: 'high',
      code: {
        coding: [
          {
            system: SNOMED,
            code: '373270004',
            display: 'Substance with penicillin structure and antibacterial mechanism of action (substance)',
          },
        ],
        text: 'Penicillins',
      },
      patient: subject,
      onsetDateTime: '2009',
      recordedDate: '2009-06-17T11:20:00+00:00',
      lastOccurrence: '2019-06',
      recorder,
      asserter: recorder,
      reaction: [
        {
          manifestation: [{ coding: [{ system: SNOMED, code: '39579001', display: 'Anaphylaxis' }] }],
          description: 'Throat swelling and collapse within minutes of a first dose of amoxicillin',
          severity: 'severe',
          onset: '2019-06-02',
        },
      ],
      note: [{ text: 'Carries two adrenaline auto-injectors. Avoid all penicillins and use cephalosporins only with specialist advice.' }],
    },
  ],
  [
    AI_NO_KNOWN_FOOD,
    {
      resourceType: 'AllergyIntolerance',
      id: id(AI_NO_KNOWN_FOOD),
      clinicalStatus: clinical('active'),
      verificationStatus: verification('confirmed', 'Confirmed'),
      code: { coding: [{ system: SNOMED, code: '429625007', display: 'No known food allergy' }] },
      patient: subject,
      recordedDate: '2024-03-11',
      recorder,
    },
  ],
  [
    AI_IBUPROFEN,
    {
      resourceType: 'AllergyIntolerance',
      id: id(AI_IBUPROFEN),
      clinicalStatus: clinical('active'),
      verificationStatus: verification('unconfirmed', 'Unconfirmed'),
      type: 'intolerance',
      category: ['medication'],
      criticality: 'low',
      code: { coding: [{ system: SNOMED, code: '387207008', display: 'Ibuprofen' }] },
      patient: subject,
      recordedDate: '2022-01-19',
      recorder,
      reaction: [
        {
          manifestation: [{ coding: [{ system: SNOMED, code: '56018004', display: 'Wheezing' }] }],
          severity: 'moderate',
        },
      ],
      note: [{ text: 'Reported by patient; not yet confirmed. Asthmatic.' }],
    },
  ],
  [
    AI_EGG,
    {
      resourceType: 'AllergyIntolerance',
      id: id(AI_EGG),
      clinicalStatus: clinical('resolved'),
      verificationStatus: verification('confirmed', 'Confirmed'),
      type: 'allergy',
      category: ['food'],
      criticality: 'low',
      code: { coding: [{ system: SNOMED, code: '102263004', display: 'Eggs (edible)' }] },
      patient: subject,
      onsetDateTime: '1986',
      recordedDate: '1986-09',
      reaction: [
        {
          manifestation: [{ coding: [{ system: SNOMED, code: '247472004', display: 'Urticarial rash' }] }],
          severity: 'mild',
        },
      ],
      note: [{ text: 'Outgrown in childhood; eats egg without problems.' }],
    },
  ],
  [
    AI_LATEX,
    {
      resourceType: 'AllergyIntolerance',
      id: id(AI_LATEX),
      clinicalStatus: clinical('active'),
      verificationStatus: verification('refuted', 'Refuted'),
      type: 'allergy',
      category: ['environment'],
      code: { coding: [{ system: SNOMED, code: '111088007', display: 'Latex' }] },
      patient: subject,
      recordedDate: '2023-05-08',
      recorder,
      note: [{ text: 'Skin-prick and challenge testing negative at the allergy clinic, May 2023.' }],
    },
  ],
  [
    AI_CODEINE_EIE,
    {
      resourceType: 'AllergyIntolerance',
      id: id(AI_CODEINE_EIE),
      verificationStatus: verification('entered-in-error', 'Entered in Error'),
      category: ['medication'],
      code: { coding: [{ system: SNOMED, code: '387494007', display: 'Codeine' }] },
      patient: subject,
      recordedDate: '2025-02-14',
      recorder,
    },
  ],
  [
    AI_DEGRADED,
    {
      resourceType: 'AllergyIntolerance',
      id: id(AI_DEGRADED),
      clinicalStatus: clinical('active'),
      verificationStatus: verification('confirmed', 'Confirmed'),
      category: ['medication'],
      code: {
        coding: [{ system: SNOMED, code: '196461000000101', display: 'Transfer-degraded drug allergy' }],
        text: 'Co-trimoxazole 80mg/400mg tablets - widespread blistering rash',
      },
      patient: subject,
      recordedDate: '2012-10-30',
    },
  ],
  [
    MR_REPEAT,
    {
      resourceType: 'MedicationRequest',
      id: id(MR_REPEAT),
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-MedicationRequest'] },
      extension: [
        {
          url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationRepeatInformation',
          extension: [
            { url: 'numberOfPrescriptionsIssued', valueUnsignedInt: 4 },
            { url: 'authorisationExpiryDate', valueDateTime: '2027-05-01' },
          ],
        },
      ],
      status: 'active',
      intent: 'order',
      medicationCodeableConcept: { coding: [{ system: DMD, code: '319283006', display: 'Amlodipine 5mg tablets' }] },
      subject,
      authoredOn: '2026-05-01',
      requester: recorder,
      courseOfTherapyType: course('continuous', 'Continuous long term therapy'),
      dosageInstruction: [{ text: 'One tablet to be taken each morning' }],
      dispenseRequest: { quantity: { value: 28, unit: 'tablet' } },
    },
  ],
  [
    MR_ACUTE,
    {
      resourceType: 'MedicationRequest',
      id: id(MR_ACUTE),
      status: 'completed',
      intent: 'order',
      medicationCodeableConcept: { coding: [{ system: DMD, code: '41997011000001107', display: 'Clarithromycin 500mg tablets' }] },
      subject,
      authoredOn: '2026-10-30',
      requester: recorder,
      courseOfTherapyType: course('acute', 'Short course (acute) therapy'),
      dosageInstruction: [{ text: 'One tablet to be taken twice a day for 7 days' }],
      dispenseRequest: { quantity: { value: 14, unit: 'tablet' } },
    },
  ],
  [
    MS_STOPPED,
    {
      resourceType: 'MedicationStatement',
      id: id(MS_STOPPED),
      status: 'stopped',
      statusReason: [{ text: 'Stopped by patient: nausea' }],
      medicationCodeableConcept: { coding: [{ system: DMD, code: '321944004', display: 'Sertraline 50mg tablets' }] },
      subject,
      effectivePeriod: { start: '2025-09-03', end: '2026-01-15' },
      dateAsserted: '2026-01-15',
      dosage: [{ text: 'One tablet to be taken each day' }],
    },
  ],
  [
    MS_CONTAINED,
    {
      resourceType: 'MedicationStatement',
      id: id(MS_CONTAINED),
      contained: [
        {
          resourceType: 'Medication',
          id: 'med-salbutamol',
          code: {
            coding: [{ system: DMD, code: '320176004', display: 'Salbutamol 100micrograms/dose inhaler CFC free' }],
          },
        },
      ],
      status: 'active',
      medicationReference: { reference: '#med-salbutamol' },
      subject,
      effectivePeriod: { start: '2003' },
      dateAsserted: '2026-11-20',
      reasonCode: [{ coding: [{ system: SNOMED, code: '195967001', display: 'Asthma' }] }],
      dosage: [{ text: 'Two puffs to be inhaled up to four times a day when required for breathlessness or wheeze' }],
    },
  ],
  [
    MR_BUNDLED_MED,
    {
      resourceType: 'MedicationRequest',
      id: id(MR_BUNDLED_MED),
      status: 'active',
      intent: 'order',
      medicationReference: { reference: MEDICATION },
      subject,
      authoredOn: '2026-03-12',
      requester: recorder,
      courseOfTherapyType: course('continuous', 'Continuous long term therapy'),
      dosageInstruction: [
        { text: 'One inhalation to be taken twice a day, and one extra inhalation when needed for symptoms; no more than 8 inhalations in 24 hours' },
      ],
      dispenseRequest: { quantity: { value: 120, unit: 'dose' } },
    },
  ],
  [
    MEDICATION,
    {
      resourceType: 'Medication',
      id: id(MEDICATION),
      code: {
        coding: [
          {
            system: DMD,
            code: '34863011000001109',
            display: 'Budesonide 200micrograms/dose / Formoterol 6micrograms/dose dry powder inhaler',
          },
        ],
      },
      form: { coding: [{ system: SNOMED, code: '420317006', display: 'Inhalation powder' }] },
    },
  ],
  [
    MS_EIE,
    {
      resourceType: 'MedicationStatement',
      id: id(MS_EIE),
      status: 'entered-in-error',
      medicationCodeableConcept: { coding: [{ system: DMD, code: '319735007', display: 'Warfarin 1mg tablets' }] },
      subject,
      dateAsserted: '2026-08-04',
      dosage: [{ text: 'As directed by the anticoagulant clinic' }],
    },
  ],
  [
    COND_ASTHMA,
    {
      resourceType: 'Condition',
      id: id(COND_ASTHMA),
      clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: 'active', display: 'Active' }] },
      verificationStatus: { coding: [{ system: CONDITION_VERIFICATION, code: 'confirmed', display: 'Confirmed' }] },
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item', display: 'Problem List Item' }] }],
      code: { coding: [{ system: SNOMED, code: '195967001', display: 'Asthma' }] },
      subject,
      onsetDateTime: '2003',
      recordedDate: '2003-04-22',
    },
  ],
  [
    COND_HYPERTENSION,
    {
      resourceType: 'Condition',
      id: id(COND_HYPERTENSION),
      clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: 'active', display: 'Active' }] },
      verificationStatus: { coding: [{ system: CONDITION_VERIFICATION, code: 'confirmed', display: 'Confirmed' }] },
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item', display: 'Problem List Item' }] }],
      code: { coding: [{ system: SNOMED, code: '38341003', display: 'Hypertensive disorder' }], text: 'High blood pressure' },
      subject,
      onsetDateTime: '2026-04',
      recordedDate: '2026-05-01',
    },
  ],
  [
    COND_PNEUMONIA,
    {
      resourceType: 'Condition',
      id: id(COND_PNEUMONIA),
      clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: 'resolved', display: 'Resolved' }] },
      verificationStatus: { coding: [{ system: CONDITION_VERIFICATION, code: 'confirmed', display: 'Confirmed' }] },
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'encounter-diagnosis', display: 'Encounter Diagnosis' }] }],
      code: { coding: [{ system: SNOMED, code: '233604007', display: 'Pneumonia' }] },
      subject,
      onsetDateTime: '2026-10-28',
      abatementDateTime: '2026-11-12',
      recordedDate: '2026-10-30',
    },
  ],
  [
    FLAG,
    {
      resourceType: 'Flag',
      id: id(FLAG),
      status: 'active',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/flag-category', code: 'clinical', display: 'Clinical' }] }],
      code: { text: 'Anaphylaxis to penicillin: carries adrenaline auto-injectors' },
      subject,
      period: { start: '2019-06-02' },
      author: recorder,
    },
  ],
];

/** Ms Priya RAMAN, NHS No. 999 002 0019: structured UK Core resources. */
export const structuredUkCore: FhirJson = {
  resourceType: 'Bundle',
  id: '8a59de72-1d00-4fb7-8f29-e54821926d9f',
  meta: { lastUpdated: '2026-11-20T08:30:00+00:00' },
  type: 'collection',
  timestamp: '2026-11-21T10:06:45+00:00',
  entry: resources.map(([fullUrl, resource]) => ({ fullUrl, resource })),
};
