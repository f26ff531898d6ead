/**
 * When and how long to wait before asking the record service again. Pure helpers (the
 * one timer is in `waitFor`), so the policy can be tested without a network.
 *
 * Only faults that a second attempt can plausibly cure are retried: the connection
 * failing, a gateway or service being briefly unavailable (502, 503, 504) and rate
 * limiting (429). Anything else (other 4xx, a refusal, a body that cannot be read, a
 * time-out) would fail the same way again, and a time-out has already used the wait the
 * host allowed.
 */
import type { Failure } from './model.js';

export const DEFAULT_RETRIES = 2;
/** More than this is never useful in front of a clinician and would only load the server. */
export const MAX_RETRIES = 5;
/** The first backoff; each further one doubles it (500 ms, 1000 ms, 2000 ms, …). */
export const BASE_BACKOFF_MS = 500;
/**
 * The longest `Retry-After` the widget will wait for on its own. A server asking for
 * longer is not retried early behind its back: the failure is shown at once, with the
 * wait it asked for, and the clinician can use "Try again".
 */
export const MAX_RETRY_AFTER_MS = 30_000;

export interface RetryInfo {
  /** Which retry is about to be made: 1 for the first, up to `retries`. */
  attempt: number;
  /** How long the widget waits before making it. */
  delayMs: number;
  /** Why the previous attempt failed. */
  failure: Failure;
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/** Network failures, 429 and 502–504 only; never other statuses, refusals, parse errors or time-outs. */
export function isRetryable(failure: Failure): boolean {
  if (failure.kind === 'network') return true;
  return failure.kind === 'http' && failure.status !== undefined && RETRYABLE_STATUS.has(failure.status);
}

/** `retries` as given by a host: a whole number from 0 to MAX_RETRIES; anything unusable means the default. */
export function retryCount(retries: number | undefined): number {
  if (retries === undefined || typeof retries !== 'number' || Number.isNaN(retries)) return DEFAULT_RETRIES;
  return Math.min(MAX_RETRIES, Math.max(0, Math.floor(retries)));
}

/**
 * A `Retry-After` header in milliseconds from now: delay-seconds (`120`) or an HTTP-date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`). A date in the past means "now" (0). Undefined when
 * absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only an HTTP-date is accepted, not whatever Date.parse tolerates (`1.5`, `-1`).
  if (!/^[A-Za-z]{3},? /.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with a little jitter (up to +20 %) so many widgets do not retry in step. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = BASE_BACKOFF_MS * 2 ** Math.max(0, attempt - 1);
  return Math.round(base * (1 + 0.2 * Math.min(1, Math.max(0, random()))));
}

/**
 * How long to wait before retry number `attempt`, or undefined when the server asked for
 * a longer wait than the widget will make (see MAX_RETRY_AFTER_MS).
 */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, random: () => number = Math.random): number | undefined {
  if (retryAfterMs === undefined) return backoffDelay(attempt, random);
  return retryAfterMs > MAX_RETRY_AFTER_MS ? undefined : retryAfterMs;
}

/** "30 seconds", "2 minutes": how a server's requested wait reads in a message. */
export function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 120) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} minutes`;
  return `${Math.ceil(minutes / 60)} hours`;
}

/**
 * A wait that the signal can end: `start` begins it and calls `done` when it is over; the
 * promise resolves then, or rejects with the signal's reason as soon as it aborts, after
 * undoing what `start` began (the function it returns). The listener is always removed, so
 * an abandoned wait leaves nothing running.
 */
export function untilAborted<T>(signal: AbortSignal, start: (done: (value: T) => void) => () => void): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      stop();
      reject(signal.reason);
    };
    const stop = start((value) => {
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts (the timer cleared). */
export function waitFor(ms: number, signal: AbortSignal): Promise<void> {
  return untilAborted<void>(signal, (done) => {
    const timer = setTimeout(done, ms);
    return () => clearTimeout(timer);
  });
}
