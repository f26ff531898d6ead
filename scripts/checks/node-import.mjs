/**
 * Every built entry imports in Node without throwing, as a server-side rendering
 * framework would import it: each in a fresh Node process. The library entries resolve
 * `lit` to Lit's own Node build; the self-contained bundle guards the browser globals it
 * reads as it loads (vite.config.ts) and must not create any.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const API = ['ScrSummary', 'ScrProvider', 'define', 'defineScrSummary', 'VERSION', 'normalise', 'scrConfigContext'];

const entries = [
  { file: 'dist/scr-summary.js', registers: true },
  { file: 'dist/api.js', registers: false },
  { file: 'dist/scr-summary.bundled.js', registers: true, noGlobals: true },
];

const failures = [];
for (const { file, registers, noGlobals } of entries) {
  const path = `${root}${file}`;
  if (!existsSync(path)) {
    failures.push(`${file} is missing: run \`npm run build\` (npm test does) first.`);
    continue;
  }
  const probe = `
    const before = { document: typeof document, HTMLElement: typeof HTMLElement, window: typeof window };
    const m = await import(${JSON.stringify(pathToFileURL(path).href)});
    const missing = ${JSON.stringify(API)}.filter((name) => !(name in m));
    const registry = globalThis.customElements;
    console.log(JSON.stringify({
      missing,
      created: Object.keys(before).filter((k) => before[k] === 'undefined' && typeof globalThis[k] !== 'undefined'),
      defined: registry ? ['scr-summary', 'scr-provider'].filter((t) => registry.get(t)) : [],
    }));`;
  let out;
  try {
    out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    failures.push(`import('${file}') in Node threw:\n${String(error.stderr || error.message).trim().split('\n').slice(0, 8).join('\n')}`);
    continue;
  }
  const result = JSON.parse(out.trim().split('\n').pop());
  if (result.missing.length) failures.push(`${file} does not export ${result.missing.join(', ')}`);
  if (noGlobals && result.created.length) failures.push(`importing ${file} in Node created the global(s) ${result.created.join(', ')}`);
  // Where a registry exists (Lit's Node build installs a stand-in), the registering entries
  // define both tags and the API entry defines none.
  if (!registers && result.defined.length) failures.push(`${file} registered ${result.defined.join(', ')}; it must have no side effects`);
  console.log(`node-import: ${file} imports in Node (${registers ? `registers: ${result.defined.join(', ') || 'no registry in Node'}` : 'registers nothing'})`);
}
// Both builds in one process (an app importing the package while a dependency carries the
// bundle): the second must not mistake Lit's Node stand-ins for a browser.
try {
  const both = ['dist/scr-summary.js', 'dist/scr-summary.bundled.js'].map((f) => pathToFileURL(`${root}${f}`).href);
  execFileSync(process.execPath, ['--input-type=module', '-e', both.map((u) => `await import(${JSON.stringify(u)});`).join('')], {
    cwd: root,
    timeout: 20_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  console.log('node-import: dist/scr-summary.js then dist/scr-summary.bundled.js import together in Node');
} catch (error) {
  failures.push(`importing dist/scr-summary.js then dist/scr-summary.bundled.js in one Node process threw:\n${String(error.stderr || error.message).trim().split('\n').slice(-8).join('\n')}`);
}

if (failures.length) {
  console.error(`node-import:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
