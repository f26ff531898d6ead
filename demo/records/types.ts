/**
 * Shared bits for the demo's own sample records.
 *
 * Every record in this folder is fictional: invented patients, practices and clinicians,
 * written for this project and modelled on the *structure* of real public examples
 * (NHS SCR FHIR API, UK Core, HL7 IPS). NHS numbers are in the 999 test range (plus the
 * well-known test number 943 476 5919) and all pass the modulus-11 check, except where a
 * record is deliberately built to disagree with the number asked for.
 *
 * Records are plain JSON-shaped objects so that they can be served verbatim by the mock
 * endpoint and imported by tests. Nothing here touches the DOM.
 */

/** A FHIR JSON object, typed loosely on purpose: real payloads are checked field by field. */
export type FhirJson = Record<string, unknown>;

export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const SNOMED = 'http://snomed.info/sct';
export const DMD = 'https://dmd.nhs.uk';
export const LOINC = 'http://loinc.org';

export const ALLERGY_CLINICAL = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical';
export const ALLERGY_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification';
export const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
export const CONDITION_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
export const COURSE_OF_THERAPY = 'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy';

/** Base used for `fullUrl`s in the SCR-style searchset bundles (a reserved, non-resolving domain). */
export const SCR_BASE = 'https://scr.example.test/summary-care-record/FHIR/R4';

/** The XHTML wrapper every FHIR narrative `div` must have. */
export function xhtml(...parts: string[]): string {
  return `<div xmlns="http://www.w3.org/1999/xhtml">${parts.join('')}</div>`;
}
