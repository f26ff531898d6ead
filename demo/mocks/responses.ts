/** Response builders shared by the scenarios and the handlers. No DOM, no side effects. */
import { HttpResponse } from 'msw';

export const FHIR_JSON = 'application/fhir+json';

/** A FHIR JSON body with `Content-Type: application/fhir+json`. */
export function fhirJson(body: unknown, status = 200): Response {
  return new HttpResponse(JSON.stringify(body), { status, headers: { 'Content-Type': FHIR_JSON } });
}

/** A raw text body with a chosen Content-Type (for the malformed and non-FHIR scenarios). */
export function rawBody(body: string, contentType: string, status = 200): Response {
  return new HttpResponse(body, { status, headers: { 'Content-Type': contentType } });
}
