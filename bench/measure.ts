/**
 * What both benchmark pages measure the same way (bench/page.ts for the card, bench/peer-page.ts
 * for fhir-react): the records, frames, long tasks, statistics and the heap.
 */
import { BENCH_NHS, structuredRecord } from './generate.js';

// @ts-ignore: a plain module shared with bench/run.mjs
export { stats } from './stats.mjs';

/** Resolves once the next frame has been produced: a task queued from requestAnimationFrame runs after that frame's paint. */
export const frame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );

/** The longest main-thread task from now until `stop()` (Long Tasks API: 0 when none reached 50 ms). */
export function watchTasks(): { stop: () => Promise<number> } {
  let longest = 0;
  const since = performance.now();
  const seen = (list: PerformanceEntryList) => list.forEach((e) => e.startTime >= since && (longest = Math.max(longest, e.duration)));
  const observer = new PerformanceObserver((list) => seen(list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    async stop() {
      await new Promise((r) => setTimeout(r, 0));
      seen(observer.takeRecords());
      observer.disconnect();
      return longest;
    },
  };
}

/** JS heap in use after a full collection (needs --js-flags=--expose-gc and --enable-precise-memory-info). */
export function heapNow(): number {
  const w = window as unknown as { gc?: () => void };
  w.gc?.();
  w.gc?.();
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
}

export interface Times {
  first: number;
  complete: number;
  longestTask: number;
}

/**
 * One record at a time, driven run by run from bench/run.mjs so that the card's runs and the
 * peer's alternate (a busy machine slows both alike): `start` renders once to warm up and reads
 * the empty page's heap; `render` times one render, the last kept on screen; `end` reads the heap
 * (over the empty page, in bytes) and the view's elements and rows with that render shown.
 */
export function caseRunner(once: (body: string, nhs: string, keep: boolean) => Promise<Times>, view: () => { nodes: number; rows: number }, clear: () => void) {
  let current = { body: '', nhs: '' };
  let empty = 0;
  return {
    async start(name: CaseName) {
      current = (await bodyFor(name))!;
      await once(current.body, current.nhs, false);
      clear();
      empty = heapNow();
    },
    render: (keep: boolean) => once(current.body, current.nhs, keep),
    end() {
      const result = { heap: heapNow() - empty, ...view() };
      clear();
      return result;
    },
  };
}

/** The records both pages render: `real` is the NHS SCR API's GetScrBundle.json (read from ../shared at bench time), a number that many generated entries. */
export type CaseName = 'real' | number;

export async function bodyFor(name: CaseName): Promise<{ body: string; nhs: string } | undefined> {
  if (typeof name === 'number') return { body: JSON.stringify(structuredRecord(name)), nhs: BENCH_NHS };
  const shared = await fetch('/@fs' + (window as unknown as { __sharedFixture: string }).__sharedFixture).catch(() => undefined);
  return shared?.ok ? { body: await shared.text(), nhs: '9000000009' } : undefined;
}
