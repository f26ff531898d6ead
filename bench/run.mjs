/**
 * `npm run bench`: bundle sizes, then normalise/render/switching/first-paint timings in
 * headless Chromium against the built bundle, written to docs/benchmarks.md.
 * Targets are reported, not asserted: timings vary by machine. Sizes are held to the
 * budgets in bench/size-budget.json by scripts/checks/size-budget.mjs in `npm test`.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { kb, sizeBudgets, sizes as measureSizes } from '../scripts/sizes.mjs';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 30);
const SWITCHES = 200;
const root = new URL('..', import.meta.url).pathname;
const shared = new URL('../../shared/fixtures/scr-fhir-api/GetScrBundle.json', import.meta.url).pathname;

if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'ignore' });

const sizes = measureSizes();

const mswWorker = readFileSync(new URL('../node_modules/msw/lib/mockServiceWorker.js', import.meta.url));
const server = await createServer({
  configFile: false,
  root,
  logLevel: 'error',
  // Scan only the bench page: a scan of every HTML file in the repository fails on test pages,
  // and a dependency found late (msw/browser, at the switching step) reloads the page mid-run.
  optimizeDeps: { entries: ['bench/page.html'], include: ['msw/browser'] },
  server: { port: 5198, strictPort: true, fs: { allow: [root, new URL('../../shared', import.meta.url).pathname] } },
  plugins: [{ name: 'msw-worker', configureServer(s) { s.middlewares.use('/mockServiceWorker.js', (_q, r) => { r.setHeader('Content-Type', 'text/javascript'); r.end(mswWorker); }); } }],
});
await server.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'],
});
let results;
let memory;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript((path) => { window.__sharedFixture = path; }, existsSync(shared) ? shared : '/nonexistent');
  await page.goto('http://localhost:5198/bench/page.html');
  await page.waitForFunction(() => window.__benchApi);
  await page.evaluate(() => import('/dist/scr-summary.bundled.js'));
  results = await page.evaluate((n) => window.__benchApi.run(n), REPEATS);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics: m } = await cdp.send('Performance.getMetrics');
    const get = (name) => m.find((x) => x.name === name)?.value;
    return { heap: get('JSHeapUsedSize'), nodes: get('Nodes'), listeners: get('JSEventListeners') };
  };
  // Three patients in turn: compare the heap after the first round with the heap after
  // the 201st switch, when the same patient's record is on screen again.
  await page.evaluate(() => window.__benchApi.switching(3, true));
  const afterFirst = await metrics();
  const t0 = Date.now();
  await page.evaluate((n) => window.__benchApi.switching(n), SWITCHES - 2);
  const switchMs = Date.now() - t0;
  const afterAll = await metrics();
  memory = { afterFirst, afterAll, switchMs };
} finally {
  await browser.close();
  await server.close();
}

const version = execSync(`${process.env.CHROME_PATH || '/usr/bin/chromium'} --version 2>/dev/null || true`).toString().trim();
const ms = (s) => `${s.median.toFixed(2)} ms (p10 ${s.p10.toFixed(2)}, p90 ${s.p90.toFixed(2)}, n=${s.runs})`;
const pct = (a, b) => `${(((b - a) / a) * 100).toFixed(1)}%`;
const lines = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}; Node ${process.version}; ${version}. Headless, so paint times are lower bounds of what a screen shows.`,
  '',
  '## Bundle size',
  '',
  'Each entry counted with the chunks it imports (Lit excluded from `dist/scr-summary.js`, included in the bundled file).',
  '',
  '| file | minified | gzip (level 9) | budget (gzip, enforced) | target (gzip) |',
  '|---|---|---|---|---|',
  ...Object.entries(sizes).map(([f, s]) => `| ${f} | ${kb(s.min)} | ${kb(s.gzip)} | ${sizeBudgets[f].budgetKB.toFixed(1)} KB | ${sizeBudgets[f].goalKB} KB |`),
  '',
  'The budgets are checked by `npm test`; bench/size-budget.json says why they are not the targets.',
  '',
  '## Normalise (payload → summary model)',
  '',
  '| payload | median (spread) |',
  '|---|---|',
  ...Object.entries(results.normalise).map(([k, v]) => `| ${k} | ${ms(v)} |`),
  '',
  '## Render (response body available → card painted)',
  '',
  'Timed from the host `fetch` resolving: reading the body, normalising, Lit rendering, style, layout and paint, to a task queued from `requestAnimationFrame` after the frame. Long tables are built in passes (`src/element/row-passes.ts`): *first paint* is the first frame of the card (header, summary strip, warnings, section counts and the first 20 table rows); *complete* is the frame in which the last row was painted. *Longest task* is the longest main-thread task meanwhile, from the Long Tasks API (0 when none reached 50 ms); a task over 50 ms is a frame the page could not answer input in.',
  '',
  '| payload | first paint | complete | longest task |',
  '|---|---|---|---|',
  ...Object.entries(results.render).map(([k, v]) => `| ${k} | ${ms(v.first)} | ${ms(v.complete)} | ${v.longestTask.median.toFixed(0)} ms (p90 ${v.longestTask.p90.toFixed(0)}) |`),
  '',
  `Time to first paint of the loading state after the element connects: ${ms(results.firstPaintLoading)}.`,
  '',
  `## Switching (${SWITCHES} patient switches through MSW)`,
  '',
  '| after | JS heap | DOM nodes | listeners |',
  '|---|---|---|---|',
  `| first round (3 switches) | ${kb(memory.afterFirst.heap)} | ${memory.afterFirst.nodes} | ${memory.afterFirst.listeners} |`,
  `| switch ${SWITCHES + 1} | ${kb(memory.afterAll.heap)} | ${memory.afterAll.nodes} | ${memory.afterAll.listeners} |`,
  `| change | ${pct(memory.afterFirst.heap, memory.afterAll.heap)} | ${memory.afterAll.nodes - memory.afterFirst.nodes} | ${memory.afterAll.listeners - memory.afterFirst.listeners} |`,
  '',
  `Forced garbage collection (DevTools protocol) before each reading. ${SWITCHES - 2} switches after the first round took ${memory.switchMs} ms in all.`,
  '',
];
const verdict = (ok) => (ok ? 'met' : '**not met**');
const full = results.render['project full SCR sample'].complete.median;
const thousand = results.render['structured, 1000 entries'];
const growth = (memory.afterAll.heap - memory.afterFirst.heap) / memory.afterFirst.heap;
lines.push(
  '## Against the targets (issue 6)',
  '',
  '| target | measured | |',
  '|---|---|---|',
  ...Object.entries(sizes).map(([f, s]) => `| ${f} ≤ ${sizeBudgets[f].goalKB} KB gzip | ${kb(s.gzip)} | ${verdict(s.gzip <= sizeBudgets[f].goalKB * 1024)} |`),
  `| full SCR normalised and rendered < 10 ms | ${full.toFixed(1)} ms | ${verdict(full < 10)} |`,
  `| 1,000 structured entries normalised and rendered < 50 ms: first paint | ${thousand.first.median.toFixed(1)} ms | ${verdict(thousand.first.median < 50)} |`,
  `| the same, every row painted | ${thousand.complete.median.toFixed(1)} ms | ${verdict(thousand.complete.median < 50)} |`,
  `| heap after ${SWITCHES} switches within 10 % of the first | ${(growth * 100).toFixed(1)} % | ${verdict(growth <= 0.1)} |`,
  '',
);
writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), lines.join('\n'));
console.log(lines.join('\n'));
