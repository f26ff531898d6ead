/**
 * Runs inside headless Chromium (driven by bench/run.mjs). Uses the built, self-contained
 * bundle, so it measures what a host page ships. Results go to window.__bench.
 */
import { fullScr } from '../demo/records/full-scr.js';
import { BENCH_NHS, scrNarrative, structuredRecord } from './generate.js';

type Normalise = (payload: unknown, options?: { requestedNhsNumber?: string }) => unknown;

const stats = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), min: s[0], max: s[s.length - 1], runs: s.length };
};

/** Resolves once the next frame has been produced: a task queued from requestAnimationFrame runs after that frame's paint. */
const frame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );

async function payloads(): Promise<[string, unknown, string][]> {
  const list: [string, unknown, string][] = [['project full SCR sample', fullScr, '9434765919']];
  const shared = await fetch('/@fs' + (window as unknown as { __sharedFixture: string }).__sharedFixture).catch(() => undefined);
  if (shared?.ok) list.push(['real GetScrBundle.json', await shared.json(), '9000000009']);
  for (const n of [10, 100, 1000, 5000]) list.push([`structured, ${n} entries`, structuredRecord(n), BENCH_NHS]);
  list.push(['SCR narrative, 500 rows', scrNarrative(500), BENCH_NHS]);
  return list;
}

interface RenderTimes {
  /** The first painted frame of the card: header, strip, warnings, counts and the first rows. */
  first: number;
  /** The frame in which the last held-back table row was painted. */
  complete: number;
  /** The longest main-thread task while it rendered (Long Tasks API; 0 when none reached 50 ms). */
  longestTask: number;
}

type BenchElement = HTMLElement & { fetch?: typeof fetch; updateComplete: Promise<unknown> };

/**
 * Puts a widget on the stage whose host `fetch` answers with `body`; resolves when the record
 * has been read and rendered once, with the element and the time its body became available.
 */
async function mountLoaded(body: string, nhs: string, extraCss: string): Promise<{ el: BenchElement; start: number }> {
  const el = document.createElement('scr-summary') as BenchElement;
  let start = 0;
  el.fetch = async () => {
    start = performance.now();
    return new Response(body, { headers: { 'Content-Type': 'application/fhir+json' } });
  };
  const done = new Promise((r) => el.addEventListener('scr-load', r, { once: true }));
  el.setAttribute('endpoint', '/bench/scr');
  el.setAttribute('nhs-number', nhs);
  document.getElementById('stage')!.replaceChildren(el);
  if (extraCss) addCss(el, extraCss);
  await done;
  await el.updateComplete;
  return { el, start };
}

async function renderOnce(body: string, nhs: string, extraCss = ''): Promise<RenderTimes> {
  let longestTask = 0;
  const since = performance.now();
  const tasks = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.startTime >= since) longestTask = Math.max(longestTask, e.duration);
  });
  tasks.observe({ type: 'longtask' });
  const { el, start } = await mountLoaded(body, nhs, extraCss);
  await frame();
  const first = performance.now() - start;
  while (el.shadowRoot!.querySelector('.rows-pending')) {
    await el.updateComplete;
    await frame();
  }
  const complete = performance.now() - start;
  await new Promise((r) => setTimeout(r, 0));
  tasks.takeRecords().forEach((e) => (longestTask = Math.max(longestTask, e.duration)));
  tasks.disconnect();
  el.remove();
  return { first, complete, longestTask };
}

async function firstPaintOfLoading(): Promise<number> {
  const stage = document.getElementById('stage')!;
  const el = document.createElement('scr-summary') as HTMLElement & { fetch?: typeof fetch };
  el.fetch = () => new Promise(() => {});
  el.setAttribute('endpoint', '/bench/scr');
  el.setAttribute('nhs-number', BENCH_NHS);
  const start = performance.now();
  stage.replaceChildren(el);
  await frame();
  const time = performance.now() - start;
  stage.replaceChildren();
  return time;
}

export async function run(repeats: number): Promise<unknown> {
  const mod = (await import('/dist/scr-summary.bundled.js' as string)) as { normalise: Normalise };
  const results: Record<string, unknown> = { normalise: {}, render: {} };
  for (const [name, payload, nhs] of await payloads()) {
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      mod.normalise(payload, { requestedNhsNumber: nhs });
      times.push(performance.now() - t0);
    }
    (results.normalise as Record<string, unknown>)[name] = stats(times);
    const body = JSON.stringify(payload);
    const renders: RenderTimes[] = [];
    for (let i = 0; i < Math.max(5, Math.round(repeats / 4)); i++) renders.push(await renderOnce(body, nhs));
    (results.render as Record<string, unknown>)[name] = {
      first: stats(renders.map((r) => r.first)),
      complete: stats(renders.map((r) => r.complete)),
      longestTask: stats(renders.map((r) => r.longestTask)),
    };
  }
  const paints: number[] = [];
  for (let i = 0; i < 20; i++) paints.push(await firstPaintOfLoading());
  results.firstPaintLoading = stats(paints);
  return results;
}

const SWITCH_PATIENTS = ['9434765919', '9990010013', '9990020019'];

/** Patient switches through the demo's MSW endpoint, each waiting for its record to load. */
export async function switching(count: number, mount = false): Promise<void> {
  const stage = document.getElementById('stage')!;
  let el = stage.querySelector('scr-summary');
  if (mount || !el) {
    await startMocks();
    el = document.createElement('scr-summary');
    el.setAttribute('endpoint', '/api/scr');
    stage.replaceChildren(el);
  }
  for (let i = 0; i < count; i++) {
    const loaded = new Promise((r) => el!.addEventListener('scr-load', r, { once: true }));
    el.setAttribute('nhs-number', SWITCH_PATIENTS[switches++ % SWITCH_PATIENTS.length]);
    await loaded;
  }
}
let switches = 0;

let mocks: Promise<unknown> | undefined;
function startMocks(): Promise<unknown> {
  mocks ??= (async () => {
    const [{ setupWorker }, { handlers }] = await Promise.all([import('msw/browser'), import('../demo/mocks/handlers.js')]);
    await setupWorker(...handlers).start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  })();
  return mocks;
}

let profileBody = '';
/** For bench/profile.mjs: prepare one payload, then render it once while the profiler runs. */
export function profileTarget(entries: number): void {
  profileBody = JSON.stringify(structuredRecord(entries));
}
export const profileRender = () => renderOnce(profileBody, BENCH_NHS);

type Experiment = number | 'full' | 'narrative';

/** The payload an experiment names: n generated structured entries, the full SCR sample, or a 500-row narrative. */
function experimentPayload(entries: Experiment): { body: string; nhs: string } {
  if (entries === 'full') return { body: JSON.stringify(fullScr), nhs: '9434765919' };
  return { body: JSON.stringify(entries === 'narrative' ? scrNarrative(500) : structuredRecord(entries)), nhs: BENCH_NHS };
}

/** For bench/breakdown.mjs: medians of script (to updateComplete), style+layout (forced), and the rest of the frame. */
export async function breakdown(entries: Experiment, extraCss = '') {
  const { body, nhs } = experimentPayload(entries);
  const rows: number[][] = [];
  for (let i = 0; i < 9; i++) {
    const { el, start } = await mountLoaded(body, nhs, extraCss);
    const script = performance.now();
    void (el.shadowRoot!.firstElementChild as HTMLElement)?.offsetHeight;
    document.body.offsetHeight;
    const layout = performance.now();
    await frame();
    const end = performance.now();
    rows.push([script - start, layout - script, end - layout, el.shadowRoot!.querySelectorAll('*').length]);
    el.remove();
  }
  const med = (k: number) => [...rows.map((r) => r[k])].sort((a, b) => a - b)[4];
  return { script: med(0), styleLayout: med(1), paint: med(2), nodes: rows[0][3] };
}

/** An experiment's extra rules, after the card's own. */
function addCss(el: HTMLElement, css: string) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

/** For bench/breakdown.mjs: first paint, completion and longest task for one payload. */
export async function renderTimes(entries: Experiment, extraCss = '', runs = 9) {
  const { body, nhs } = experimentPayload(entries);
  const times: RenderTimes[] = [];
  for (let i = 0; i < runs; i++) times.push(await renderOnce(body, nhs, extraCss));
  const med = (k: keyof RenderTimes) => stats(times.map((t) => t[k])).median;
  return { first: med('first'), complete: med('complete'), longestTask: med('longestTask') };
}

(window as unknown as { __benchApi: unknown }).__benchApi = { run, switching, profileTarget, profileRender, breakdown, renderTimes };
