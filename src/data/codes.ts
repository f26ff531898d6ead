/**
 * Reading CodeableConcepts, and the few codes whose meaning changes what is shown.
 */
import type { AllergyNegation, EmptyReason } from './model.js';
import { asArray, asString, isObject, type Coding } from './fhir.js';

export const SNOMED = 'http://snomed.info/sct';
export const LOINC = 'http://loinc.org';

/** The codings of a concept that are objects; anything else in `coding` is ignored. */
export function codings(cc: unknown): Coding[] {
  if (!isObject(cc)) return [];
  return asArray<unknown>(cc.coding).filter(isObject) as Coding[];
}

/**
 * What a person wrote or chose: `text` first (it is what the clinician saw), else the first
 * coding that has a display, else the first code. Unlike some libraries this does not stop
 * at the first coding, whose display may be absent while a later one has it.
 */
export function conceptText(cc: unknown): string | undefined {
  // A bare string where a CodeableConcept belongs still carries the sender's words.
  if (typeof cc === 'string') return asString(cc);
  if (!isObject(cc)) return undefined;
  const list = codings(cc);
  return (
    asString(cc.text) ??
    list.map((c) => asString(c.display)).find((d) => d !== undefined) ??
    list.map((c) => asString(c.code)).find((c) => c !== undefined)
  );
}

/** True when any coding has one of `codes` (and, when given, the `system`). */
export function hasCode(cc: unknown, system: string | undefined, codes: Iterable<string>): boolean {
  const wanted = new Set(codes);
  return codings(cc).some(
    (c) => typeof c.code === 'string' && wanted.has(c.code) && (system === undefined || c.system === system),
  );
}

/** The first coding whose code is one of `codes`, so callers can keep its own display. */
export function findCoding(cc: unknown, codes: Iterable<string>): Coding | undefined {
  const wanted = new Set(codes);
  return codings(cc).find((c) => typeof c.code === 'string' && wanted.has(c.code));
}

/**
 * The code of a status element. R4 sends a CodeableConcept; STU3 payloads (GP Connect,
 * still seen in the wild) send a bare string. Prefers a coding from `system` when given.
 */
export function statusCode(value: unknown, system?: string): string | undefined {
  if (typeof value === 'string') return asString(value);
  const list = codings(value);
  const preferred = system ? list.find((c) => c.system === system && asString(c.code)) : undefined;
  return asString((preferred ?? list.find((c) => asString(c.code)))?.code);
}

export interface NoKnownAllergy {
  scope: AllergyNegation['scope'];
  /** Used only when the source gives no wording of its own. */
  text: string;
}

/** SNOMED "no known …" situations: each an assertion, and each scoped. */
export const NO_KNOWN_ALLERGY: ReadonlyMap<string, NoKnownAllergy> = new Map<string, NoKnownAllergy>([
  ['716186003', { scope: 'all', text: 'No known allergy' }],
  ['409137002', { scope: 'drug', text: 'No known drug allergy' }],
  ['429625007', { scope: 'food', text: 'No known food allergy' }],
  ['428607008', { scope: 'environment', text: 'No known environmental allergy' }],
]);

/**
 * GP2GP transfer-degraded codes: the coding only says "something was degraded in
 * transfer"; the original term survives in `code.text`.
 */
export const TRANSFER_DEGRADED: ReadonlySet<string> = new Set(['196461000000101', '196421000000109']);

export function isTransferDegraded(cc: unknown): boolean {
  return hasCode(cc, undefined, TRANSFER_DEGRADED);
}

export interface ConceptName {
  text: string | undefined;
  /** False when the meaning is only in free text (uncoded or transfer-degraded). */
  coded: boolean;
}

/**
 * The name to display for a concept and whether a reader can trust it as coded.
 * A transfer-degraded concept shows `code.text` exactly as sent; when a sender dropped the
 * text too, the degraded coding's display is still honest ("Transfer-degraded drug allergy").
 */
export function conceptName(cc: unknown): ConceptName {
  if (!isObject(cc)) return { text: conceptText(cc), coded: false };
  if (isTransferDegraded(cc)) {
    const text = typeof cc.text === 'string' && cc.text !== '' ? cc.text : conceptText(cc);
    return { text, coded: false };
  }
  const coded = codings(cc).some((c) => asString(c.code) !== undefined);
  return { text: conceptText(cc), coded };
}

/**
 * An `emptyReason` (List or Composition section): `code` is empty when the sender gave only
 * text; the text is always filled (the sender's text, else a display, else the code).
 */
export function emptyReasonOf(value: unknown): EmptyReason | undefined {
  if (!isObject(value)) return undefined;
  const code = statusCode(value) ?? '';
  const display = codings(value).map((c) => asString(c.display)).find((d) => d !== undefined);
  const text = asString(value.text) ?? display ?? code;
  return text ? { code, text } : undefined;
}
