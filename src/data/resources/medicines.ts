/**
 * MedicationStatement and MedicationRequest → a medicine line, grouped repeat / acute /
 * other / stopped, or nothing (entered in error).
 */
import { codeWord, codings, conceptName, conceptText, type ConceptName } from '../codes.js';
import { dateOrVerbatim, dayOf, plannedDate } from '../dates.js';
import { asArray, asString, isObject, isResource, ownValue, type FhirResource, type Reference } from '../fhir.js';
import { medicineCurrency, type MedicineFacts } from '../medicine-currency.js';
import type { Medicine, MedicineGroup } from '../model.js';
import type { Resolver } from '../references.js';
import { notesOf, provenanceOf, quantityText } from './common.js';

export const UNRESOLVED_MEDICINE = 'Medicine name not available (reference could not be resolved)';
export const NO_NAME_MEDICINE = 'Medicine name not recorded';

/** HL7's course-of-therapy codes and the NHS extension of them (repeat dispensing). */
const COURSE_SYSTEMS = new Set([
  'http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy',
  'https://fhir.nhs.uk/CodeSystem/medicationrequest-course-of-therapy',
]);
const COURSE_BY_CODE: Record<string, Medicine['course']> = {
  continuous: 'repeat',
  'continuous-repeat-dispensing': 'repeat',
  acute: 'acute',
  seasonal: 'other',
};

type Course = NonNullable<Medicine['course']>;

function courseFromCode(cc: unknown): Course | undefined {
  for (const c of codings(cc)) {
    if (typeof c.code !== 'string' || (c.system !== undefined && !COURSE_SYSTEMS.has(c.system))) continue;
    const course = ownValue(COURSE_BY_CODE, c.code);
    if (course) return course;
  }
  return undefined;
}

/**
 * Course from extensions. UK Core's repeat-information and last-issue extensions exist only
 * for repeats. GP Connect STU3's prescription-type extension names the type directly
 * (`acute`, `acute-handwritten`, `repeat`, `repeat-dispensing`, …).
 */
function courseFromExtensions(resource: FhirResource): Course | undefined {
  for (const ext of asArray<unknown>(resource.extension)) {
    if (!isObject(ext) || typeof ext.url !== 'string') continue;
    if (ext.url.includes('PrescriptionType')) {
      const code = codings(ext.valueCodeableConcept).map((c) => c.code).find((c) => typeof c === 'string')
        ?? (isObject(ext.valueCoding) ? ext.valueCoding.code : undefined);
      if (typeof code === 'string' && code.startsWith('repeat')) return 'repeat';
      if (typeof code === 'string' && code.startsWith('acute')) return 'acute';
    }
  }
  for (const ext of asArray<unknown>(resource.extension)) {
    if (!isObject(ext) || typeof ext.url !== 'string') continue;
    if (ext.url.includes('MedicationStatementLastIssueDate') || ext.url.includes('MedicationRepeatInformation')) return 'repeat';
  }
  return undefined;
}

function ownCourse(resource: FhirResource): Course | undefined {
  return courseFromCode(resource.courseOfTherapyType) ?? courseFromExtensions(resource);
}

/**
 * A statement usually carries no course of its own; GP Connect puts it on the plan
 * MedicationRequest the statement is `basedOn`. One lookup per reference, no recursion.
 */
function courseOf(resource: FhirResource, resolve: Resolver): Course {
  const own = ownCourse(resource);
  if (own) return own;
  if (resource.resourceType === 'MedicationStatement') {
    for (const ref of asArray<unknown>(resource.basedOn)) {
      if (!isObject(ref)) continue;
      const request = resolve(ref as Reference, resource);
      if (isResource(request) && request.resourceType === 'MedicationRequest') {
        const course = ownCourse(request);
        if (course) return course;
      }
    }
  }
  return 'other';
}

function medicineName(resource: FhirResource, resolve: Resolver): ConceptName & { text: string } {
  const fromConcept = conceptName(resource.medicationCodeableConcept);
  if (fromConcept.text) return { text: fromConcept.text, coded: fromConcept.coded };
  const ref = resource.medicationReference;
  if (!isObject(ref) && typeof ref !== 'string') return { text: NO_NAME_MEDICINE, coded: false };
  const target = resolve(ref as Reference, resource);
  const medication = isResource(target) && target.resourceType === 'Medication' ? target : undefined;
  if (medication) {
    const fromMedication = conceptName(medication.code);
    if (fromMedication.text) return { text: fromMedication.text, coded: fromMedication.coded };
  }
  const display = isObject(ref) ? asString(ref.display) : undefined;
  if (display) return { text: display, coded: false };
  return { text: medication ? NO_NAME_MEDICINE : UNRESOLVED_MEDICINE, coded: false };
}

/**
 * A dose given only in structured form, spelled out plainly ("1 tablet, oral, 1 time per 1 d"),
 * so a coded dose is never reported as "not recorded". Values are shown as sent, not rounded.
 */
function structuredDose(d: Record<string, unknown>): string | undefined {
  const doses = asArray<unknown>(d.doseAndRate)
    .filter(isObject)
    .map((dr) => quantityText(dr.doseQuantity) ?? (isObject(dr.doseRange) ? [quantityText(dr.doseRange.low), quantityText(dr.doseRange.high)].filter(Boolean).join(' to ') : undefined))
    .filter((t): t is string => !!t);
  const route = conceptText(d.route);
  const repeat = isObject(d.timing) && isObject(d.timing.repeat) ? d.timing.repeat : undefined;
  const timing =
    repeat && typeof repeat.frequency === 'number' && typeof repeat.period === 'number'
      ? `${repeat.frequency} time${repeat.frequency === 1 ? '' : 's'} per ${repeat.period} ${asString(repeat.periodUnit) ?? ''}`.trim()
      : conceptText(isObject(d.timing) ? d.timing.code : undefined);
  const asNeeded = d.asNeededBoolean === true ? 'when required' : conceptText(d.asNeededCodeableConcept);
  const parts = [doses.join(', '), route, timing, asNeeded].filter((t): t is string => !!t);
  return parts.length ? parts.join(', ') : undefined;
}

/** Dosage texts; `patientInstruction`, then the structured dose, stand in when a sender gave no text. */
function doseOf(dosages: unknown): string | undefined {
  const texts = asArray<unknown>(dosages)
    .filter(isObject)
    .map((d) => asString(d.text) ?? asString(d.patientInstruction) ?? structuredDose(d))
    .filter((t): t is string => t !== undefined);
  return texts.length > 0 ? texts.join('; ') : undefined;
}

function reasonOf(resource: FhirResource, resolve: Resolver): string | undefined {
  const texts = [
    ...asArray<unknown>(resource.reasonCode).map((cc) => conceptText(cc)),
    ...asArray<unknown>(resource.reasonReference).map((ref) => {
      if (!isObject(ref)) return undefined;
      const target = resolve(ref as Reference, resource);
      return asString(ref.display) ?? (isResource(target) ? conceptText(target.code) : undefined);
    }),
  ].filter((t): t is string => t !== undefined);
  return texts.length > 0 ? texts.join('; ') : undefined;
}

export type MedicineOutcome = { group: 'hidden' } | { group: MedicineGroup; item: Medicine };

/** The calendar day a FHIR date or dateTime names, as written (no zone conversion); undefined if it is not one. */
function dayParts(raw: unknown): [number, number, number] | undefined {
  const m = typeof raw === 'string' ? /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(raw) : null;
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}

/** The facts medicine-currency.ts decides from, read from either resource type. */
function currencyFacts(resource: FhirResource, status: string | undefined, course: Course): MedicineFacts {
  const period = isObject(resource.effectivePeriod) ? resource.effectivePeriod : {};
  const dispense = isObject(resource.dispenseRequest) ? resource.dispenseRequest : {};
  const validity = isObject(dispense.validityPeriod) ? dispense.validityPeriod : {};
  const facts: MedicineFacts = { status, doNotPerform: resource.doNotPerform === true, course };
  const intent = codeWord(resource.intent);
  if (intent) facts.intent = intent;
  const end = dayParts(period.end) ?? dayParts(validity.end);
  if (end) facts.end = end;
  const start = dayParts(period.start) ?? dayParts(validity.start);
  if (start) facts.start = start;
  return facts;
}

export function readMedicine(resource: FhirResource, position: number, resolve: Resolver, now: Date): MedicineOutcome {
  const status = codeWord(resource.status);
  if (status === 'entered-in-error') return { group: 'hidden' };

  const name = medicineName(resource, resolve);
  const course = courseOf(resource, resolve);
  const currency = medicineCurrency(currencyFacts(resource, status || undefined, course), dayOf(now));
  const group = currency.group;
  const medicine: Medicine = {
    name: name.text,
    coded: name.coded,
    course,
    group,
    why: currency.why,
    notes: notesOf(resource.note),
    source: provenanceOf(resource, position),
  };
  if (resource.doNotPerform === true) medicine.prohibition = true;
  if (status) medicine.status = status;
  // Each resource has its own field name; a sender that used the other one is still read.
  const [own, other] = resource.resourceType === 'MedicationRequest' ? ['dosageInstruction', 'dosage'] : ['dosage', 'dosageInstruction'];
  const dose = doseOf(resource[own]) ?? doseOf(resource[other]);
  if (dose) medicine.dose = dose;

  const period = isObject(resource.effectivePeriod) ? resource.effectivePeriod : {};
  const start = dateOrVerbatim(resource.effectiveDateTime, now) ?? dateOrVerbatim(period.start, now);
  if (start) medicine.start = start;
  const validity = isObject(resource.dispenseRequest) && isObject(resource.dispenseRequest.validityPeriod) ? resource.dispenseRequest.validityPeriod : {};
  const end = plannedDate(period.end ?? validity.end, now);
  if (end) medicine.end = end;
  const authored = dateOrVerbatim(resource.authoredOn, now) ?? dateOrVerbatim(resource.dateAsserted, now);
  if (authored) medicine.authored = authored;
  const reason = reasonOf(resource, resolve);
  if (reason) medicine.reason = reason;
  return { group, item: medicine };
}
