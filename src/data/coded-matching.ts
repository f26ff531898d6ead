/**
 * An SCR document's coded resources against its text (issue 11 class 1, hazard H4). The
 * narrative tables are the SCR's own display of the record; a coded resource is left out of
 * the card only when it is shown to be one of the narrative's entries: the same item by
 * normalised name, and the same calendar day where both give a date. Each narrative entry
 * stands for at most one resource. Every other coded resource is shown in its group and said
 * not to be in the text, so nothing the record holds is hidden on the strength of a guess.
 */
import { conceptWords } from './codes.js';
import { narrativeDay, pad2 } from './dates.js';
import { asArray, asString, isObject, isResource, type FhirResource, type Reference } from './fhir.js';
import type { NarrativeEntry, Section, SectionGroup } from './model.js';
import type { Resolver } from './references.js';

/** Case, accents' compatibility forms, punctuation and spacing do not make two names different. */
export function normalisedName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Every name a concept gives: its text and each coding's display (a bare string is its own name). */
const conceptNames = (cc: unknown): string[] => (typeof cc === 'string' ? [cc] : conceptWords(cc));

function medicationNames(resource: FhirResource, resolve: Resolver): string[] {
  const names = conceptNames(resource.medicationCodeableConcept);
  const ref = resource.medicationReference;
  if (isObject(ref)) {
    const display = asString(ref.display);
    if (display) names.push(display);
    const target = resolve(ref as Reference, resource);
    if (isResource(target) && target.resourceType === 'Medication') names.push(...conceptNames(target.code));
  }
  return names;
}

/** The names by which a resource may appear in the narrative. */
function namesOf(resource: FhirResource, resolve: Resolver): string[] {
  switch (resource.resourceType) {
    case 'AllergyIntolerance':
      return [
        ...conceptNames(resource.code),
        ...asArray<unknown>(resource.reaction).flatMap((r) => (isObject(r) ? conceptNames(r.substance) : [])),
      ];
    case 'MedicationStatement':
    case 'MedicationRequest':
      return medicationNames(resource, resolve);
    default:
      return conceptNames(resource.code);
  }
}

/** Date fields a narrative's Date column may show for each type (the first day of a period). */
const DATE_FIELDS = [
  'onsetDateTime', 'recordedDate', 'assertedDate', 'lastOccurrence', 'effectiveDateTime', 'authoredOn', 'dateAsserted',
  'issued', 'performedDateTime', 'date',
];
const PERIOD_FIELDS = ['onsetPeriod', 'effectivePeriod', 'performedPeriod'];

function daysOf(resource: FhirResource): string[] {
  const raw = [
    ...DATE_FIELDS.map((f) => resource[f]),
    ...PERIOD_FIELDS.map((f) => (isObject(resource[f]) ? (resource[f] as Record<string, unknown>).start : undefined)),
  ];
  return raw
    .map((v) => (typeof v === 'string' ? /^\s*(\d{4}-\d{2}-\d{2})/.exec(v)?.[1] : undefined))
    .filter((d): d is string => d !== undefined);
}

export function groupOfResource(type: string): SectionGroup {
  if (type === 'AllergyIntolerance') return 'allergies';
  if (type === 'MedicationStatement' || type === 'MedicationRequest') return 'medications';
  return 'additional';
}

interface Target {
  name: string;
  /** `YYYY-MM-DD`, when the narrative gives a readable date. */
  day?: string;
  /** The narrative gave a date that could not be read: no date to agree with, so no match on name alone. */
  unreadableDate: boolean;
  used: boolean;
}

const iso = (d: [number, number, number]) => `${d[0]}-${pad2(d[1])}-${pad2(d[2])}`;

function targetOf(entry: NarrativeEntry | string, now: Date): Target {
  if (typeof entry === 'string') return { name: normalisedName(entry), unreadableDate: false, used: false };
  const day = entry.date ? narrativeDay(entry.date, now) : undefined;
  return { name: normalisedName(entry.name), day: day && iso(day), unreadableDate: !!entry.date && !day, used: false };
}

/**
 * Splits a document's clinical resources into those matched to a narrative entry (counted,
 * not shown twice) and the rest (shown, marked as not in the text).
 */
export function matchToNarrative(
  resources: FhirResource[],
  sections: Section[],
  resolve: Resolver,
  now: Date,
): { matched: FhirResource[]; unmatched: FhirResource[] } {
  const targets = new Map<SectionGroup, Target[]>();
  for (const s of sections) {
    const list = targets.get(s.group) ?? [];
    list.push(...s.reading.entries.map((e) => targetOf(e, now)), ...s.reading.negations.map((n) => targetOf(n, now)));
    targets.set(s.group, list);
  }
  const matched: FhirResource[] = [];
  const unmatched: FhirResource[] = [];
  for (const resource of resources) {
    const names = new Set(namesOf(resource, resolve).map(normalisedName).filter((n) => n !== ''));
    const days = daysOf(resource);
    const target = (targets.get(groupOfResource(resource.resourceType)) ?? []).find(
      (t) => !t.used && names.has(t.name) && !t.unreadableDate && (t.day === undefined || days.length === 0 || days.includes(t.day)),
    );
    if (target) {
      target.used = true;
      matched.push(resource);
    } else unmatched.push(resource);
  }
  return { matched, unmatched };
}
