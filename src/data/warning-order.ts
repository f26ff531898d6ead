/**
 * Which warning is the most serious, as data: the card lists record-level warnings in this
 * order (stable within a kind) and the strip names the first. Identity comes first (acting on
 * the wrong patient's record), then the permission to view, a record contradicting itself,
 * a record that may be incomplete, the practice's highlighted statements (information
 * withheld, recently registered), then notes about how the record could be read.
 */
import type { RecordWarning, WarningKind } from './model.js';

export const WARNING_ORDER: readonly WarningKind[] = [
  'identity',
  'consent',
  'contradiction',
  'incomplete',
  'highlighted',
  'ambiguous-reference',
  'not-in-narrative',
  'document',
  'service',
  'list-warning',
];

/** Lower is more serious; a kind missing from the table sorts last rather than vanishing. */
export function severityOf(kind: WarningKind): number {
  const at = WARNING_ORDER.indexOf(kind);
  return at < 0 ? WARNING_ORDER.length : at;
}

/** The warnings most serious first; the record's own order within a kind. */
export function orderWarnings(warnings: readonly RecordWarning[]): RecordWarning[] {
  // The sort is stable: within a kind, the record's order is kept.
  return [...warnings].sort((a, b) => severityOf(a.kind) - severityOf(b.kind));
}
