/**
 * (m) Answers of the NHS SCR FHIR API's read steps, for the mock of the API
 * (demo/mocks/scr-api.ts): the pointer searchset of step 1 (a DocumentReference with the
 * SCR's id and its permission-to-view label, and a Patient with just the NHS number), the
 * "no SCR" searchset, the API's OperationOutcomes, and the records step 2 serves.
 *
 * Written for this project in the shape of the API's examples; every patient, id and
 * practice is fictional except the sandbox's well-known test number 900 000 0009 and the
 * SCR id the sandbox gives it.
 */
import { buildFullScr } from './full-scr.js';
import { NHS_NUMBER_SYSTEM, SCR_BASE, SNOMED, type FhirJson } from './types.js';

export const ACS_PERMISSION = 'https://fhir.nhs.uk/CodeSystem/SCR-ACSPermission';
const SPINE_ERROR_CODES = 'https://fhir.nhs.uk/CodeSystem/Spine-ErrorOrWarningCode';

/** The sandbox's test patient and the id of the SCR it answers with. */
export const SANDBOX_NHS_NUMBER = '9000000009';
export const SANDBOX_SCR_ID = 'FA60BE64-1F34-11EB-A2A8-000C29A364EB';

const generalPracticeSummary = { coding: [{ system: SNOMED, code: '196981000000101', display: 'General Practice Summary' }] };

/**
 * Step 1's answer: the patient's latest SCR pointer. `label` is the permission-to-view code
 * (`Yes`, `Ask`, `No`), or undefined for a pointer that states none.
 */
export function scrPointer(nhsNumber: string, scrId: string, label?: string): FhirJson {
  const patientId = `patient-${nhsNumber}`;
  const pointerId = `pointer-${scrId.toLowerCase()}`;
  return {
    resourceType: 'Bundle',
    id: `search-${nhsNumber}`,
    type: 'searchset',
    total: 1,
    entry: [
      {
        fullUrl: `${SCR_BASE}/DocumentReference/${pointerId}`,
        resource: {
          resourceType: 'DocumentReference',
          id: pointerId,
          masterIdentifier: { system: 'https://fhir.nhs.uk/Id/nhsSCRUUID', value: scrId },
          status: 'current',
          type: generalPracticeSummary,
          subject: { reference: `Patient/${patientId}` },
          ...(label ? { securityLabel: [{ coding: [{ system: ACS_PERMISSION, code: label }] }] } : {}),
          // The API's own link omits /FHIR/R4: a viewer builds step 2 from its base instead of following this.
          content: [
            {
              attachment: {
                url: `https://scr.example.test/summary-care-record/Bundle?composition.identifier=${scrId}&composition.subject:Patient.identifier=${NHS_NUMBER_SYSTEM}|${nhsNumber}`,
              },
            },
          ],
          context: { event: [generalPracticeSummary] },
        },
        search: { mode: 'match' },
      },
      {
        fullUrl: patientId,
        resource: { resourceType: 'Patient', id: patientId, identifier: [{ system: NHS_NUMBER_SYSTEM, value: nhsNumber }] },
      },
    ],
  };
}

/** Step 1 for a patient with no SCR, and step 2 for an id that is no longer the latest: `total: 0`, no entries. */
export const noResults: FhirJson = { resourceType: 'Bundle', id: 'search-no-results', type: 'searchset', total: 0 };

function outcome(id: string, code: string, text: string, coding?: { code: string; display: string }): FhirJson {
  return {
    resourceType: 'OperationOutcome',
    id,
    issue: [{ severity: 'error', code, details: { ...(coding ? { coding: [{ system: SPINE_ERROR_CODES, ...coding }] } : {}), text } }],
  };
}

/** 403: Spine's access control refused the request (its 420 answer, passed on as 403). */
export const apiRefused: FhirJson = outcome(
  'api-refused',
  'forbidden',
  'Code: 420, Display: An access-control business condition stopped PSIS from completing the request;Code: 30418, Display: [PSIS-30418] - The access control framework does not permit access to this resource',
);

/** 400: a parameter or header the API does not accept. */
export const apiBadRequest = (text: string): FhirJson => outcome('api-bad-request', 'invalid', text);

/** 415: a POST without `Content-Type: application/fhir+json`. */
export const apiUnsupportedMedia: FhirJson = outcome('api-unsupported-media', 'not-supported', 'Content type is not supported: send application/fhir+json.');

/** 503: the service or Spine is briefly unavailable. */
export const apiUnavailable: FhirJson = outcome('api-unavailable', 'transient', 'The Summary Care Record service is temporarily unavailable. Try again shortly.', {
  code: 'SERVICE_UNAVAILABLE',
  display: 'Service unavailable',
});

/** 400 to an alert: the alert service rejected it (the body was fine; the demo's Spine said no). */
export const alertRejected: FhirJson = outcome('alert-rejected', 'invalid', 'The alert could not be forwarded to the Privacy Officer: the organisation is not set up to receive access alerts.');

/** The record step 2 serves for one of the API's fictional patients: the full SCR sample, about them. */
export function apiRecord(nhsNumber: string, family: string, given: string, index: number): FhirJson {
  const hex = (n: number) => `${String(index).padStart(2, '0')}${'0'.repeat(n - 2)}`;
  return buildFullScr({
    nhsNumber,
    family,
    given: [given],
    prefix: 'Mx',
    gender: 'unknown',
    birthDate: '1971-06-09',
    bundleId: `${hex(8)}-AAAA-4AAA-8AAA-${hex(12)}`,
    compositionId: `${hex(8)}-BBBB-4BBB-8BBB-${hex(12)}`,
    patientId: `${hex(8)}-CCCC-4CCC-8CCC-${hex(12)}`,
  });
}
