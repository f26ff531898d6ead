/**
 * Whose record is this (hazard H1)? Every NHS number the payload states must be the one the
 * host asked for. A payload states a number in three places: a `Patient` resource (in the
 * Bundle or `contained` in another resource), and the `identifier` of a `subject` or
 * `patient` reference, which a sender may use instead of a Patient resource; each under the
 * NHS number system or its OID (`isNhsNumberSystem`). Every identifier counts, a Patient's
 * second one and one marked `old` included. A record whose entries name two different
 * patients is blocked as a whole: showing "the part that matches" would trust a payload that
 * has already shown it mixes people up.
 */
import { asArray, isObject, isResource, type FhirResource } from './fhir.js';
import type { Failure, PatientIdentity } from './model.js';
import { formatNhsNumber } from './nhs-number.js';
import { nhsNumbersOf, readPatient, statedNumbers } from './patient.js';

/** The fields by which a resource names the patient it is about. */
const PATIENT_REFERENCE_FIELDS = ['subject', 'patient'] as const;

/** Patient resources in the payload, including those contained in other resources. */
function patientsOf(resources: FhirResource[]): FhirResource[] {
  const out: FhirResource[] = [];
  for (const r of resources) {
    if (r.resourceType === 'Patient') out.push(r);
    for (const inner of asArray<unknown>(r.contained)) {
      if (isResource(inner) && inner.resourceType === 'Patient') out.push(inner);
    }
  }
  return out;
}

/** NHS numbers stated by reference identifiers (`subject.identifier`, `patient.identifier`), spaces removed. */
function referencedNhsNumbers(resource: FhirResource): string[] {
  return PATIENT_REFERENCE_FIELDS.flatMap((field) =>
    asArray<unknown>(resource[field]).flatMap((ref) => (isObject(ref) && isObject(ref.identifier) ? statedNumbers(ref.identifier).map((n) => n.digits) : [])),
  );
}

export interface IdentityCheck {
  identity: PatientIdentity;
  /** The Patient resource the identity was read from, when there is one (for the registered practice, H12). */
  patient?: FhirResource;
  failure?: Failure;
}

export const MISMATCH_MESSAGE = (requested: string) =>
  `The record returned is for a different NHS number than the one requested (${formatNhsNumber(requested)}). It has not been shown.`;
export const MIXED_MESSAGE =
  'The record returned names more than one NHS number, so it may mix two patients’ information. It has not been shown.';

/**
 * The identity the record states, or a `patient-mismatch` failure when any NHS number in it
 * differs from the one requested (or, when none was requested, from another number in it).
 */
export function checkIdentity(resources: FhirResource[], requested: string | undefined): IdentityCheck {
  const patients = patientsOf(resources);
  const read = patients.map(readPatient);
  const stated = new Set<string>([
    // Every number each Patient states, not only the one shown: a second identifier naming
    // someone else must not hide behind the first, whichever order they come in.
    ...patients.flatMap(nhsNumbersOf),
    ...resources.flatMap(referencedNhsNumbers),
  ]);
  if (requested && [...stated].some((n) => n !== requested)) {
    return { identity: {}, failure: { kind: 'patient-mismatch', message: MISMATCH_MESSAGE(requested) } };
  }
  if (!requested && stated.size > 1) {
    return { identity: {}, failure: { kind: 'patient-mismatch', message: MIXED_MESSAGE } };
  }
  const index = Math.max(0, read.findIndex((p) => p.nhsNumber));
  // A number stated only by a reference still confirms identity; the name and birth date come from a Patient when there is one.
  const number = read[index]?.nhsNumber ?? [...stated][0];
  const identity: PatientIdentity = { ...(read[index] ?? {}) };
  if (number) identity.nhsNumber = number;
  return { identity, patient: patients[index] };
}
