/**
 * fetchRecord's retry policy and failure mapping, with a scripted `fetch` (no network, no
 * element): which failures are retried and how often, how long it waits, that an abort
 * ends a wait at once, and that the host's time-out bounds the whole request.
 */
import { expect } from '@open-wc/testing';
import type { Failure } from '../../src/data/model.js';
import { fetchRecord, MAX_BODY_BYTES, type RetryInfo } from '../../src/data/request.js';
import { backoffDelay, isRetryable, MAX_RETRY_AFTER_MS, parseRetryAfter, retryCount, retryDelay, waitFor } from '../../src/data/retry.js';

const URL_ = 'https://ehr.example/scr/9434765919';
const record = { resourceType: 'Bundle', type: 'searchset', total: 0 };

/** A response (cloned for each use), a factory for one that cannot be cloned (a stream), a network failure, or no answer at all. */
type Step = Response | (() => Response) | 'network' | 'hang';

/** A fetch that answers with each step in turn (the last one repeats) and records each call. */
function scripted(...steps: Step[]) {
  const calls: { at: number; signal?: AbortSignal }[] = [];
  const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ at: performance.now(), signal: init?.signal ?? undefined });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step === 'network') throw new TypeError('Failed to fetch');
    if (step === 'hang') {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
      });
    }
    return typeof step === 'function' ? step() : step.clone();
  }) as typeof fetch;
  return { fetchImpl, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/fhir+json', ...headers } });
const html = (status: number) => new Response('<!doctype html><h1>Bad gateway</h1>', { status, headers: { 'Content-Type': 'text/html' } });

async function run(steps: Step[], options: { retries?: number; timeoutMs?: number; signal?: AbortSignal } = {}) {
  const { fetchImpl, calls } = scripted(...steps);
  const retries: RetryInfo[] = [];
  const started = performance.now();
  const result = await fetchRecord(URL_, { signal: options.signal ?? new AbortController().signal, fetch: fetchImpl, onRetry: (i) => retries.push(i), ...options });
  return { result, calls, retries, elapsed: performance.now() - started };
}

function failureOf(result: Awaited<ReturnType<typeof fetchRecord>>): Failure {
  if (result.ok) throw new Error('expected a failure, got a body');
  return result.failure;
}

describe('reliability: retry policy (src/data/retry.ts)', () => {
  it('retries network failures and HTTP 429, 502, 503, 504 only', () => {
    const http = (status: number): Failure => ({ kind: 'http', status, message: '' });
    expect(isRetryable({ kind: 'network', message: '' })).to.be.true;
    for (const status of [429, 502, 503, 504]) expect(isRetryable(http(status)), String(status)).to.be.true;
    for (const status of [400, 404, 405, 409, 410, 422, 500, 501, 505]) expect(isRetryable(http(status)), String(status)).to.be.false;
    for (const kind of ['timeout', 'parse', 'unsupported', 'refused', 'unauthorized', 'patient-mismatch'] as const) {
      expect(isRetryable({ kind, status: 503, message: '' }), kind).to.be.false;
    }
  });

  it('backs off 500 ms then 1000 ms, with at most 20 % jitter', () => {
    expect(backoffDelay(1, () => 0)).to.equal(500);
    expect(backoffDelay(2, () => 0)).to.equal(1000);
    expect(backoffDelay(1, () => 1)).to.equal(600);
    expect(backoffDelay(2, () => 0.999)).to.be.at.most(1200);
  });

  it('reads Retry-After as seconds or an HTTP-date, and ignores anything else', () => {
    const now = Date.parse('Sat, 21 Nov 2026 12:00:00 GMT');
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Sat, 21 Nov 2026 12:00:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 11:00:00 GMT', now), 'a past date means now').to.equal(0);
    for (const junk of [null, undefined, '', '-1', '1.5', 'soon', '2026-11-21T12:00:05Z']) expect(parseRetryAfter(junk, now), String(junk)).to.be.undefined;
  });

  it('waits as long as Retry-After asks up to 30 s, and does not retry early when it asks for longer', () => {
    expect(retryDelay(1, 3000)).to.equal(3000);
    expect(retryDelay(1, MAX_RETRY_AFTER_MS)).to.equal(MAX_RETRY_AFTER_MS);
    expect(retryDelay(1, MAX_RETRY_AFTER_MS + 1)).to.be.undefined;
    expect(retryDelay(2, undefined, () => 0)).to.equal(1000);
  });

  it('takes retries as a whole number from 0 to 5; anything unusable means the default of 2', () => {
    expect(retryCount(undefined)).to.equal(2);
    expect(retryCount(Number.NaN)).to.equal(2);
    expect(retryCount(0)).to.equal(0);
    expect(retryCount(-3)).to.equal(0);
    expect(retryCount(1.7)).to.equal(1);
    expect(retryCount(99)).to.equal(5);
  });

  it('an abandoned wait removes its timer and rejects with the abort reason at once', async () => {
    const controller = new AbortController();
    const waiting = waitFor(10_000, controller.signal);
    const started = performance.now();
    controller.abort();
    const error = await waiting.then(() => undefined, (e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(performance.now() - started).to.be.below(50);
  });
});

describe('reliability: fetchRecord retries (src/data/request.ts)', () => {
  it('a network failure is retried with backoff and the record arrives on the third attempt', async () => {
    const { result, calls, retries } = await run(['network', 'network', json(record)]);
    expect(result.ok).to.be.true;
    expect(calls).to.have.length(3);
    expect(retries.map((r) => r.attempt)).to.deep.equal([1, 2]);
    expect(retries.map((r) => r.failure.kind)).to.deep.equal(['network', 'network']);
    expect(retries[0].delayMs).to.be.within(500, 600);
    expect(retries[1].delayMs).to.be.within(1000, 1200);
    // The second attempt waited for the first backoff; timers may fire a little late, never early.
    expect(calls[1].at - calls[0].at).to.be.at.least(retries[0].delayMs - 5);
  });

  it('503 three times: three attempts, then kind http with status 503 and a message saying so', async () => {
    const { result, calls } = await run([html(503)]);
    const failure = failureOf(result);
    expect(calls).to.have.length(3);
    expect(failure).to.include({ kind: 'http', status: 503 });
    expect(failure.message).to.contain('temporarily unavailable (HTTP 503)');
    expect(failure.message).to.contain('Tried 3 times');
  });

  it('retries: 0 makes one attempt only', async () => {
    const { result, calls, retries } = await run(['network'], { retries: 0 });
    expect(failureOf(result).kind).to.equal('network');
    expect(calls).to.have.length(1);
    expect(retries).to.have.length(0);
    expect(failureOf(result).message).not.to.contain('Tried');
  });

  for (const [status, kind] of [[400, 'http'], [401, 'unauthorized'], [403, 'refused'], [404, 'http'], [420, 'refused'], [500, 'http'], [501, 'http']] as const) {
    it(`HTTP ${status} is not retried (kind ${kind})`, async () => {
      const { result, calls } = await run([json({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing', diagnostics: 'no' }] }, status)]);
      expect(failureOf(result)).to.include({ kind, status });
      expect(calls).to.have.length(1);
    });
  }

  it('a parse failure (HTML with status 200) is not retried', async () => {
    const { result, calls } = await run([html(200)]);
    expect(failureOf(result).kind).to.equal('parse');
    expect(calls).to.have.length(1);
  });

  it('a time-out is not retried: the host’s wait is used up', async () => {
    const { result, calls, elapsed } = await run(['hang'], { timeoutMs: 300 });
    const failure = failureOf(result);
    expect(failure.kind).to.equal('timeout');
    expect(failure.message).to.equal('The record service did not answer within 0.3 seconds.');
    expect(calls).to.have.length(1);
    expect(elapsed).to.be.below(1000);
  });

  it('429 with Retry-After: 1 waits one second, not the backoff', async () => {
    const { result, calls, retries } = await run([json({}, 429, { 'Retry-After': '1' }), json(record)]);
    expect(result.ok).to.be.true;
    expect(retries.map((r) => r.delayMs)).to.deep.equal([1000]);
    expect(calls[1].at - calls[0].at).to.be.at.least(995);
  });

  it('429 with Retry-After as an HTTP-date is honoured', async () => {
    const inOneSecond = new Date(Date.now() + 1500).toUTCString();
    const { result, retries } = await run([json({}, 429, { 'Retry-After': inOneSecond }), json(record)]);
    expect(result.ok).to.be.true;
    expect(retries).to.have.length(1);
    expect(retries[0].delayMs).to.be.within(400, 1500);
  });

  it('429 asking for two minutes is not retried early: the clinician is told the wait at once', async () => {
    const { result, calls, elapsed } = await run([json({}, 429, { 'Retry-After': '120' })]);
    const failure = failureOf(result);
    expect(failure).to.include({ kind: 'http', status: 429 });
    expect(failure.message).to.contain('too many requests (HTTP 429)');
    expect(failure.message).to.contain('a wait of 2 minutes');
    expect(calls).to.have.length(1);
    expect(elapsed).to.be.below(200);
  });

  it('a wait that would outlast the time-out is not started: the last failure is shown within the time-out', async () => {
    const { result, calls, elapsed } = await run([json({}, 503, { 'Retry-After': '5' })], { timeoutMs: 2000 });
    expect(failureOf(result)).to.include({ kind: 'http', status: 503 });
    expect(calls).to.have.length(1);
    expect(elapsed).to.be.below(500);
  });

  it('the time-out bounds the whole request, retries included', async () => {
    // Fails fast, then the retry hangs: the time-out still ends it at 1.2 s, not 1.2 s after the retry began.
    const { result, calls, elapsed } = await run(['network', 'hang'], { timeoutMs: 1200 });
    expect(failureOf(result).kind).to.equal('timeout');
    expect(calls).to.have.length(2);
    expect(elapsed).to.be.within(1150, 1600);
  });

  it('an abort during the backoff ends the wait at once, throws the abort and makes no further request', async () => {
    const controller = new AbortController();
    const { fetchImpl, calls } = scripted('network');
    let aborted = 0;
    const pending = fetchRecord(URL_, {
      signal: controller.signal,
      fetch: fetchImpl,
      onRetry: () => {
        aborted = performance.now();
        setTimeout(() => controller.abort(), 20);
      },
    });
    const error = await pending.then(() => undefined, (e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(performance.now() - aborted).to.be.below(200);
    await new Promise((r) => setTimeout(r, 700));
    expect(calls, 'no retry after the abort').to.have.length(1);
  });

  it('a host onRetry callback that throws does not break the request', async () => {
    const { fetchImpl } = scripted('network', json(record));
    const result = await fetchRecord(URL_, {
      signal: new AbortController().signal,
      fetch: fetchImpl,
      onRetry: () => {
        throw new Error('host bug');
      },
    });
    expect(result.ok).to.be.true;
  });
});

describe('reliability: fetchRecord failure mapping (src/data/request.ts)', () => {
  it('401 is kind unauthorized, with a sign-in message and the OperationOutcome diagnostics', async () => {
    const { result } = await run([json({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login', diagnostics: 'Access token expired' }] }, 401)]);
    const failure = failureOf(result);
    expect(failure).to.include({ kind: 'unauthorized', status: 401, diagnostics: 'Access token expired' });
    expect(failure.message).to.contain('did not accept this system’s sign-in (HTTP 401)');
  });

  it('the default time-out is 20 000 ms, and an unusable timeout (NaN, 0, negative) means the default', async () => {
    const delays: number[] = [];
    const original = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      delays.push(ms ?? 0);
      return original(handler, ms, ...args);
    }) as typeof setTimeout;
    try {
      for (const timeoutMs of [undefined, Number.NaN, 0, -5]) await run([json(record)], { timeoutMs });
    } finally {
      window.setTimeout = original;
    }
    expect(delays).to.deep.equal([20000, 20000, 20000, 20000]);
  });

  it('a huge timeout value is not treated as none (setTimeout would fire at once beyond 2^31-1 ms)', async () => {
    const slow = (async () => (await new Promise((r) => setTimeout(r, 50)), json(record))) as unknown as typeof fetch;
    const result = await fetchRecord(URL_, { signal: new AbortController().signal, fetch: slow, timeoutMs: 1e12 });
    expect(result.ok).to.be.true;
  });

  it('a body declared larger than 32 MB is not read', async () => {
    const big = new Response('{}', { headers: { 'Content-Type': 'application/fhir+json', 'Content-Length': String(MAX_BODY_BYTES + 1) } });
    const { result } = await run([big]);
    expect(failureOf(result).kind).to.equal('parse');
    expect(failureOf(result).message).to.contain('larger than 32 MB');
  });

  it('a streamed body beyond 32 MB is cancelled, not read to the end', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const { result } = await run([() => new Response(stream, { headers: { 'Content-Type': 'application/fhir+json' } })]);
    expect(failureOf(result).message).to.contain('larger than 32 MB');
    expect(cancelled).to.be.true;
    expect(sent).to.be.below(40);
  });
});
