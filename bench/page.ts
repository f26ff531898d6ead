/**
 * Runs inside headless Chromium (driven by bench/run.mjs). Uses the built, self-contained
 * bundle, so it measures what a host page ships. bench/peer-page.ts is its counterpart for
 * fhir-react; both time a record the same way (bench/measure.ts).
 */
import { fullScr } from '../demo/records/full-scr.js';
import { BENCH_NHS, scrNarrative, structuredRecord } from './generate.js';
import { bodyFor, caseRunner, frame, stats, watchTasks, type CaseName, type Times } from './measure.js';

/** The built bundle; bench/trace.mjs and bench/breakdown.mjs may name another build (BENCH_BUNDLE). */
const BUNDLE: string = (window as unknown as { __bundle?: string }).__bundle ?? '/dist/scr-summary.bundled.js';

type Normalise = (payload: unknown, options?: { requestedNhsNumber?: string }) => unknown;

async function payloads(): Promise<[string, unknown, string][]> {
  const list: [string, unknown, string][] = [['project full SCR sample', fullScr, '9434765919']];
  const shared = await fetch('/@fs' + (window as unknown as { __sharedFixture: string }).__sharedFixture).catch(() => undefined);
  if (shared?.ok) list.push(['real GetScrBundle.json', await shared.json(), '9000000009']);
  for (const n of [10, 100, 1000, 5000]) list.push([`structured, ${n} entries`, structuredRecord(n), BENCH_NHS]);
  list.push(['SCR narrative, 500 rows', scrNarrative(500), BENCH_NHS]);
  return list;
}

/** first: the first painted frame of the card; complete: the frame after the last row was in the DOM. */
type RenderTimes = Times;

type BenchElement = HTMLElement & { fetch?: typeof fetch; updateComplete: Promise<unknown> };

/** A response holding `body`, as the network would hand it over. */
const responseOf = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/fhir+json' } });

/**
 * Puts a widget on the stage whose host `fetch` answers with `response`; resolves when the
 * record has been read and rendered once, with the element and the time its body became
 * available. The response is made before the clock starts: turning a string into a
 * Response's bytes (8-14 ms at 1,000 entries, 36-90 ms at 5,000) is the harness standing in
 * for the network, which the peer is not charged for either. Reading the body is timed.
 */
async function mountLoaded(response: Response, nhs: string, extraCss: string): Promise<{ el: BenchElement; start: number }> {
  const el = document.createElement('scr-summary') as BenchElement;
  let start = 0;
  el.fetch = async () => {
    start = performance.now();
    return response;
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

async function renderOnce(body: string, nhs: string, extraCss = '', keep = false): Promise<RenderTimes> {
  document.getElementById('stage')!.replaceChildren();
  const response = responseOf(body);
  await frame();
  const tasks = watchTasks();
  const { el, start } = await mountLoaded(response, nhs, extraCss);
  await frame();
  const first = performance.now() - start;
  while (el.shadowRoot!.querySelector('.rows-pending')) {
    await el.updateComplete;
    await frame();
  }
  const complete = performance.now() - start;
  const longestTask = await tasks.stop();
  if (!keep) el.remove();
  return { first, complete, longestTask };
}

/** The card's elements, and its table rows (structured and narrative), as built in the DOM. */
function cardView() {
  const root = document.querySelector('scr-summary')?.shadowRoot;
  return { nodes: root?.querySelectorAll('*').length ?? 0, rows: root?.querySelectorAll('tbody tr').length ?? 0 };
}

/** The records of the side-by-side table, run by run (bench/measure.ts). */
const runner = caseRunner((body, nhs, keep) => renderOnce(body, nhs, '', keep), cardView, () => document.getElementById('stage')!.replaceChildren());

/** Parse, normalise, render (Lit), style+layout (forced) and the rest of the frame for one record, medians of `runs`. */
export async function breakdownCase(name: CaseName, runs = 9) {
  const mod = (await import(BUNDLE)) as { normalise: Normalise };
  const { body, nhs } = (await bodyFor(name))!;
  const rows: number[][] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const payload = JSON.parse(body);
    const t1 = performance.now();
    mod.normalise(payload, { requestedNhsNumber: nhs });
    const t2 = performance.now();
    document.getElementById('stage')!.replaceChildren();
    const response = responseOf(body);
    await frame();
    const { el, start } = await mountLoaded(response, nhs, '');
    const script = performance.now();
    void el.shadowRoot!.firstElementChild?.getBoundingClientRect();
    document.body.offsetHeight;
    const layout = performance.now();
    await frame();
    const end = performance.now();
    rows.push([t1 - t0, t2 - t1, script - start - (t2 - t0), layout - script, end - layout]);
    el.remove();
  }
  const med = (k: number) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
  return { parse: med(0), normalise: med(1), render: med(2), styleLayout: med(3), paint: med(4) };
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
  const mod = (await import(BUNDLE)) as { normalise: Normalise };
  const results: Record<string, unknown> = { normalise: {}, render: {} };
  for (const [name, payload, nhs] of await payloads()) {
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      mod.normalise(payload, { requestedNhsNumber: nhs });
      times.push(performance.now() - t0);
    }
    (results.normalise as Record<string, unknown>)[name] = stats(times);
    // The records of the side-by-side table are rendered by runCase; these two are the card's alone.
    if (name !== 'project full SCR sample' && !name.startsWith('SCR narrative')) continue;
    const body = JSON.stringify(payload);
    const renders: RenderTimes[] = [];
    for (let i = 0; i < 5; i++) renders.push(await renderOnce(body, nhs));
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

type Experiment = number | 'full' | 'narrative' | 'real';

/** The payload an experiment names: n generated structured entries, the full SCR sample, the real GetScrBundle.json, or a 500-row narrative. */
async function experimentPayload(entries: Experiment): Promise<{ body: string; nhs: string }> {
  if (entries === 'real') return (await bodyFor('real'))!;
  if (entries === 'full') return { body: JSON.stringify(fullScr), nhs: '9434765919' };
  return { body: JSON.stringify(entries === 'narrative' ? scrNarrative(500) : structuredRecord(entries)), nhs: BENCH_NHS };
}

/** For bench/breakdown.mjs: medians of script (to updateComplete), style+layout (forced), and the rest of the frame. */
export async function breakdown(entries: Experiment, extraCss = '') {
  const { body, nhs } = await experimentPayload(entries);
  const rows: number[][] = [];
  for (let i = 0; i < 9; i++) {
    const { el, start } = await mountLoaded(responseOf(body), nhs, extraCss);
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

/** An experiment's extra rules, after the card's own; `NONE` removes the card's own styles instead (what layout costs unstyled). */
function addCss(el: HTMLElement, css: string) {
  const sheet = new CSSStyleSheet();
  if (css === 'NONE') return void (el.shadowRoot!.adoptedStyleSheets = []);
  sheet.replaceSync(css);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

/** For bench/breakdown.mjs: first paint, completion and longest task for one payload. */
export async function renderTimes(entries: Experiment, extraCss = '', runs = 9) {
  const { body, nhs } = await experimentPayload(entries);
  const times: RenderTimes[] = [];
  for (let i = 0; i < runs; i++) times.push(await renderOnce(body, nhs, extraCss));
  const med = (k: keyof RenderTimes) => stats(times.map((t) => t[k])).median;
  return { first: med('first'), complete: med('complete'), longestTask: med('longestTask') };
}

(window as unknown as { __benchApi: unknown }).__benchApi = { run, ...runner, breakdownCase, switching, profileTarget, profileRender, breakdown, renderTimes };
