/**
 * The request to the host's endpoint, and every way it can fail, as a typed failure.
 * Nothing here throws except an abort requested by the caller (a newer request replaced
 * this one), which the caller discards. Retries follow the policy in retry.ts.
 */
import { nextTask } from './steps.js';
import { contentTypeVersion } from './detect.js';
import { isResource } from './fhir.js';
import { NHS_NUMBER_SYSTEM } from './nhs-number.js';
import type { Failure } from './model.js';
import { outcomeFailure, REFUSED_MESSAGE } from './outcome.js';
export type { RetryInfo } from './retry.js';
import { describeWait, isRetryable, parseRetryAfter, retryCount, retryDelay, waitFor, type RetryInfo } from './retry.js';

/** A body ready for the normaliser (and the status it came with), or why there is none. */
export type FetchResult = { ok: true; body: unknown; status: number } | { ok: false; failure: Failure };

export const DEFAULT_TIMEOUT_MS = 20000;

/**
 * `{nhsNumber}` in the endpoint is replaced by the ten digits; otherwise the number is
 * sent as a FHIR `patient` search parameter. Relative endpoints resolve against the page.
 */
export function buildRequestUrl(endpoint: string, nhsNumber: string, base: string): string {
  if (endpoint.includes('{nhsNumber}')) return new URL(endpoint.split('{nhsNumber}').join(nhsNumber), base).href;
  const url = new URL(endpoint, base);
  const param = `patient=${encodeURIComponent(`${NHS_NUMBER_SYSTEM}|${nhsNumber}`)}`;
  url.search = url.search ? `${url.search}&${param}` : `?${param}`;
  return url.href;
}

export interface RequestOptions {
  signal: AbortSignal;
  /**
   * The longest the whole request may take, retries and their waits included (default
   * 20000). A time-out is not retried: the host's wait is used up.
   */
  timeoutMs?: number;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
  credentials?: RequestCredentials;
  /** How many times network failures, 429 and 502–504 are retried (default 2, at most 5; 0 disables). */
  retries?: number;
  /** Called before each retry's wait, e.g. to show "Retrying (attempt 1 of 2)". */
  onRetry?: (info: RetryInfo) => void;
  /** `GET` (default) or `POST` (the SCR API's access alert). Retries resend the same request, headers included. */
  method?: 'GET' | 'POST';
  /** The request body, for a POST. */
  body?: string;
  /** A 2xx answer with an empty body is a success (`body: undefined`), not a parse failure: an alert's `201`. */
  emptyOk?: boolean;
}

/**
 * A body larger than this is not read: no SCR comes near it (real ones are well under
 * 1 MB), and reading an endless or enormous body would freeze or crash the host's tab.
 */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** Characters of a body above which parsing and building the card run as separate tasks (a few hundred entries). */
const LONG_BODY = 512 * 1024;

/** setTimeout fires at once for delays beyond 2^31-1 ms; a huge `timeout` must not mean "none". */
const MAX_TIMER_MS = 2 ** 31 - 1;

function timeoutOf(value: number | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return DEFAULT_TIMEOUT_MS;
  return Math.min(value, MAX_TIMER_MS);
}

/** "20 seconds", "1.5 seconds": never "0 seconds" for a sub-second time-out. */
function describeTimeout(ms: number): string {
  const seconds = ms / 1000;
  const text = seconds >= 10 ? String(Math.round(seconds)) : String(Math.round(seconds * 10) / 10);
  return `${text} ${text === '1' ? 'second' : 'seconds'}`;
}

function describeStatus(status: number): string {
  switch (status) {
    case 404:
      return 'The record service found nothing at this address (HTTP 404). This does not show whether the patient has a record; the endpoint may be misconfigured.';
    case 429:
      return 'The record service is receiving too many requests (HTTP 429).';
    case 500:
      return 'The record service had an internal error (HTTP 500).';
    case 502:
      return 'A gateway between this system and the record service received a bad answer (HTTP 502).';
    case 503:
      return 'The record service is temporarily unavailable (HTTP 503).';
    case 504:
      return 'A gateway timed out waiting for the record service (HTTP 504).';
    default:
      if (status >= 500) return `The record service failed (HTTP ${status}).`;
      if (status >= 400) return `The record service rejected the request (HTTP ${status}).`;
      return `The record service answered with HTTP ${status}, which is not a record.`;
  }
}

const TOO_LARGE_MESSAGE = `The record service sent a response larger than ${MAX_BODY_BYTES / 1024 / 1024} MB, which is not a Summary Care Record. It has not been read.`;

/** The body as text, or undefined when it is larger than MAX_BODY_BYTES (then it is cancelled, not read). */
async function readBody(response: Response): Promise<string | undefined> {
  if (response.status === 204 || !response.body) return '';
  const declared = Number(response.headers.get('content-length') ?? '');
  if (declared > MAX_BODY_BYTES) {
    // Not awaited: cancelling a teed stream (a host fetch that returns a clone) only settles
    // when every branch is cancelled, and the answer must not wait for that.
    response.body.cancel().catch(() => undefined);
    return undefined;
  }
  const reader = response.body.getReader();
  // Decoded as UTF-8 whatever the charset says, exactly as Response.text() does.
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const looksLikeHtml = (text: string, contentType: string) => /text\/html/i.test(contentType) || /^\s*</.test(text);

/**
 * 401 is a sign-in problem; 403 and 420 are refusals (consent or access control), never
 * an empty record; everything else is an HTTP failure with a message for its status.
 */
function failureFromErrorResponse(status: number, text: string, retryAfterMs: number | undefined): Failure {
  const parsed = parseJson(text);
  const outcome = parsed.ok && isResource(parsed.value) && parsed.value.resourceType === 'OperationOutcome' ? outcomeFailure(parsed.value) : undefined;
  const diagnostics = outcome?.diagnostics;
  if (status === 401) {
    return {
      kind: 'unauthorized',
      status,
      message: 'The record service did not accept this system’s sign-in (HTTP 401). You may need to log in again. No record was shown.',
      diagnostics,
    };
  }
  if (status === 403 || status === 420 || outcome?.kind === 'refused') {
    return { kind: 'refused', status, message: REFUSED_MESSAGE, diagnostics };
  }
  const wait = retryAfterMs !== undefined && retryAfterMs > 0 ? ` It asked for a wait of ${describeWait(retryAfterMs)} before trying again.` : '';
  return { kind: 'http', status, message: `${describeStatus(status)}${wait} No record could be shown.`, diagnostics };
}

/** One attempt's result, with the server's `Retry-After` for the retry decision. */
interface Attempt {
  result: FetchResult;
  retryAfterMs?: number;
}

/**
 * Fetches one record's body, retrying network failures, 429 and 502–504 with backoff.
 * Throws only when `options.signal` aborts (also during a wait between attempts).
 */
export async function fetchRecord(url: string, options: RequestOptions): Promise<FetchResult> {
  const timeoutMs = timeoutOf(options.timeoutMs);
  const retries = retryCount(options.retries);
  const deadline = Date.now() + timeoutMs;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = AbortSignal.any([options.signal, timeout.signal]);
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timedOut = (): FetchResult => ({
    ok: false,
    failure: { kind: 'timeout', message: `The record service did not answer within ${describeTimeout(timeoutMs)}.` },
  });

  const attemptOnce = async (): Promise<Attempt> => {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: options.method ?? 'GET',
        headers: { ...options.headers, Accept: 'application/fhir+json' },
        body: options.body,
        credentials: options.credentials ?? 'same-origin',
        signal,
      });
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (timeout.signal.aborted) return { result: timedOut() };
      return { result: { ok: false, failure: { kind: 'network', message: 'The record service could not be reached (network error).' } } };
    }
    let text: string | undefined;
    try {
      text = await readBody(response);
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (timeout.signal.aborted) return { result: timedOut() };
      return { result: { ok: false, failure: { kind: 'network', message: 'The connection failed while the record was arriving.' } } };
    }
    if (text === undefined) return { result: { ok: false, failure: { kind: 'parse', status: response.status, message: TOO_LARGE_MESSAGE } } };
    if (!response.ok) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      return { result: { ok: false, failure: failureFromErrorResponse(response.status, text, retryAfterMs) }, retryAfterMs };
    }
    if (options.emptyOk && text.trim() === '') return { result: { ok: true, body: undefined, status: response.status } };
    const result = bodyResult(response, text);
    // A long record is parsed in one task and made into a card in the next, so the page can
    // paint and take input in between (issue 15: no task over 100 ms at 5,000 entries).
    if (text.length > LONG_BODY) await nextTask();
    return { result };
  };

  try {
    for (let attempt = 1; ; attempt++) {
      const { result, retryAfterMs } = await attemptOnce();
      if (result.ok || !isRetryable(result.failure) || attempt > retries) return withAttempts(result, attempt);
      const delayMs = retryDelay(attempt, retryAfterMs);
      // A server asking for a longer wait than the widget makes on its own, or one that
      // would outlast the host's time-out, gets the failure shown now rather than a spinner.
      if (delayMs === undefined || Date.now() + delayMs >= deadline) return withAttempts(result, attempt);
      try {
        options.onRetry?.({ attempt, delayMs, failure: result.failure });
      } catch {
        // A host's callback failing must not turn into a failed record request.
      }
      try {
        await waitFor(delayMs, signal);
      } catch (error) {
        if (options.signal.aborted) throw error;
        return timedOut();
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

/** After more than one attempt the message says so: the clinician knows a retry will not be instant magic. */
function withAttempts(result: FetchResult, attempts: number): FetchResult {
  if (result.ok || attempts === 1) return result;
  return { ok: false, failure: { ...result.failure, message: `${result.failure.message} (Tried ${attempts} times.)` } };
}

/** A 2xx body: JSON for the normaliser, or the reason it is not. */
function bodyResult(response: Response, text: string): FetchResult {
  const contentType = response.headers.get('content-type') ?? '';
  if (text.trim() === '') {
    return { ok: false, failure: { kind: 'parse', status: response.status, message: `The record service sent an empty response (HTTP ${response.status}).` } };
  }
  if (looksLikeHtml(text, contentType)) {
    return {
      ok: false,
      failure: {
        kind: 'parse',
        status: response.status,
        message: 'The record service sent a web page instead of FHIR data. A proxy, login or error page may have answered.',
      },
    };
  }
  const version = contentTypeVersion(contentType);
  if (version && !version.startsWith('4.0')) {
    return {
      ok: false,
      failure: { kind: 'unsupported', message: `This record is FHIR version ${version}; this widget reads FHIR R4 (4.0) only. It has not been shown.` },
    };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return { ok: false, failure: { kind: 'parse', message: 'The record could not be read: the response is not valid JSON (it may have been cut off).' } };
  }
  return { ok: true, body: parsed.value, status: response.status };
}
