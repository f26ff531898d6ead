import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countReporter } from './test/helpers/count-reporter.mjs';
import { embeddingMiddleware } from './test/embedding/middleware.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const sharedFixtures = here('../shared/fixtures/');
const mswWorker = here('./node_modules/msw/lib/mockServiceWorker.js');

const chromeArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Serves MSW's worker from the root (its scope must cover the test pages) and maps
 * /shared-fixtures/ onto ../shared/fixtures for the conformance suite. The suite asks
 * /shared-fixtures/available first, so a clone without ../shared skips it in one line.
 */
function testMiddleware(context, next) {
  const path = context.path;
  if (path === '/mockServiceWorker.js') {
    context.type = 'text/javascript';
    context.body = readFileSync(mswWorker);
    return;
  }
  if (path === '/shared-fixtures/available') {
    context.type = 'application/json';
    context.body = JSON.stringify({ available: existsSync(sharedFixtures), required: process.env.CI === 'true' });
    return;
  }
  if (path.startsWith('/shared-fixtures/')) {
    const rel = decodeURIComponent(path.slice('/shared-fixtures/'.length));
    const file = new URL(rel, `file://${sharedFixtures}`);
    if (!rel.includes('..') && existsSync(file)) {
      context.type = 'application/json';
      context.body = readFileSync(file);
      return;
    }
    context.status = 404;
    return;
  }
  return next();
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: the test-runner's own
 * emulateMedia passes only colour scheme and reduced motion to Chromium, so forced colours
 * (Windows High Contrast) are set through the DevTools protocol.
 */
function forcedColorsPlugin() {
  // Emulation lasts only while its DevTools session is attached, so one is kept per page.
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      // puppeteer's emulateMediaFeatures rejects this feature name; the DevTools protocol takes it.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

/**
 * `executeServerCommand('accessibility-tree')`: what a screen reader is given, from Chromium's
 * own accessibility tree (DevTools protocol): each node's id, role, name and children, and whether
 * Chromium leaves it out of what it exposes (`ignored`).
 */
function accessibilityTreePlugin() {
  const sessions = new WeakMap();
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, session }) {
      if (command !== 'accessibility-tree') return undefined;
      const page = session.browser.getPage(session.id);
      // Kept open, as a screen reader stays on: Chromium builds the tree as the page changes.
      if (!sessions.has(page)) {
        sessions.set(page, await page.createCDPSession());
        await sessions.get(page).send('Accessibility.enable');
      }
      const { nodes } = await sessions.get(page).send('Accessibility.getFullAXTree');
      return nodes.map((n) => ({ id: n.nodeId, ignored: n.ignored, role: n.role?.value ?? '', name: n.name?.value ?? '', children: n.childIds ?? [] }));
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // One page at a time: MSW's service worker is shared by every page of the origin and
  // unregisters itself when the last page it controls closes, which races a page starting.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 5 * 60 * 1000,
  browserStartTimeout: 60 * 1000,
  testFramework: { config: { timeout: 10000 } },
  // embeddingMiddleware: the strict-CSP static site under /csp/ and the React host bundle (test/embedding/).
  middleware: [testMiddleware, embeddingMiddleware],
  plugins: [forcedColorsPlugin(), accessibilityTreePlugin(), esbuildPlugin({ ts: true, tsconfig: here('./tsconfig.json'), target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: chromeArgs,
      },
    }),
  ],
  reporters: [process.env.CI ? summaryReporter({ flatten: false }) : defaultReporter(), countReporter({ conformanceFixtures: sharedFixtures })],
  groups: [
    // Tests of what assistive technology is given (`*.sr.ts`, not run by the default group): a
    // browser with the accessibility tree fully built, as Chromium does when a screen reader is on.
    {
      name: 'screen-reader',
      files: ['test/**/*.sr.ts'],
      browsers: [chromeLauncher({ launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: [...chromeArgs, '--force-renderer-accessibility'] } })],
    },
    ...timeZoneGroups(),
  ],
};

// Hazard H8: the date tests again with the browser in two far-apart time zones (UTC+14 and
// UTC-10/-9, either side of the date line) and one whose offset is not whole hours (UTC+05:45),
// so a zoned time converted by hours alone would show. (Katmandu: the name Chromium's ICU reports
// for Kathmandu, so the zone check below compares like with like.) The default group still runs every
// file, this one included. Each page is told the zone it should be in, so a zone that did not
// take effect fails the test instead of passing it in UTC.
function timeZoneGroups() {
  return ['Pacific/Kiritimati', 'America/Adak', 'Asia/Katmandu'].map((zone) => ({
    name: `tz-${zone.split('/')[1].toLowerCase()}`,
    files: ['test/safety/dates-tz.test.ts'],
    browsers: [
      chromeLauncher({
        launchOptions: {
          executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
          headless: true,
          args: chromeArgs,
          env: { ...process.env, TZ: zone },
        },
      }),
    ],
    testRunnerHtml: (testFramework) =>
      `<!DOCTYPE html><html><head><script>window.__expectedTimeZone = ${JSON.stringify(zone)};</script></head>` +
      `<body><script type="module" src="${testFramework}"></script></body></html>`,
  }));
}
