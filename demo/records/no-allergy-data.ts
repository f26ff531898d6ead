/**
 * (f) No allergy data recorded: a UK Core allergies List that is empty with emptyReason
 * `no-content-recorded`. This means "Allergies not recorded" — NOT "no known allergies".
 *
 * Fictional patient: Mr Owen PRITCHARD, NHS No. 999 005 0015.
 */
import { NHS_NUMBER_SYSTEM, SNOMED, type FhirJson } from './types.js';

const PATIENT = 'urn:uuid:3f9a2c71-8d4e-4b6a-9c05-2e7b1d8f6a14';

/** Mr Owen PRITCHARD, NHS No. 999 005 0015: allergies List empty, no content recorded. */
export const noAllergyData: FhirJson = {
  resourceType: 'Bundle',
  id: 'a7c4e2d9-1b3f-4e8a-b6d0-9f5c2a1e7b22',
  type: 'collection',
  timestamp: '2026-11-21T10:07:40+00:00',
  entry: [
    {
      fullUrl: PATIENT,
      resource: {
        resourceType: 'Patient',
        id: '3f9a2c71-8d4e-4b6a-9c05-2e7b1d8f6a14',
        identifier: [{ system: NHS_NUMBER_SYSTEM, value: '9990050015' }],
        name: [{ use: 'official', family: 'PRITCHARD', given: ['Owen'], prefix: ['Mr'] }],
        gender: 'male',
        birthDate: '1995-12-03',
      },
    },
    {
      fullUrl: 'urn:uuid:c81e5b3a-7f2d-4a9c-8e61-4d0b3f2a9c35',
      resource: {
        resourceType: 'List',
        id: 'c81e5b3a-7f2d-4a9c-8e61-4d0b3f2a9c35',
        status: 'current',
        mode: 'snapshot',
        title: 'Allergies and adverse reactions',
        code: { coding: [{ system: SNOMED, code: '886921000000105', display: 'Allergies and adverse reactions' }] },
        subject: { reference: PATIENT },
        date: '2026-11-21T10:07:40+00:00',
        note: [{ text: 'There are no allergy records for this patient in the GP system.' }],
        emptyReason: {
          coding: [
            {
              system: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-ListEmptyReasonCode',
              code: 'no-content-recorded',
              display: 'No Content Recorded',
            },
          ],
        },
      },
    },
  ],
};
