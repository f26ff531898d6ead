/**
 * Fictional patients for the safety tests: valid NHS numbers made on demand, small structured
 * records, and a seeded random source so a "random" run can be replayed from its seed.
 */
import { isValidNhsNumber } from '../../../src/data/nhs-number.js';

type Json = Record<string, unknown>;

export const NHS_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const SNOMED = 'http://snomed.info/sct';
export const ALLERGY_CLINICAL = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical';
export const ALLERGY_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification';

/** The `n`th valid NHS number in the 999 test range (modulus 11 checked, check digit 10 skipped). */
export function nhsNumber(n: number): string {
  let found = -1;
  for (let body = 999_100_000; ; body++) {
    const nine = String(body);
    for (let check = 0; check <= 9; check++) {
      if (!isValidNhsNumber(nine + check)) continue;
      found += 1;
      if (found === n) return nine + check;
    }
  }
}

/** Mulberry32: small, fast and deterministic, so a failing seed can be run again. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function patientResource(nhs: string | undefined, family: string, given = 'Test', extra: Json = {}): Json {
  return {
    resourceType: 'Patient',
    id: `pt-${nhs ?? 'none'}`,
    identifier: nhs ? [{ system: NHS_SYSTEM, value: nhs }] : [],
    name: [{ use: 'official', family, given: [given] }],
    birthDate: '1961-03-07',
    ...extra,
  };
}

/** An SCR document section whose narrative is `xhtml`, wrapped in the FHIR narrative div. */
export function scrSection(code: string, title: string, xhtml: string): Json {
  return { title, code: { coding: [{ code }] }, text: { div: `<div xmlns="http://www.w3.org/1999/xhtml">${xhtml}</div>` } };
}

/** The NHS SCR API's shape: a searchset with one GP Summary Composition and the patient. */
export function scrDocument(sections: Json[], patient: Json): Json {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    entry: [
      { resource: { resourceType: 'Composition', type: { coding: [{ system: SNOMED, code: '196981000000101' }] }, section: sections } },
      { resource: patient },
    ],
  };
}

export const clinical = (code: string) => ({ coding: [{ system: ALLERGY_CLINICAL, code }] });
export const verification = (code: string) => ({ coding: [{ system: ALLERGY_VERIFICATION, code }] });

export function allergy(id: string, text: string, extra: Json = {}): Json {
  return { resourceType: 'AllergyIntolerance', id, clinicalStatus: clinical('active'), verificationStatus: verification('confirmed'), code: { text }, ...extra };
}

export function medicine(id: string, text: string, extra: Json = {}): Json {
  return { resourceType: 'MedicationStatement', id, status: 'active', medicationCodeableConcept: { text }, dosage: [{ text: 'One daily' }], ...extra };
}

/** A `collection` Bundle, each resource under a `urn:uuid` fullUrl. */
export function bundle(resources: Json[], extra: Json = {}): Json {
  return { resourceType: 'Bundle', type: 'collection', ...extra, entry: resources.map((resource, i) => ({ fullUrl: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, resource })) };
}

/** One patient with one allergy and one medicine, all named after `tag` so any leak is easy to spot. */
export function taggedRecord(nhs: string, tag: string): Json {
  return bundle([patientResource(nhs, `FAMILY${tag}`, `Given${tag}`), allergy(`a-${tag}`, `Allergen${tag}`), medicine(`m-${tag}`, `Drug${tag} 5mg tablets`)]);
}

/** The NHS number in a request: `{nhsNumber}` path form or the `patient` search parameter. */
export function requestedNumber(request: Request): string | undefined {
  const url = new URL(request.url);
  const param = url.searchParams.get('patient');
  if (param) return param.split('|')[1];
  return /\/(\d{10})$/.exec(url.pathname)?.[1];
}

/** A patient with `count` medicines named `<prefix> 1` … (each row easy to find). */
export const manyMedicines = (nhs: string, prefix: string, count: number) =>
  bundle([patientResource(nhs, prefix.toUpperCase()), ...Array.from({ length: count }, (_, i) => medicine(`m${i}`, `${prefix} ${i + 1} 5mg tablets`))]);
