/**
 * Builders shared by the clinical-safety sample records (one record per hazard a clinician
 * can see). Fictional patients and practices; codes are illustrative, not for clinical use.
 */
import { ALLERGY_CLINICAL, ALLERGY_VERIFICATION, NHS_NUMBER_SYSTEM, type FhirJson } from '../types.js';

export interface Person {
  nhsNumber: string;
  family: string;
  given: string;
  prefix: string;
  birthDate: string;
}

/** A urn:uuid made from a record key and a counter, so ids stay stable and readable. */
export const urn = (key: string, n: number): string => `urn:uuid:5afe${key.padStart(4, '0').slice(0, 4)}-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const idOf = (fullUrl: string): string => fullUrl.slice('urn:uuid:'.length);

export function patient(p: Person, fullUrl: string, extra: FhirJson = {}): FhirJson {
  return {
    resourceType: 'Patient',
    id: idOf(fullUrl),
    identifier: [{ system: NHS_NUMBER_SYSTEM, value: p.nhsNumber }],
    name: [{ use: 'official', family: p.family, given: [p.given], prefix: [p.prefix] }],
    birthDate: p.birthDate,
    ...extra,
  };
}

export const allergyClinical = (code: 'active' | 'inactive' | 'resolved') => ({ coding: [{ system: ALLERGY_CLINICAL, code }] });
export const allergyVerification = (code: 'confirmed' | 'unconfirmed' | 'refuted' | 'entered-in-error') => ({ coding: [{ system: ALLERGY_VERIFICATION, code }] });

/** A `collection` Bundle of [fullUrl, resource] pairs. */
export function collection(id: string, resources: [string, FhirJson][], extra: FhirJson = {}): FhirJson {
  return {
    resourceType: 'Bundle',
    id,
    type: 'collection',
    timestamp: '2026-11-21T10:00:00+00:00',
    ...extra,
    entry: resources.map(([fullUrl, resource]) => ({ fullUrl, resource })),
  };
}
