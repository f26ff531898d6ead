/**
 * Where a record came from and when it was written (hazard H12), for payloads that have no
 * SCR `Title` section to say so: an IPS or other document, or structured resources.
 *
 * Only what the payload states is used, under the meaning the header's labels carry:
 * - "Summary created": the Composition's `date` (when the document was written). A Bundle's
 *   `timestamp` is when the response was assembled, not when the summary was made, so it is
 *   never shown as the creation time.
 * - "Created by": the Composition's `author`s.
 * - "GP practice": the Patient's `generalPractitioner` that is an Organization (the patient's
 *   registered practice), never a Practitioner or the document's custodian.
 * An SCR's own Title section wins for every field it fills.
 */
import { dateOrVerbatim } from './dates.js';
import { asArray, asString, isObject, isResource, type FhirResource, type Reference } from './fhir.js';
import type { RecordHeader } from './model.js';
import type { Resolver } from './references.js';
import { nameOfReference } from './resources/common.js';

/** The registered practice named by a Patient, by display or through its Organization. */
function practiceOf(patient: FhirResource | undefined, resolve: Resolver): string | undefined {
  if (!patient) return undefined;
  for (const ref of asArray<unknown>(patient.generalPractitioner)) {
    if (!isObject(ref)) continue;
    const target = resolve(ref as Reference, patient);
    const type = isResource(target) ? target.resourceType : typeOfReference(ref);
    if (type !== 'Organization') continue;
    const name = nameOfReference(ref, patient, resolve);
    if (name) return name;
  }
  return undefined;
}

/** `Organization` from `Organization/123` or `{ type: 'Organization' }`, for a reference that points outside the payload. */
function typeOfReference(ref: Record<string, unknown>): string | undefined {
  const type = asString(ref.type);
  if (type) return type;
  return /(?:^|\/)(Organization)\/[^/]+$/.exec(asString(ref.reference) ?? '')?.[1];
}

function authorsOf(composition: FhirResource, resolve: Resolver): string | undefined {
  const names = asArray<unknown>(composition.author)
    .map((ref) => nameOfReference(ref, composition, resolve))
    .filter((n): n is string => n !== undefined);
  return names.length ? names.join('; ') : undefined;
}

/**
 * Fills the header fields the document itself left empty. `patient` is the Patient whose
 * identity the record states.
 */
export function completeHeader(
  header: RecordHeader,
  composition: FhirResource | undefined,
  patient: FhirResource | undefined,
  resolve: Resolver,
  now: Date,
): RecordHeader {
  const out: RecordHeader = { ...header };
  if (composition) {
    const created = dateOrVerbatim(composition.date, now);
    if (out.created === undefined && created) out.created = created.text;
    const author = authorsOf(composition, resolve);
    if (out.author === undefined && author) out.author = author;
  }
  const practice = practiceOf(patient, resolve);
  if (out.practice === undefined && practice) out.practice = practice;
  return out;
}
