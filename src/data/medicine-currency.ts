/**
 * Is a coded medicine current? One table, the only place this is decided (issue 11 class 2,
 * hazard H5; docs/clinical-safety.md repeats it). Rows are tried in order; the first that
 * applies decides:
 *
 * | # | evidence                                                                 | group         |
 * |---|--------------------------------------------------------------------------|---------------|
 * | 1 | `doNotPerform: true`, status stopped / cancelled / completed / ended     | `stopped` (a prohibition that ended) |
 * | 2 | `doNotPerform: true`, any other status                                   | `prohibited` ("Do not give") |
 * | 3 | status `stopped`, `cancelled`, `not-taken`, `completed`                  | `stopped`     |
 * | 4 | status `on-hold` (or `suspended`)                                        | `on-hold`     |
 * | 5 | status `draft`, `intended`, `unknown`, absent, or not an R4 status        | `unconfirmed` |
 * | 6 | MedicationRequest `intent` `proposal` or `plan`                          | `unconfirmed` |
 * | 7 | an end date (`effectivePeriod.end`, `dispenseRequest.validityPeriod.end`) before today | `stopped` (ended) |
 * | 8 | a start date (`effectivePeriod.start`) after today                       | `unconfirmed` (not started) |
 * | 9 | status `active`                                                          | current: `repeat`, `acute` or `other` by course |
 *
 * Dates are compared as calendar days: an end date of today is still current today.
 */
import { compareDay } from './dates.js';
import type { MedicineGroup } from './model.js';

export type Course = 'repeat' | 'acute' | 'other';

export interface MedicineFacts {
  /** The status word, trimmed and lower-cased; undefined when absent. */
  status?: string;
  /** MedicationRequest `intent`, lower-cased. */
  intent?: string;
  doNotPerform: boolean;
  /** Calendar day `[y, m, d]` (0 for a part a partial date lacks) of the end of the period the medicine is for. */
  end?: [number, number, number];
  start?: [number, number, number];
  course: Course;
}

export interface Currency {
  group: MedicineGroup;
  /** The row's reason, in a word the views can show (`completed`, `ended`, `do-not-perform`, `intent-plan`, …). */
  why: string;
}

const ENDED_STATUSES = new Set(['stopped', 'cancelled', 'not-taken', 'completed']);
const UNCONFIRMED_STATUSES = new Set(['draft', 'intended', 'unknown']);
const NOT_ORDERS = new Set(['proposal', 'plan']);

export function medicineCurrency(facts: MedicineFacts, today: [number, number, number]): Currency {
  const status = facts.status;
  const ended = facts.end !== undefined && compareDay(facts.end, today) < 0;
  if (facts.doNotPerform) {
    if ((status && ENDED_STATUSES.has(status)) || ended) return { group: 'stopped', why: 'prohibition-ended' };
    return { group: 'prohibited', why: 'do-not-perform' };
  }
  if (status && ENDED_STATUSES.has(status)) return { group: 'stopped', why: status };
  if (status === 'on-hold' || status === 'suspended') return { group: 'on-hold', why: 'on-hold' };
  if (status === undefined) return { group: 'unconfirmed', why: 'no-status' };
  if (UNCONFIRMED_STATUSES.has(status)) return { group: 'unconfirmed', why: status };
  if (status !== 'active') return { group: 'unconfirmed', why: 'unrecognised-status' };
  if (facts.intent && NOT_ORDERS.has(facts.intent)) return { group: 'unconfirmed', why: `intent-${facts.intent}` };
  if (ended) return { group: 'stopped', why: 'ended' };
  if (facts.start !== undefined && compareDay(facts.start, today) > 0) return { group: 'unconfirmed', why: 'not-started' };
  return { group: facts.course, why: 'active' };
}
