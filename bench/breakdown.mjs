/**
 * `node bench/breakdown.mjs [entries]`: where render time goes for one generated record:
 * normalise + Lit update (script), then forced style and layout, then the frame.
 */
import { createServer } from 'vite';
import { chromium } from 'playwright-core';

const arg = process.argv[2] ?? '1000';
const entries = /^\d+$/.test(arg) ? Number(arg) : arg;
const root = new URL('..', import.meta.url).pathname;
/** Another build to measure (e.g. `/dist-exp/scr-summary.bundled.js`), served from the project. */
const bundle = process.env.BENCH_BUNDLE ?? '/dist/scr-summary.bundled.js';
const server = await createServer({ configFile: false, root, logLevel: 'error', server: { fs: { allow: [root, new URL('../../shared', import.meta.url).pathname] }, port: 5196, strictPort: true, hmr: false } });
await server.listen();
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(([b, f]) => { window.__bundle = b; window.__sharedFixture = f; }, [bundle, new URL('../../shared/fixtures/scr-fhir-api/GetScrBundle.json', import.meta.url).pathname]);
  await page.goto('http://localhost:5196/bench/page.html');
  await page.waitForFunction(() => window.__benchApi);
  await page.evaluate((b) => import(b), bundle);
  const out = await page.evaluate(([n, css]) => window.__benchApi.breakdown(n, css), [entries, process.argv[3] ?? ""]);
  console.log(JSON.stringify(out));
  console.log(JSON.stringify(await page.evaluate(([n, css]) => window.__benchApi.renderTimes(n, css), [entries, process.argv[3] ?? ''])));
} finally {
  await browser.close();
  await server.close();
}
