/**
 * Who the record says it is about (hazard H1): NHS number, name, date of birth.
 */
import { dateOrVerbatim } from './dates.js';
import { asArray, asString, isObject } from './fhir.js';
import type { PatientIdentity } from './model.js';

export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';

/**
 * The NHS number as the record states it, with spaces removed. Not validated here: a
 * malformed number is still the record's claim and must reach the identity check, which
 * would wrongly treat "no number" as "identity not stated" if it were dropped.
 */
function nhsNumberOf(identifiers: unknown): string | undefined {
  const candidates = asArray<unknown>(identifiers).filter(
    (id): id is Record<string, unknown> => isObject(id) && id.system === NHS_NUMBER_SYSTEM && asString(id.value) !== undefined,
  );
  // An identifier marked `old` is a superseded number: prefer a current one when both exist.
  const chosen = candidates.find((id) => id.use !== 'old') ?? candidates[0];
  return chosen ? (chosen.value as string).replace(/\s+/g, '') : undefined;
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
  const nhsNumber = nhsNumberOf(patient.identifier);
  if (nhsNumber) identity.nhsNumber = nhsNumber;
  const name = preferredName(patient.name);
  if (name) identity.name = name;
  const birthDate = dateOrVerbatim(patient.birthDate);
  if (birthDate) identity.birthDate = birthDate;
  return identity;
}
