/**
 * Renders demo scenarios in headless Chromium and writes PNGs to docs/screenshots/:
 *
 * - `<scenario>-<width>.png`: the widget alone in a container exactly 320, 768 and 1280 px
 *   wide (container widths, which is what the widget's layout follows);
 * - `demo-full-scr-1280.png`: the demo page in a 1280 × 900 window, for the README;
 * - `full-scr-768-dark.png`: the dark colour scheme;
 * - `full-scr-768-print.png`: print media, after collapsing every section on screen (the
 *   printout must still show the whole record and no buttons).
 *
 * Starts the demo's Vite server itself. The widget is moved out of the demo layout into a
 * bare container of the chosen width; scenarios are chosen by setting its `nhs-number`.
 *
 *   node scripts/screenshots.mjs                      # the default scenarios
 *   node scripts/screenshots.mjs full-scr ips-document  # just these
 */
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const WIDTHS = [320, 768, 1280];
const DEFAULT_SCENARIOS = [
  'full-scr', 'scr-additional-info', 'structured-uk-core', 'medicine-currency', 'scr-coded-not-in-text', 'long-history',
  // The four allergy states (known is full-scr) and the kinds of failure, each with its own look (issue 14).
  'no-known-allergies', 'no-allergy-data', 'empty-result',
  'consent-refused-403', 'identity-mismatch', 'stu3-payload', 'malformed-json', 'server-error-500',
];
const SCENARIOS = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_SCENARIOS;
const OUT = 'docs/screenshots';
const PORT = 5199;
const SETTLED = ['loaded', 'empty', 'error'];

mkdirSync(OUT, { recursive: true });
const server = await createServer({ configFile: 'vite.config.ts', server: { port: PORT, strictPort: true }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const settled = (page) =>
  page.waitForFunction((states) => states.includes(document.querySelector('scr-summary')?.getAttribute('state') ?? ''), SETTLED, { timeout: 20000 });

/** Sets the widget's NHS number and waits for the record (or error) to be shown. */
async function show(page, nhsNumber) {
  await page.evaluate((n) => {
    const w = document.querySelector('scr-summary');
    if (w.getAttribute('nhs-number') !== n) w.setAttribute('nhs-number', n);
  }, nhsNumber);
  await page.waitForFunction(() => document.querySelector('scr-summary')?.getAttribute('state') === 'loading', undefined, { timeout: 2000 }).catch(() => {});
  await settled(page);
  await page.evaluate(() => document.querySelector('scr-summary').updateComplete);
}

async function setWidth(page, width) {
  await page.evaluate((w) => {
    document.getElementById('shot').style.width = `${w}px`;
    return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, width);
}

try {
  // The demo page as a visitor sees it, for the README.
  const demo = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await demo.goto(`http://localhost:${PORT}/`);
  await settled(demo);
  await demo.check('#scenario-full-scr');
  await demo.waitForFunction(() => document.querySelector('scr-summary')?.getAttribute('state') === 'loading', undefined, { timeout: 2000 }).catch(() => {});
  await settled(demo);
  await demo.screenshot({ path: `${OUT}/demo-full-scr-1280.png` });
  console.log(`${OUT}/demo-full-scr-1280.png`);
  await demo.close();

  const page = await browser.newPage({ viewport: { width: Math.max(...WIDTHS) + 80, height: 900 } });
  await page.goto(`http://localhost:${PORT}/`);
  await settled(page);
  // Scenario ids → NHS numbers, read from the demo's own picker.
  const numbers = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('input[name="scenario"]')].map((input) => [
        input.value,
        document.querySelector(`label[for="${input.id}"] .nhs`)?.textContent?.replace(/\D/g, '') ?? '',
      ]),
    ),
  );
  // The widget alone, in a bare container whose width we set.
  await page.evaluate(() => {
    const widget = document.querySelector('scr-summary');
    const shot = Object.assign(document.createElement('div'), { id: 'shot' });
    shot.style.cssText = 'padding: 0; margin: 16px; background: #fff;';
    document.body.replaceChildren(shot);
    document.body.style.background = '#fff';
    shot.append(widget);
  });
  for (const id of SCENARIOS) {
    if (!numbers[id]) throw new Error(`unknown scenario ${id}; known: ${Object.keys(numbers).join(', ')}`);
    await show(page, numbers[id]);
    for (const width of WIDTHS) {
      await setWidth(page, width);
      const path = `${OUT}/${id}-${width}.png`;
      await page.locator('scr-summary').screenshot({ path });
      console.log(path);
    }
  }

  // Dark scheme and print, on the full SCR at 768 px.
  await show(page, numbers['full-scr']);
  await setWidth(page, 768);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => (document.body.style.background = document.getElementById('shot').style.background = '#111'));
  await page.locator('scr-summary').screenshot({ path: `${OUT}/full-scr-768-dark.png` });
  console.log(`${OUT}/full-scr-768-dark.png`);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => (document.body.style.background = document.getElementById('shot').style.background = '#fff'));
  // Collapse every section on screen, then look at it as print media.
  await page.evaluate(() => {
    for (const b of document.querySelector('scr-summary').shadowRoot.querySelectorAll('button[aria-expanded="true"]')) b.click();
  });
  await page.evaluate(() => document.querySelector('scr-summary').updateComplete);
  await page.emulateMedia({ media: 'print' });
  await page.locator('scr-summary').screenshot({ path: `${OUT}/full-scr-768-print.png` });
  console.log(`${OUT}/full-scr-768-print.png`);
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
