/** OperationOutcome: an error or a refusal sent instead of a record (domain §2c). */
import { asArray, asString, isObject, type FhirResource } from './fhir.js';
import type { Failure } from './model.js';

export const REFUSED_MESSAGE =
  'Access to this Summary Care Record was refused. The patient may not have given permission to view it.';

export function outcomeFailure(outcome: FhirResource): Failure {
  const issues = asArray<Record<string, unknown>>(outcome.issue).filter(isObject);
  const diagnostics = issues
    .map((i) => asString(i.diagnostics) ?? asString((i.details as { text?: unknown } | undefined)?.text))
    .filter((t): t is string => !!t)
    .join(' ');
  const refused =
    issues.some((i) => i.code === 'forbidden' || i.code === 'security') || /PSIS-30418|ACF does not permit/i.test(diagnostics);
  return refused
    ? { kind: 'refused', message: REFUSED_MESSAGE, diagnostics: diagnostics || undefined }
    : { kind: 'http', message: 'The record service reported an error instead of a record.', diagnostics: diagnostics || undefined };
}
