/**
 * The request to the host's endpoint, and every way it can fail, as a typed failure.
 * Nothing here throws except an abort requested by the caller (a newer request replaced
 * this one), which the caller discards.
 */
import { contentTypeVersion } from './detect.js';
import { isResource } from './fhir.js';
import type { Failure } from './model.js';
import { outcomeFailure, REFUSED_MESSAGE } from './outcome.js';

/** A body ready for the normaliser, or why there is none. */
export type FetchResult = { ok: true; body: unknown } | { ok: false; failure: Failure };

export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
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
  timeoutMs?: number;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
  credentials?: RequestCredentials;
}

const describeStatus = (status: number) => `The record service answered with HTTP ${status}.`;

async function readBody(response: Response): Promise<string> {
  return response.status === 204 ? '' : await response.text();
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const looksLikeHtml = (text: string, contentType: string) => /text\/html/i.test(contentType) || /^\s*</.test(text);

/** 403 and 420 are refusals (consent or access control), never an empty record. */
function failureFromErrorResponse(status: number, text: string): Failure {
  const parsed = parseJson(text);
  const outcome = parsed.ok && isResource(parsed.value) && parsed.value.resourceType === 'OperationOutcome' ? outcomeFailure(parsed.value) : undefined;
  if (status === 403 || status === 420 || outcome?.kind === 'refused') {
    return { kind: 'refused', status, message: REFUSED_MESSAGE, diagnostics: outcome?.diagnostics };
  }
  return { kind: 'http', status, message: `${describeStatus(status)} No record could be shown.`, diagnostics: outcome?.diagnostics };
}

/** Fetches one record's body. Throws only when `options.signal` aborts. */
export async function fetchRecord(url: string, options: RequestOptions): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = AbortSignal.any([options.signal, timeout.signal]);
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timedOut = (): FetchResult => ({
    ok: false,
    failure: { kind: 'timeout', message: `The record service did not answer within ${Math.round(timeoutMs / 1000)} seconds.` },
  });
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'GET',
        headers: { ...options.headers, Accept: 'application/fhir+json' },
        credentials: options.credentials ?? 'same-origin',
        signal,
      });
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (timeout.signal.aborted) return timedOut();
      return { ok: false, failure: { kind: 'network', message: 'The record service could not be reached (network error).' } };
    }
    let text: string;
    try {
      text = await readBody(response);
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (timeout.signal.aborted) return timedOut();
      return { ok: false, failure: { kind: 'network', message: 'The connection failed while the record was arriving.' } };
    }
    if (!response.ok) return { ok: false, failure: failureFromErrorResponse(response.status, text) };
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
    return { ok: true, body: parsed.value };
  } finally {
    clearTimeout(timer);
  }
}
