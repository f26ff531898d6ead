/**
 * How a failure is presented to a clinician, decided as data: which title and advice it
 * gets (its own for each decision or record problem), whether it is a technical fault
 * (for IT staff) or something a clinician must act on, and whether "Try again" can help.
 */
import type { Failure, FailureKind } from './model.js';

/** The key of a failure's title and advice in the strings table. */
export type FailureTitleKey = FailureKind | NonNullable<Failure['cause']> | 'server';

/** Faults of the connection, the service or this system's set-up, not of the patient's record or a decision about it. */
const TECHNICAL: ReadonlySet<FailureKind> = new Set<FailureKind>(['network', 'timeout', 'http', 'parse', 'unauthorized', 'config']);

/** Statuses a later attempt can plausibly cure: rate limiting and a server or gateway fault. */
const RETRY_STATUS = (status: number) => status === 429 || status >= 500;

export function failureTitleKey(failure: Failure): FailureTitleKey {
  if (failure.cause) return failure.cause;
  if (failure.kind === 'http' && (failure.status === undefined || failure.status >= 500)) return 'server';
  return failure.kind;
}

export function isTechnicalFailure(failure: Failure): boolean {
  return TECHNICAL.has(failure.kind);
}

/**
 * "Try again" only where asking again can change the answer: the connection, a time-out,
 * a server fault or rate limit, a record that changed while it was read. Never a refusal,
 * an opt-out, a declined permission, another patient's record, an invalid number, a format
 * this widget does not read, a document entered in error, a sign-in or a setting.
 */
export function retryHelps(failure: Failure): boolean {
  switch (failure.kind) {
    case 'network':
    case 'timeout':
    case 'record-changed':
      return true;
    case 'http':
      return failure.status === undefined || RETRY_STATUS(failure.status);
    default:
      return false;
  }
}

export interface FailurePresentation {
  /** Key of the title and advice in the strings table. */
  key: FailureTitleKey;
  technical: boolean;
  retry: boolean;
  /** The failure's message is one this widget writes in a clinician's words (from its strings table), so it is shown, not only kept for IT staff. */
  plainMessage: boolean;
}

/** Kinds whose message is written by this widget in plain words; the others may carry the service's or the format's vocabulary. */
const PLAIN_MESSAGE: ReadonlySet<FailureKind> = new Set<FailureKind>([
  'refused', 'permission-declined', 'record-changed', 'config', 'invalid-nhs-number', 'patient-mismatch', 'entered-in-error',
]);

export function failurePresentation(failure: Failure): FailurePresentation {
  return { key: failureTitleKey(failure), technical: isTechnicalFailure(failure), retry: retryHelps(failure), plainMessage: PLAIN_MESSAGE.has(failure.kind) };
}
