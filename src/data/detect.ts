/**
 * Which FHIR version a payload is. Older and newer versions share resource names but
 * not meanings (STU3 `clinicalStatus` is a plain code, R5 renames medication fields), so
 * a payload that is not R4 is refused rather than misread.
 */
import { asArray, isObject, ownValue, type FhirResource } from './fhir.js';

const STATUS_FIELDS: Record<string, string[]> = {
  AllergyIntolerance: ['clinicalStatus', 'verificationStatus'],
  Condition: ['clinicalStatus', 'verificationStatus'],
};

/** Returns the reason a payload is not R4, or undefined when nothing says it isn't. */
export function nonR4Reason(resources: FhirResource[]): string | undefined {
  for (const r of resources) {
    const meta: unknown = r.meta;
    for (const profile of isObject(meta) ? asArray<unknown>(meta.profile) : []) {
      if (typeof profile === 'string' && /\/(STU3|DSTU2)\//i.test(profile)) {
        return `it declares an STU3 profile (${r.resourceType})`;
      }
    }
    for (const field of ownValue(STATUS_FIELDS, r.resourceType) ?? []) {
      if (typeof r[field] === 'string') return `${r.resourceType}.${field} is a plain code, as in FHIR STU3`;
    }
    if (r.resourceType === 'MedicationStatement' && 'taken' in r) return 'MedicationStatement.taken exists only in FHIR STU3';
    if (r.resourceType === 'MedicationUsage') return 'MedicationUsage exists only in FHIR R5';
    if ((r.resourceType === 'MedicationStatement' || r.resourceType === 'MedicationRequest') && isObject(r.medication)) {
      return `${r.resourceType}.medication is a CodeableReference, as in FHIR R5`;
    }
    if (r.resourceType === 'AllergyIntolerance' && isObject(r.type)) return 'AllergyIntolerance.type is a CodeableConcept, as in FHIR R5';
  }
  return undefined;
}

/** `application/fhir+json; fhirVersion=3.0` names its version outright. */
export function contentTypeVersion(contentType: string | null): string | undefined {
  const match = /fhirVersion\s*=\s*"?([\d.]+)/i.exec(contentType ?? '');
  return match?.[1];
}
