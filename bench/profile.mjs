/**
 * `node bench/profile.mjs [entries]`: a CPU profile of rendering one generated structured
 * record (default 1000 entries), summarised by self time per function. For finding where
 * render time goes; not part of `npm run bench`.
 */
import { createServer } from 'vite';
import { chromium } from 'playwright-core';

const entries = Number(process.argv[2] ?? 1000);
const root = new URL('..', import.meta.url).pathname;
/** Another build to measure (e.g. `/dist-exp/scr-summary.bundled.js`), served from the project. */
const bundle = process.env.BENCH_BUNDLE ?? '/dist/scr-summary.bundled.js';
const server = await createServer({ configFile: false, root, logLevel: 'error', server: { port: 5197, strictPort: true, hmr: false } });
await server.listen();
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript((b) => { window.__bundle = b; }, bundle);
  await page.goto('http://localhost:5197/bench/page.html');
  await page.waitForFunction(() => window.__benchApi);
  await page.evaluate((b) => import(b), bundle);
  await page.evaluate((n) => window.__benchApi.profileTarget(n), entries);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(() => window.__benchApi.profileRender());
  const { profile } = await cdp.send('Profiler.stop');
  const dt = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const id of profile.samples) {
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  console.log(`render ${entries} entries: first paint ${ms.first.toFixed(1)} ms, complete ${ms.complete.toFixed(1)} ms, longest task ${ms.longestTask.toFixed(1)} ms`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), 'ms', k);
} finally {
  await browser.close();
  await server.close();
}
