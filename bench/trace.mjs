/**
 * `node bench/trace.mjs [entries|full|narrative|real] [extra css]`: one render traced through the
 * DevTools protocol, with the time in each browser phase summed (Layout, UpdateLayoutTree for
 * style, PrePaint, FireAnimationFrame for the row passes). Finds where the "(program)" time
 * of a CPU profile goes. Not part of `npm run bench`; run `npm run build` first.
 */
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
const arg = process.argv[2] ?? '1000';
const entries = /^\d+$/.test(arg) ? Number(arg) : arg;
const root = new URL('..', import.meta.url).pathname;
/** Another build to measure (e.g. `/dist-exp/scr-summary.bundled.js`), served from the project. */
const bundle = process.env.BENCH_BUNDLE ?? '/dist/scr-summary.bundled.js';
const server = await createServer({ configFile: false, root, logLevel: 'error', server: { fs: { allow: [root, new URL('../../shared', import.meta.url).pathname] }, port: 5195, strictPort: true, hmr: false } });
await server.listen();
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript(([b, f]) => { window.__bundle = b; window.__sharedFixture = f; }, [bundle, new URL('../../shared/fixtures/scr-fhir-api/GetScrBundle.json', import.meta.url).pathname]);
await page.goto('http://localhost:5195/bench/page.html');
await page.waitForFunction(() => window.__benchApi);
await page.evaluate((b) => import(b), bundle);
// One untraced run first, so the trace does not include compiling the bundle.
await page.evaluate(([n, css]) => window.__benchApi.renderTimes(n, css, 1), [entries, process.argv[3] ?? '']);
await browser.startTracing(page, { categories: ['devtools.timeline', 'blink'] });
const r = await page.evaluate(([n, css]) => window.__benchApi.renderTimes(n, css, 1), [entries, process.argv[3] ?? '']);
const buf = await browser.stopTracing();
const ev = JSON.parse(buf.toString()).traceEvents;
// Wall time (dur) and the renderer's thread CPU time (tdur): on a busy machine the second
// still compares two builds fairly, as it leaves out the time the thread waited for a core.
const sums = {};
const cpu = {};
const counts = {};
for (const e of ev) {
  if (e.ph !== 'X' || !e.dur) continue;
  sums[e.name] = (sums[e.name] ?? 0) + e.dur / 1000;
  cpu[e.name] = (cpu[e.name] ?? 0) + (e.tdur ?? 0) / 1000;
  counts[e.name] = (counts[e.name] ?? 0) + 1;
}
console.log(JSON.stringify(r));
console.log('    wall      cpu  count  event');
for (const [k, v] of Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(v.toFixed(1).padStart(8), cpu[k].toFixed(1).padStart(8), String(counts[k]).padStart(6), '', k);
await browser.close();
await server.close();
