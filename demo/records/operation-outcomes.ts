/**
 * (k) OperationOutcome bodies the mock endpoint sends with HTTP errors.
 *
 * The consent refusals are modelled on the Spine's PSIS-30418 refusal (issue code
 * `forbidden`, an error code in the text) but worded for this project. None of these
 * carries patient data.
 */
import type { FhirJson } from './types.js';

const SPINE_ERROR_CODES = 'https://fhir.nhs.uk/CodeSystem/Spine-ErrorOrWarningCode';

/** HTTP 403: the access control framework refused access (no permission to view). */
export const consentRefused403: FhirJson = {
  resourceType: 'OperationOutcome',
  id: 'consent-refused-403',
  issue: [
    {
      severity: 'error',
      code: 'forbidden',
      details: {
        coding: [{ system: SPINE_ERROR_CODES, code: 'ACCESS_DENIED', display: 'Access denied' }],
        text: '[PSIS-30418] - Access control framework refused access: there is no permission recorded to view this Summary Care Record',
      },
    },
  ],
};

/** HTTP 420 (Spine business-rule refusal): the same refusal as the Spine reports it. */
export const consentRefused420: FhirJson = {
  resourceType: 'OperationOutcome',
  id: 'consent-refused-420',
  issue: [
    {
      severity: 'error',
      code: 'forbidden',
      details: {
        text: 'Code: 420, Display: An access control business condition stopped PSIS from completing the request;Code: 30418, Display: [PSIS-30418] - Access control framework refused access to this resource',
      },
    },
  ],
};

/** HTTP 500: the record service failed. Says nothing about the patient's record. */
export const serverError500: FhirJson = {
  resourceType: 'OperationOutcome',
  id: 'server-error-500',
  issue: [
    {
      severity: 'fatal',
      code: 'exception',
      details: {
        coding: [{ system: SPINE_ERROR_CODES, code: 'INTERNAL_SERVER_ERROR', display: 'Unexpected internal server error' }],
        text: 'The Summary Care Record service could not process the request. Try again later.',
      },
      diagnostics: 'Upstream timeout contacting the record store (reference DEMO-500-0001)',
    },
  ],
};

/** HTTP 404: no scenario (or record) exists for the NHS number asked for. */
export const notFound404: FhirJson = {
  resourceType: 'OperationOutcome',
  id: 'not-found-404',
  issue: [
    {
      severity: 'error',
      code: 'not-found',
      details: {
        coding: [{ system: SPINE_ERROR_CODES, code: 'RESOURCE_NOT_FOUND', display: 'Resource not found' }],
        text: 'No Summary Care Record was found for the NHS number supplied.',
      },
    },
  ],
};

/** HTTP 400: the request did not carry a usable `patient` search parameter. */
export const badRequest400: FhirJson = {
  resourceType: 'OperationOutcome',
  id: 'bad-request-400',
  issue: [
    {
      severity: 'error',
      code: 'invalid',
      details: {
        coding: [{ system: SPINE_ERROR_CODES, code: 'INVALID_SEARCH_DATA', display: 'Invalid search data' }],
        text: "The 'patient' parameter must be https://fhir.nhs.uk/Id/nhs-number|<10-digit NHS number>.",
      },
    },
  ],
};
