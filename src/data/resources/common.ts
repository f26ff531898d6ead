/**
 * Readers shared by the per-resource modules: provenance, notes, dates with their [x]
 * choices, and people named by reference.
 */
import { dateOrVerbatim } from '../dates.js';
import { asArray, asString, isObject, isResource, type FhirResource, type Reference } from '../fhir.js';
import type { DateValue, Provenance } from '../model.js';
import { preferredName } from '../patient.js';
import type { Resolver } from '../references.js';

/**
 * `Type/id`; a resource without an id is named by its place in the payload instead, so an
 * auditor can still find it.
 */
export function provenanceOf(resource: FhirResource, position: number): Provenance {
  const id = asString(resource.id);
  return { kind: 'resource', ref: id ? `${resource.resourceType}/${id}` : `${resource.resourceType} (no id, item ${position + 1})` };
}

/** `note[].text` (Annotation), in order, blanks skipped. */
export function notesOf(value: unknown): string[] {
  return asArray<unknown>(value)
    .map((n) => (isObject(n) ? asString(n.text) : asString(n)))
    .filter((t): t is string => t !== undefined);
}

/** Texts of `value` (one or many strings), blanks skipped. */
export function textsOf(value: unknown): string[] {
  return asArray<unknown>(value)
    .map((v) => asString(v))
    .filter((t): t is string => t !== undefined);
}

/**
 * A Quantity (or Age) as `45 years`, `<5 mg`: its comparator, value and unit (else its code).
 * Undefined without a finite number, so `NaN mg` or `Infinity` is never shown as a dose or age.
 */
export function quantityText(q: unknown): string | undefined {
  if (!isObject(q) || typeof q.value !== 'number' || !Number.isFinite(q.value)) return undefined;
  const unit = asString(q.unit) ?? asString(q.code);
  const comparator = asString(q.comparator) ?? '';
  return `${comparator}${q.value}${unit ? ` ${unit}` : ''}`;
}

/**
 * A choice-of-type date such as `onset[x]` or `abatement[x]`:
 * `…DateTime` and `…Period` are formatted; `…String` is shown verbatim; `…Age` and
 * `…Range` become "Age 45 years" / "Age 40–50 years". Verbatim and age forms carry
 * precision `year`, the weakest claim, because they are not calendar dates.
 * `end` picks the end of a Period (for abatement), else its start.
 */
export function choiceDate(resource: Record<string, unknown>, prefix: string, now: Date, end = false): DateValue | undefined {
  const dateTime = dateOrVerbatim(resource[`${prefix}DateTime`], now);
  if (dateTime) return dateTime;
  const period = resource[`${prefix}Period`];
  if (isObject(period)) {
    const fromPeriod = end
      ? dateOrVerbatim(period.end, now) ?? dateOrVerbatim(period.start, now)
      : dateOrVerbatim(period.start, now) ?? dateOrVerbatim(period.end, now);
    if (fromPeriod) return fromPeriod;
  }
  const text = resource[`${prefix}String`];
  if (typeof text === 'string' && text.trim() !== '') {
    // A sender may put a FHIR date in the string form; format it when it is one.
    return dateOrVerbatim(text, now);
  }
  const age = quantityText(resource[`${prefix}Age`]);
  if (age) return { raw: age, text: `Age ${age}`, precision: 'year' };
  const range = resource[`${prefix}Range`];
  if (isObject(range)) {
    const low = quantityText(range.low);
    const high = quantityText(range.high);
    const text = low && high ? `${low} to ${high}` : low ? `${low} or older` : high ? `up to ${high}` : undefined;
    if (text) return { raw: text, text: `Age ${text}`, precision: 'year' };
  }
  return undefined;
}

/**
 * The name of the person or organisation a reference points to: its `display` first (what
 * the sender chose to show), else the resolved resource's name. A PractitionerRole is
 * followed to its practitioner with one more explicit lookup, never recursively.
 */
export function nameOfReference(ref: unknown, container: FhirResource, resolve: Resolver): string | undefined {
  if (!isObject(ref)) return undefined;
  const display = asString(ref.display);
  if (display) return display;
  const target = resolve(ref as Reference, container);
  if (!isResource(target)) return undefined;
  if (target.resourceType === 'PractitionerRole') {
    const practitioner = isObject(target.practitioner) ? target.practitioner : undefined;
    const person = asString(practitioner?.display) ?? nameOf(resolve(practitioner as Reference | undefined, target));
    const org = isObject(target.organization)
      ? asString(target.organization.display) ?? nameOf(resolve(target.organization as Reference, target))
      : undefined;
    return person && org ? `${person}, ${org}` : person ?? org;
  }
  return nameOf(target);
}

function nameOf(resource: FhirResource | undefined): string | undefined {
  if (!isResource(resource)) return undefined;
  // Organization and Location name is a string; Practitioner, Patient, RelatedPerson a HumanName[].
  return typeof resource.name === 'string' ? asString(resource.name) : preferredName(resource.name);
}

/**
 * Adds `by` to `counts[key]`. The key is a resource type from the payload, so it may be
 * `constructor` or `__proto__`: only the table's own entry is read, and the entry is defined
 * rather than assigned, so `__proto__` becomes a count like any other instead of a prototype.
 */
export function bump(counts: Record<string, number>, key: string, by = 1): void {
  const value = (Object.hasOwn(counts, key) ? counts[key] : 0) + by;
  Object.defineProperty(counts, key, { value, enumerable: true, writable: true, configurable: true });
}
