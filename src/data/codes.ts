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

/** The words a concept gives, in order: its `text`, then each coding's display (blanks skipped). */
export function conceptWords(cc: unknown): string[] {
  if (!isObject(cc)) return [];
  return [asString(cc.text), ...codings(cc).map((c) => asString(c.display))].filter((w): w is string => w !== undefined);
}

/** The first coding that has a code. */
const firstCoded = (cc: unknown): Coding | undefined => codings(cc).find((c) => asString(c.code));

/**
 * What a person wrote or chose: `text` first (it is what the clinician saw), else the first
 * coding that has a display, else the first code. Unlike some libraries this does not stop
 * at the first coding, whose display may be absent while a later one has it.
 */
export function conceptText(cc: unknown): string | undefined {
  // A bare string where a CodeableConcept belongs still carries the sender's words.
  if (typeof cc === 'string') return asString(cc);
  return conceptWords(cc)[0] ?? asString(firstCoded(cc)?.code);
}

/** True when any coding has one of `codes` (and, when given, the `system`). Codes and systems are compared trimmed. */
export function hasCode(cc: unknown, system: string | undefined, codes: Iterable<string>): boolean {
  return findCoding(cc, codes, system) !== undefined;
}

/**
 * The first coding whose code is one of `codes` (and, when given, whose system is `system`),
 * so callers can keep its own display. Its `code` is returned trimmed.
 */
export function findCoding(cc: unknown, codes: Iterable<string>, system?: string): Coding | undefined {
  const wanted = new Set(codes);
  for (const c of codings(cc)) {
    const code = asString(c.code)?.trim();
    if (code === undefined || !wanted.has(code)) continue;
    if (system !== undefined && asString(c.system)?.trim() !== system) continue;
    return { ...c, code };
  }
  return undefined;
}

/**
 * A FHIR code word as this widget compares it: trimmed and in lower case, so `" Active "`,
 * `"HIGH"` and `"Severe"` read as the codes they spell. FHIR's status, criticality and
 * severity codes are all lower case, so no two of them differ only in case.
 */
export function codeWord(value: unknown): string | undefined {
  return asString(value)?.trim().toLowerCase() || undefined;
}

/**
 * The code of a status element. R4 sends a CodeableConcept; STU3 payloads (GP Connect,
 * still seen in the wild) send a bare string. Prefers a coding from `system` when given.
 * Returned as a `codeWord` (trimmed, lower case).
 */
export function statusCode(value: unknown, system?: string): string | undefined {
  if (typeof value === 'string') return codeWord(value);
  const list = codings(value);
  const preferred = system ? list.find((c) => asString(c.system)?.trim() === system && asString(c.code)) : undefined;
  return codeWord((preferred ?? firstCoded(value))?.code);
}

/** Words as a code: `Entered in error`, `entered_in_error` and `Entered-In-Error` all read `entered-in-error`. */
const wordsAsCode = (text: string): string => text.trim().toLowerCase().replace(/[\s_-]+/g, '-');

export interface StatusReading<T extends string> {
  /** The status, when the record states one of `allowed` by code or in words. */
  code?: T;
  /** What the record gave instead, exactly as sent, when it names no status this widget knows. */
  asSent?: string;
}

/**
 * A status element read against its value set. The code of a coding (from `system` when
 * there is one) or an STU3 bare string, compared as a `codeWord`; when that names no known
 * status, the concept's `text` or a coding's `display` when its words spell one
 * ("Refuted", "Entered in error"). A sender who gave only words meant them, and a refuted
 * or erroneous entry read as current is the hazard (H5). Anything else is returned as sent,
 * to be shown as written: never mapped to the nearest known status.
 */
export function readStatus<T extends string>(value: unknown, allowed: readonly T[], system?: string): StatusReading<T> {
  const known = (word: string | undefined): T | undefined =>
    word !== undefined && (allowed as readonly string[]).includes(word) ? (word as T) : undefined;
  const code = statusCode(value, system);
  const byCode = known(code);
  if (byCode) return { code: byCode };
  const words = conceptWords(value);
  for (const word of words) {
    const byWords = known(wordsAsCode(word));
    if (byWords) return { code: byWords };
  }
  const asSent = typeof value === 'string' ? asString(value)?.trim() : words[0]?.trim() ?? asString(firstCoded(value)?.code)?.trim();
  return asSent ? { asSent } : {};
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
  const text = conceptWords(value)[0] ?? code;
  return text ? { code, text } : undefined;
}
