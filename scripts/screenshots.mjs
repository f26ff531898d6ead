/**
 * Renders demo scenarios in headless Chromium at 320, 768 and 1280 px wide and writes
 * PNGs to docs/screenshots/. Starts the demo's Vite server itself and waits for the widget
 * to settle (the MSW worker must be running before the element's first request).
 */
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const WIDTHS = [320, 768, 1280];
const SCENARIOS = process.argv.slice(2).length ? process.argv.slice(2) : ['full-scr', 'scr-additional-info', 'structured-uk-core', 'consent-refused-403'];
const OUT = 'docs/screenshots';

mkdirSync(OUT, { recursive: true });
const server = await createServer({ configFile: 'vite.config.ts', server: { port: 5199, strictPort: true }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto('http://localhost:5199/');
    await page.waitForFunction(() => ['loaded', 'empty', 'error'].includes(document.querySelector('scr-summary')?.getAttribute('state') ?? ''));
    for (const id of SCENARIOS) {
      await page.check(`#scenario-${id}`);
      await page.waitForFunction(() => document.querySelector('scr-summary')?.getAttribute('state') === 'loading').catch(() => {});
      await page.waitForFunction(() => ['loaded', 'empty', 'error'].includes(document.querySelector('scr-summary')?.getAttribute('state') ?? ''));
      await page.locator('scr-summary').screenshot({ path: `${OUT}/${id}-${width}.png` });
      if (id === SCENARIOS[0]) await page.screenshot({ path: `${OUT}/demo-${id}-${width}.png`, fullPage: false });
      console.log(`${OUT}/${id}-${width}.png`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
