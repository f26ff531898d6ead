/**
 * Who the record says it is about (hazard H1): NHS number, name, date of birth.
 */
import { dateOrVerbatim } from './dates.js';
import { asArray, asString, isObject } from './fhir.js';
import type { PatientIdentity } from './model.js';
import { isNhsNumberSystem } from './nhs-number.js';

interface StatedNumber {
  digits: string;
  old: boolean;
}

/**
 * Every NHS number the identifiers state, under either NHS number system, with spaces
 * removed. Not validated here: a malformed number is still the record's claim and must
 * reach the identity check, which would wrongly treat "no number" as "identity not stated"
 * if it were dropped.
 */
export function statedNumbers(identifiers: unknown): StatedNumber[] {
  const out: StatedNumber[] = [];
  for (const id of asArray<unknown>(identifiers)) {
    if (!isObject(id) || !isNhsNumberSystem(id.system)) continue;
    const digits = asString(id.value)?.replace(/\s+/g, '');
    if (digits) out.push({ digits, old: id.use === 'old' });
  }
  return out;
}

/**
 * All the NHS numbers a Patient states, `old` ones included, for the identity check (H1):
 * any one of them that differs from the number asked for is a mismatch. A superseded number
 * that differs is not waved through: the widget cannot tell a merged record from a
 * misfiled one, and a clinician can resolve a blocked record where a wrong one would mislead.
 */
export function nhsNumbersOf(patient: unknown): string[] {
  if (!isObject(patient)) return [];
  return [...new Set(statedNumbers(patient.identifier).map((n) => n.digits))];
}

/** The number to show: a current one when both a current and an `old` one are stated. */
function shownNhsNumber(identifiers: unknown): string | undefined {
  const stated = statedNumbers(identifiers);
  return (stated.find((n) => !n.old) ?? stated[0])?.digits;
}

/**
 * A HumanName in the NHS CUI order: `SMITH, Richard John (Mr)`. `text` wins when present
 * because it is how the source chose to show the name.
 */
export function formatHumanName(name: unknown): string | undefined {
  if (!isObject(name)) return undefined;
  const text = asString(name.text);
  if (text) return text.trim();
  const words = (value: unknown): string[] =>
    asArray<unknown>(value)
      .map((v) => asString(v)?.trim())
      .filter((v): v is string => v !== undefined);
  const family = asString(name.family)?.trim().toUpperCase();
  const given = words(name.given).join(' ');
  const prefix = words(name.prefix).join(' ');
  let out = family ?? '';
  if (given) out = out ? `${out}, ${given}` : given;
  if (prefix) out = out ? `${out} (${prefix})` : prefix;
  return out || undefined;
}

/** The official name, else the usual one, else the first that is not marked old. */
export function preferredName(names: unknown): string | undefined {
  const list = asArray<unknown>(names).filter(isObject);
  const ordered = [
    ...list.filter((n) => n.use === 'official'),
    ...list.filter((n) => n.use === 'usual'),
    ...list.filter((n) => n.use !== 'old' && n.use !== 'official' && n.use !== 'usual'),
    ...list.filter((n) => n.use === 'old'),
  ];
  for (const name of ordered) {
    const formatted = formatHumanName(name);
    if (formatted) return formatted;
  }
  return undefined;
}

export function readPatient(patient: unknown): PatientIdentity {
  if (!isObject(patient)) return {};
  const identity: PatientIdentity = {};
  const nhsNumber = shownNhsNumber(patient.identifier);
  if (nhsNumber) identity.nhsNumber = nhsNumber;
  const name = preferredName(patient.name);
  if (name) identity.name = name;
  const birthDate = dateOrVerbatim(patient.birthDate);
  if (birthDate) identity.birthDate = birthDate;
  return identity;
}
