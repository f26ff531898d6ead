/**
 * `npm run bench`: bundle sizes, then the card side by side with fhir-react (bench/peer.mjs)
 * on the same records, normalise/render/switching/first-paint timings, in headless Chromium
 * against the built bundle, written to docs/benchmarks.md. `--no-build` uses dist/ as it is;
 * `--no-peer` skips the peer.
 * Targets are reported, not asserted: timings vary by machine. Sizes are held to the
 * budgets in bench/size-budget.json by scripts/checks/size-budget.mjs in `npm test`.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { kb, sizeBudgets, sizes as measureSizes } from '../scripts/sizes.mjs';
import { preparePeer } from './peer.mjs';
import { stats } from './stats.mjs';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 30);
/** Timed renders per record in the side-by-side table (after one warm-up). */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SWITCHES = 200;
/** Issue 15's size target: the bundled file's gzip size when the issue was filed, before issues 12 and 14 added to it. */
const NO_GROWTH_KB = 35.5;
const root = new URL('..', import.meta.url).pathname;
const shared = new URL('../../shared/fixtures/scr-fhir-api/GetScrBundle.json', import.meta.url).pathname;

if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'ignore' });

const sizes = measureSizes();

const mswWorker = readFileSync(new URL('../node_modules/msw/lib/mockServiceWorker.js', import.meta.url));
const peer = process.argv.includes('--no-peer') ? { error: 'skipped (--no-peer)' } : await preparePeer();
const peerHtml = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fhir-react peer</title><link rel="stylesheet" href="/bench-peer/peer-page.css"></head><body><main id="stage" style="width: 1024px"></main><script type="module" src="/bench-peer/peer-page.js"></script></body></html>';
const server = await createServer({
  configFile: false,
  root,
  logLevel: 'error',
  // Scan only the bench page: a scan of every HTML file in the repository fails on test pages,
  // and a dependency found late (msw/browser, at the switching step) reloads the page mid-run.
  optimizeDeps: { entries: ['bench/page.html'], include: ['msw/browser'] },
  server: { port: 5198, strictPort: true, hmr: false, fs: { allow: [root, new URL('../../shared', import.meta.url).pathname] } },
  plugins: [{
    name: 'bench-files',
    configureServer(s) {
      s.middlewares.use('/mockServiceWorker.js', (_q, r) => { r.setHeader('Content-Type', 'text/javascript'); r.end(mswWorker); });
      // The peer's page and its bundle, from the temporary folder bench/peer.mjs built it in.
      s.middlewares.use('/bench-peer/', (q, r) => {
        const file = q.url.split('?')[0].slice(1);
        r.setHeader('Content-Type', file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html');
        r.end(file === '' ? peerHtml : readFileSync(path.join(peer.dir, path.basename(file))));
      });
    },
  }],
});
await server.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
/** A page at `url` whose `api` global is ready; nothing leaves the machine (fhir-react's CSS imports a web font). */
async function open(url, api) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route((u) => !u.host.startsWith('localhost'), (r) => r.abort());
  await page.addInitScript((p) => { window.__sharedFixture = p; }, existsSync(shared) ? shared : '/nonexistent');
  await page.goto(url);
  await page.waitForFunction((a) => window[a], api);
  return page;
}
const hasReal = existsSync(shared);
const CASES = [10, 100, 1000, 5000, ...(hasReal ? ['real'] : [])];
let results;
let memory;
const side = { card: {}, peer: {} };
const breakdowns = {};
try {
  const page = await open('http://localhost:5198/bench/page.html', '__benchApi');
  await page.evaluate(() => import('/dist/scr-summary.bundled.js'));
  let peerPage;
  if (!peer.error) peerPage = await open('http://localhost:5198/bench-peer/', '__peerApi').catch((e) => void (peer.error = `its page did not load: ${`${e?.message ?? e}`.split('\n')[0]}`));
  // Each record: the card's runs and the peer's alternate, each page brought to the front for its turn.
  const both = [[page, '__benchApi', side.card], ...(peerPage ? [[peerPage, '__peerApi', side.peer]] : [])];
  const call = async ([p, api], fn, arg) => (await p.bringToFront(), p.evaluate(([a, f, x]) => window[a][f](x), [api, fn, arg]));
  for (const c of CASES) {
    const times = both.map(() => []);
    for (const b of both) await call(b, 'start', c);
    // After each run its page collects its own garbage and rests, so the next run (the other
    // library's) does not share the two cores with that collection: fhir-react's garbage,
    // collected during the card's runs, slowed the card's first screenful from about 40 to about 95 ms.
    const settle = (p) => p.evaluate(() => (window.gc?.(), new Promise((r) => setTimeout(r, 100))));
    for (let i = 0; i < RUNS; i++) for (const [k, b] of both.entries()) times[k].push(await call(b, 'render', i === RUNS - 1)), await settle(b[0]);
    for (const [k, b] of both.entries()) {
      const of = (key) => stats(times[k].map((t) => t[key]));
      b[2][c] = { first: of('first'), complete: of('complete'), longestTask: of('longestTask'), ...(await call(b, 'end')) };
    }
  }
  if (hasReal && peerPage) breakdowns.peer = await call(both[1], 'breakdown', 'real');
  await peerPage?.close();
  await page.bringToFront();
  if (hasReal) breakdowns.card = await page.evaluate(() => window.__benchApi.breakdownCase('real'));
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
const card = (c) => side.card[c];
const peerOf = (c) => side.peer[c];
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
  ...sideBySide(),
  '## The card alone (response body available → card painted)',
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
const growth = (memory.afterAll.heap - memory.afterFirst.heap) / memory.afterFirst.heap;
const ratio = (c, k) => (peerOf(c) ? peerOf(c).complete.median / card(c)[k].median : NaN);
lines.push(
  '## Against the targets (issue 15)',
  '',
  '| target | measured | |',
  '|---|---|---|',
  ...(peer.error
    ? [`| 1,000 entries, every row ≥ 5× faster than fhir-react | ${card(1000).complete.median.toFixed(1)} ms; no peer (${peer.error}) | not measured |`]
    : [
        `| 1,000 entries: every row painted ≥ 5× faster than fhir-react | ${card(1000).complete.median.toFixed(1)} ms vs ${peerOf(1000).complete.median.toFixed(1)} ms: ${ratio(1000, 'complete').toFixed(1)}× | ${verdict(ratio(1000, 'complete') >= 5)} |`,
        `| 1,000 entries: first screenful ≥ 15× faster | ${card(1000).first.median.toFixed(1)} ms vs ${peerOf(1000).complete.median.toFixed(1)} ms: ${ratio(1000, 'first').toFixed(1)}× | ${verdict(ratio(1000, 'first') >= 15)} |`,
      ]),
  ...(card('real') ? [`| real GetScrBundle.json: response to painted within one frame (16.7 ms) | ${card('real').complete.median.toFixed(1)} ms | ${verdict(card('real').complete.median <= 16.7)} |`] : []),
  `| 5,000 entries: complete, no task over 100 ms | ${card(5000).rows} rows in the DOM; longest task ${card(5000).longestTask.max.toFixed(0)} ms (worst of ${RUNS}) | ${verdict(card(5000).longestTask.max <= 100)} |`,
  ...Object.entries(sizes).map(([f, s]) => `| ${f} ≤ ${sizeBudgets[f].goalKB} KB gzip | ${kb(s.gzip)} | ${verdict(s.gzip <= sizeBudgets[f].goalKB * 1024)} |`),
  `| dist/scr-summary.bundled.js no larger than when issue 15 was filed (${NO_GROWTH_KB} KB gzip) | ${kb(sizes['dist/scr-summary.bundled.js'].gzip)} | ${verdict(sizes['dist/scr-summary.bundled.js'].gzip <= NO_GROWTH_KB * 1024)} |`,
  `| heap after ${SWITCHES} switches within 10 % of the first (issue 6) | ${(growth * 100).toFixed(1)} % | ${verdict(growth <= 0.1)} |`,
  '',
);

/** The side-by-side section: both libraries, the same records, one browser, one run. */
function sideBySide() {
  const spread = (s) => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
  const name = (c) => (c === 'real' ? 'real GetScrBundle.json' : `${c.toLocaleString('en-GB')} entries`);
  const x = (a, b) => (b ? `${(b / a).toFixed(1)}×` : '—');
  const out = [
    '## Side by side with fhir-react (one run)',
    '',
    peer.error
      ? `**The peer could not be run: ${peer.error}.** The card's figures below stand alone.`
      : `The peer is fhir-react ${peer.versions['fhir-react']} on React ${peer.versions.react} (production builds, minified by esbuild, its own CSS), installed by bench/peer.mjs into a temporary folder, not into the project; it renders the bundle with \`<FhirResource>\`, one component per resource, all in one task. The card is the built dist/scr-summary.bundled.js. Both get the same records (bench/generate.ts: allergies, medicines and conditions in equal thirds; at most 20 ended, stopped or resolved items per group, so no group of past items is collapsed and every row is shown) in the same headless Chromium, 1280×900 window, 1024 px wide stage.`,
    '',
    `Times in ms, median of ${RUNS} after one warm-up render, (min–max); the card's and the peer's runs alternate, and after each run its page collects its garbage (forced) and rests 100 ms, so one library's collection does not run during the other's timing. Timed from the data being in (the card: its host \`fetch\` resolving; the peer: the response body) to the frame after the last row is in the DOM, reading and parsing the body included. *First screenful* is the first frame painted (the peer paints nothing before its whole record, so its first screenful is its every row). *Longest task*: the Long Tasks API (0: none reached 50 ms), worst of the runs. *Heap*: JS heap after garbage collection with the record shown, over the empty page. *Elements*: in the view, with its table rows (the peer: its resource blocks).`,
    '',
    '| record | card: first screenful | card: every row | fhir-react: every row | every row ×faster | first screenful ×faster |',
    '|---|---|---|---|---|---|',
    ...CASES.map((c) => `| ${name(c)} | ${spread(card(c).first)} | ${spread(card(c).complete)} | ${peerOf(c) ? spread(peerOf(c).complete) : '—'} | ${x(card(c).complete.median, peerOf(c)?.complete.median)} | ${x(card(c).first.median, peerOf(c)?.complete.median)} |`),
    '',
    '| record | card: longest task | fhir-react: longest task | card: heap | fhir-react: heap | card: elements (rows) | fhir-react: elements (blocks) |',
    '|---|---|---|---|---|---|---|',
    ...CASES.map((c) => `| ${name(c)} | ${card(c).longestTask.max.toFixed(0)} ms | ${peerOf(c) ? `${peerOf(c).longestTask.max.toFixed(0)} ms` : '—'} | ${kb(card(c).heap)} | ${peerOf(c) ? kb(peerOf(c).heap) : '—'} | ${card(c).nodes} (${card(c).rows}) | ${peerOf(c) ? `${peerOf(c).nodes} (${peerOf(c).rows})` : '—'} |`),
    '',
  ];
  if (breakdowns.card) {
    const b = breakdowns.card;
    const p = breakdowns.peer;
    const cell = (v) => (v === undefined ? '—' : v.toFixed(2));
    out.push(
      '### Where the real SCR\'s time goes',
      '',
      'GetScrBundle.json, medians of 9. *Parse*: `JSON.parse` of the body. *Normalise*: the card\'s `normalise()` (the peer has none). *Render*: the card\'s Lit update (reading the body, then its time to `updateComplete` less parse and normalise); the peer\'s React render into the DOM. *Style+layout*: forced by reading a layout property. *Paint*: the rest of the frame.',
      '',
      '| phase | card (ms) | fhir-react (ms) |',
      '|---|---|---|',
      ...['parse', 'normalise', 'render', 'styleLayout', 'paint'].map((k) => `| ${k === 'styleLayout' ? 'style+layout' : k} | ${cell(b[k])} | ${k === 'normalise' ? '—' : cell(p?.[k])} |`),
      '',
    );
  }
  return out;
}
// What each change of issue 15 measured (written by hand: builds that are no longer in the tree).
const notes = new URL('./changes.md', import.meta.url);
if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8'));
writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), lines.join('\n'));
console.log(lines.join('\n'));
