/** OperationOutcome: an error or a refusal sent instead of a record (domain §2c). */
import { conceptWords } from './codes.js';
import { asArray, asString, isObject, type FhirResource } from './fhir.js';
import type { Failure, RecordWarning } from './model.js';

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

/** The words of one issue: its diagnostics, else its details' text or first display. */
function issueText(issue: Record<string, unknown>): string | undefined {
  return asString(issue.diagnostics) ?? conceptWords(issue.details)[0];
}

/**
 * An OperationOutcome that arrives INSIDE a Bundle (a searchset's `search.mode: outcome`, or a
 * batch part) is the server's note about the result, e.g. that some entries were withheld or
 * could not be read. Counting it as "not displayed" would hide that note, so each issue with
 * words is shown as a warning (hazard H6).
 */
export function outcomeWarnings(outcome: FhirResource): RecordWarning[] {
  return asArray<unknown>(outcome.issue)
    .filter(isObject)
    .map((issue) => ({ text: issueText(issue), severity: asString(issue.severity) }))
    .filter((i): i is { text: string; severity: string | undefined } => i.text !== undefined)
    .map(({ text, severity }) => ({
      kind: 'service' as const,
      text: `The record service attached a note to this record${severity ? ` (${severity})` : ''}: ${text}`,
    }));
}
