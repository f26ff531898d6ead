/**
 * (j) An STU3 payload, GP Connect style: profiles under
 * `https://fhir.nhs.uk/STU3/StructureDefinition/...`, `AllergyIntolerance.clinicalStatus` and
 * `verificationStatus` as plain strings, `assertedDate`, and a MedicationStatement with the
 * STU3-only `taken` field. Served as plain `application/fhir+json` (no fhirVersion
 * parameter), so only the content says it is not R4. An R4 widget must refuse it rather than
 * misread it.
 *
 * Fictional patient: Ms Bethan LLOYD, NHS No. 999 015 0028.
 *
 * Codes are illustrative (displays and text are what the widget shows); not for clinical use.
 */
import { NHS_NUMBER_SYSTEM, SNOMED, type FhirJson } from './types.js';

const STU3 = 'https://fhir.nhs.uk/STU3/StructureDefinition';
const PATIENT_ID = '5e2b8c41-9a6d-4f37-b0e8-3c7d1a4f9b13';
const ORG_ID = 'a3d9f6b2-4c1e-4b8a-9f07-2e6c5d8b1a24';
const ALLERGY_ID = 'b8e1c4f7-2d9a-4c6b-8e53-7f0a3d2c9e35';
const MEDICATION_ID = 'c2f7a9d4-6b3e-4a18-b5c0-9d1e8f4a7b46';
const MED_STATEMENT_ID = 'd6a3e8b1-0f5c-4d29-a7e4-1b8c2f9d3a57';

export const stu3Payload: FhirJson = {
  resourceType: 'Bundle',
  id: 'e9c4b2a7-3d8f-4e16-b0a5-6c2d9f1e8b68',
  meta: { profile: [`${STU3}/GPConnect-StructuredRecord-Bundle-1`] },
  type: 'collection',
  entry: [
    {
      resource: {
        resourceType: 'Patient',
        id: PATIENT_ID,
        meta: { versionId: '1', profile: [`${STU3}/CareConnect-GPC-Patient-1`] },
        identifier: [
          {
            extension: [
              {
                url: `${STU3}/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1`,
                valueCodeableConcept: {
                  coding: [
                    {
                      system: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1',
                      code: '01',
                      display: 'Number present and verified',
                    },
                  ],
                },
              },
            ],
            system: NHS_NUMBER_SYSTEM,
            value: '9990150028',
          },
        ],
        active: true,
        name: [{ use: 'official', text: 'Bethan LLOYD', family: 'LLOYD', given: ['Bethan'], prefix: ['Ms'] }],
        gender: 'female',
        birthDate: '1990-02-17',
        generalPractitioner: [{ reference: `Organization/${ORG_ID}` }],
      },
    },
    {
      resource: {
        resourceType: 'Organization',
        id: ORG_ID,
        meta: { profile: [`${STU3}/CareConnect-GPC-Organization-1`] },
        identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'Z99905' }],
        name: 'Valleyside Fictional Surgery',
      },
    },
    {
      resource: {
        resourceType: 'List',
        id: 'f0b5d2c8-7e4a-4f39-a1d6-8c3b2e9f4a79',
        meta: { profile: [`${STU3}/CareConnect-GPC-List-1`] },
        status: 'current',
        mode: 'snapshot',
        title: 'Allergies and adverse reactions',
        code: { coding: [{ system: SNOMED, code: '886921000000105', display: 'Allergies and adverse reaction' }] },
        subject: { reference: `Patient/${PATIENT_ID}` },
        date: '2026-11-21T10:09:00+00:00',
        entry: [{ item: { reference: `AllergyIntolerance/${ALLERGY_ID}` } }],
      },
    },
    {
      resource: {
        resourceType: 'AllergyIntolerance',
        id: ALLERGY_ID,
        meta: { profile: [`${STU3}/CareConnect-GPC-AllergyIntolerance-1`] },
        clinicalStatus: 'active',
        verificationStatus: 'confirmed',
        category: ['medication'],
        code: { coding: [{ system: SNOMED, code: '294505008', display: 'Amoxicillin allergy' }] },
        patient: { reference: `Patient/${PATIENT_ID}` },
        assertedDate: '2017-03-08T14:02:00+00:00',
        reaction: [
          {
            manifestation: [{ coding: [{ system: SNOMED, code: '247472004', display: 'Urticarial rash' }] }],
            severity: 'moderate',
          },
        ],
      },
    },
    {
      resource: {
        resourceType: 'Medication',
        id: MEDICATION_ID,
        meta: { profile: [`${STU3}/CareConnect-GPC-Medication-1`] },
        code: { coding: [{ system: SNOMED, code: '322236009', display: 'Paracetamol 500mg tablets' }] },
      },
    },
    {
      resource: {
        resourceType: 'MedicationStatement',
        id: MED_STATEMENT_ID,
        meta: { profile: [`${STU3}/CareConnect-GPC-MedicationStatement-1`] },
        status: 'active',
        medicationReference: { reference: `Medication/${MEDICATION_ID}` },
        effectivePeriod: { start: '2026-10-01' },
        dateAsserted: '2026-10-01',
        subject: { reference: `Patient/${PATIENT_ID}` },
        taken: 'unk',
        dosage: [{ text: 'One or two tablets up to four times a day when required' }],
      },
    },
  ],
};
