/**
 * `npm pack` gives a package that a fresh consumer project can install and use: the
 * tarball holds what `exports`, `types` and `customElements` name (and no sources or
 * tests); a new project in a temporary folder outside the repository installs it (Lit
 * comes from the npm registry or npm's cache), imports every entry in Node, reads the
 * manifest through the exports map, and type-checks a small TypeScript host against the
 * published declarations. Takes about 5–15 s, most of it `npm install`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npm, packInto, root } from '../npm-pack.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = Date.now();

const fail = (message) => {
  console.error(`pack: ${message}`);
  process.exit(1);
};
const run = (cmd, args, cwd, timeout = 120_000) => {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    fail(`\`${[cmd, ...args].join(' ')}\` failed in ${cwd}:\n${String(error.stderr || error.stdout || error.message).trim().split('\n').slice(-15).join('\n')}`);
  }
};

if (!existsSync(join(root, 'dist/scr-summary.js')) || !existsSync(join(root, 'custom-elements.json'))) {
  fail('dist/ or custom-elements.json is missing: run `npm run build` (npm test does) first.');
}

const work = mkdtempSync(join(tmpdir(), 'scr-summary-pack-'));
try {
  // 1. The tarball (scripts skipped: prepack would rebuild what npm test has just built).
  let packed;
  try {
    packed = packInto(work);
  } catch (error) {
    fail(`\`npm pack\` failed:\n${String(error.stderr || error.message).trim()}`);
  }
  const files = new Set(packed.files.map((f) => f.path));
  const tarball = packed.tarball;

  const targets = new Set([pkg.main, pkg.types, pkg.customElements].map((p) => p.replace(/^\.\//, '')));
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    for (const t of typeof target === 'string' ? [target] : Object.values(target)) targets.add(t.replace(/^\.\//, ''));
    if (!subpath.startsWith('.')) fail(`exports key ${subpath} is not a subpath`);
  }
  const missing = [...targets].filter((t) => !files.has(t));
  if (missing.length) fail(`the tarball lacks files that package.json names: ${missing.join(', ')}`);
  const stray = [...files].filter((f) => /^(src|test|demo|scripts|docs|node_modules)\//.test(f) || /\.test\.|\.tgz$/.test(f));
  if (stray.length) fail(`the tarball carries files a consumer does not need: ${stray.slice(0, 10).join(', ')}`);
  if (![...files].some((f) => /^dist\/types\/element\/scr-summary\.d\.ts$/.test(f))) fail('the tarball has no declarations for the element (dist/types/element/scr-summary.d.ts)');

  // 2. A fresh consumer project outside the repository.
  const app = join(work, 'consumer');
  run('mkdir', ['-p', app], work);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scr-summary-consumer', private: true, type: 'module' }, null, 2));
  run(npm, ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel=error'], app, 180_000);
  const installedAt = Date.now();

  // 3. Every entry imports in Node through the exports map, with the same API and version.
  writeFileSync(
    join(app, 'consumer.mjs'),
    `import * as main from 'scr-summary';
import * as api from 'scr-summary/api';
import * as bundled from 'scr-summary/bundled';
import * as react from 'scr-summary/react';
import * as preact from 'scr-summary/preact';
import * as vue from 'scr-summary/vue';
import manifest from 'scr-summary/custom-elements.json' with { type: 'json' };
import pkg from 'scr-summary/package.json' with { type: 'json' };
const names = ['ScrSummary', 'ScrProvider', 'define', 'defineScrSummary', 'VERSION', 'normalise', 'isValidNhsNumber'];
const problems = [];
for (const [entry, m] of Object.entries({ main, api, bundled, react, preact, vue })) {
  for (const n of names) if (!(n in m)) problems.push(entry + ' lacks ' + n);
  if (m.VERSION !== pkg.version) problems.push(entry + ' says version ' + m.VERSION + ', package.json ' + pkg.version);
}
if (main.ScrSummary !== api.ScrSummary) problems.push('scr-summary and scr-summary/api carry two copies of the class');
for (const [entry, m] of Object.entries({ react, preact, vue })) if (m.ScrSummary !== main.ScrSummary) problems.push('scr-summary/' + entry + ' carries another copy of the class');
if (typeof main.normalise({ resourceType: 'Bundle', type: 'searchset', total: 0 }, { requestedNhsNumber: '9434765919' }) !== 'object') problems.push('normalise() did not run');
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
if (!tags.includes('scr-summary') || !tags.includes('scr-provider')) problems.push('the manifest lacks the tags: ' + tags);
if (pkg.customElements !== 'custom-elements.json') problems.push('customElements field: ' + pkg.customElements);
console.log(JSON.stringify({ problems, resolved: ['scr-summary', 'scr-summary/api', 'scr-summary/bundled', 'scr-summary/react', 'scr-summary/preact', 'scr-summary/vue'].map((s) => import.meta.resolve(s).replace(/^.*node_modules\\//, '')) }));
`,
  );
  const result = JSON.parse(run(process.execPath, ['consumer.mjs'], app).trim().split('\n').pop());
  if (result.problems.length) fail(`the installed package does not work:\n- ${result.problems.join('\n- ')}`);

  // 4. A TypeScript host type-checks against the published declarations (the repository's
  //    own compiler; the consumer resolves lit and the package from its node_modules).
  writeFileSync(
    join(app, 'host.ts'),
    `import { ScrSummary, define, type ScrLoadDetail } from 'scr-summary/api';
import 'scr-summary';
const el = document.createElement('scr-summary');
const check: ScrSummary = el;
el.headers = { Authorization: 'Bearer t' };
el.fetch = (input, init) => fetch(input, init);
el.addEventListener('scr-load', (e) => {
  const detail: ScrLoadDetail = e.detail;
  console.log(detail.nhsNumber, detail.summary);
});
el.addEventListener('scr-error', (e) => console.log(e.detail.kind, e.detail.status));
el.addEventListener('scr-view', (e) => console.log(e.detail.nhsNumber, e.detail.time, e.detail.source.url));
const provider = document.createElement('scr-provider');
provider.fetch = el.fetch;
el.reload();
el.clear();
define('my-scr-summary', class extends ScrSummary {});
void check;
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], strict: true, noEmit: true, skipLibCheck: false },
      files: ['host.ts'],
    }),
  );
  run(join(root, 'node_modules/.bin/tsc'), ['-p', join(app, 'tsconfig.json')], app);

  const kb = (packed.size / 1024).toFixed(1);
  console.log(
    `pack: ${packed.filename} (${files.size} files, ${kb} KB) installs in a fresh project, resolves ${result.resolved.join(', ')}, and type-checks; ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s (npm install ${((installedAt - started) / 1000).toFixed(1)} s of it)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
