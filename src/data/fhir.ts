/**
 * Loose FHIR R4 JSON types: just the fields the normaliser reads, all optional, because
 * real payloads break the specification and every field must be checked before use.
 */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Reference {
  reference?: string;
  display?: string;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Narrative {
  status?: string;
  div?: string;
}

export interface Extension {
  url?: string;
  valueCodeableConcept?: CodeableConcept;
  valueCoding?: Coding;
  valueString?: string;
  valueCode?: string;
  extension?: Extension[];
}

/** Any resource: `resourceType` plus whatever else arrived. */
export interface FhirResource {
  resourceType: string;
  id?: string;
  meta?: { profile?: string[]; security?: Coding[]; source?: string; lastUpdated?: string };
  contained?: FhirResource[];
  extension?: Extension[];
  text?: Narrative;
  [field: string]: unknown;
}

export interface BundleEntry {
  fullUrl?: string;
  resource?: FhirResource;
  response?: { status?: string };
}

export interface Bundle extends FhirResource {
  resourceType: 'Bundle';
  type?: string;
  total?: number;
  link?: { relation?: string; url?: string }[];
  entry?: BundleEntry[];
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isResource(value: unknown): value is FhirResource {
  return isObject(value) && typeof value.resourceType === 'string';
}

/** An array field, or none: payloads sometimes send a single object where an array belongs. */
export function asArray<T>(value: unknown): T[] {
  if (Array.isArray(value)) return value as T[];
  return value === undefined || value === null ? [] : [value as T];
}

/**
 * `table[key]` only when the table itself has that key. A code from the payload used as a
 * lookup key must never reach Object.prototype: `constructor`, `toString` or `__proto__`
 * would otherwise read back a function or the prototype as if it were a table entry.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * How deep Bundles nested in Bundles (batch-response, transaction-response) are opened. Real
 * payloads nest once; the limit only keeps a hostile payload from exhausting the stack.
 */
export const MAX_BUNDLE_DEPTH = 64;

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
