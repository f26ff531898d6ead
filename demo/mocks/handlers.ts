/**
 * MSW 2.x handlers for the demo's mock SCR endpoint.
 *
 * - `GET <any origin>/api/scr?patient=https://fhir.nhs.uk/Id/nhs-number|<10 digits>` (the element's
 *   default request when its endpoint has no `{nhsNumber}` placeholder);
 * - `GET <any origin>/api/scr/<10 digits>` (for `endpoint="/api/scr/{nhsNumber}"`).
 *
 * Known NHS numbers answer with their scenario; unknown ones with a 404 OperationOutcome; a
 * missing or malformed `patient` parameter with a 400 OperationOutcome. FHIR bodies are sent
 * as `application/fhir+json`. No DOM, no side effects, nothing logged.
 */
import { http } from 'msw';
import { badRequest400, notFound404 } from '../records/operation-outcomes.js';
import { NHS_NUMBER_SYSTEM } from '../records/types.js';
import { fhirJson } from './responses.js';
import { findScenario } from './scenarios.js';

/** Ten digits from a `patient` search value `https://fhir.nhs.uk/Id/nhs-number|<digits>`, else undefined. */
export function nhsNumberFromPatientParam(value: string | null): string | undefined {
  if (value === null) return undefined;
  const bar = value.lastIndexOf('|');
  if (bar < 0 || value.slice(0, bar) !== NHS_NUMBER_SYSTEM) return undefined;
  const digits = value.slice(bar + 1);
  return /^\d{10}$/.test(digits) ? digits : undefined;
}

function nhsNumberFromPath(value: string | readonly string[] | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  let text = value;
  try {
    text = decodeURIComponent(value);
  } catch {
    return undefined;
  }
  const digits = text.replace(/\s+/g, '');
  return /^\d{10}$/.test(digits) ? digits : undefined;
}

function answer(nhsNumber: string | undefined, request: Request): Response | Promise<Response> {
  if (nhsNumber === undefined) return fhirJson(badRequest400, 400);
  const scenario = findScenario(nhsNumber);
  return scenario ? scenario.respond(request) : fhirJson(notFound404, 404);
}

export const handlers = [
  http.get('*/api/scr', ({ request }) =>
    answer(nhsNumberFromPatientParam(new URL(request.url).searchParams.get('patient')), request),
  ),
  http.get('*/api/scr/:nhsNumber', ({ request, params }) => answer(nhsNumberFromPath(params.nhsNumber), request)),
];
