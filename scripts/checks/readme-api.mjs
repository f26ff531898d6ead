/**
 * The README's API tables match custom-elements.json (the manifest `npm run build` writes
 * from the JSDoc on the element classes), and package.json points at that manifest.
 * Fix a failure with `npm run build && npm run readme`.
 */
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { currentSection, elementsOf, manifestPath, readmePath, renderApi, root, START } from '../readme-api.mjs';

const fail = (message) => {
  console.error(`readme-api: ${message}`);
  process.exit(1);
};

if (!existsSync(manifestPath)) fail('custom-elements.json is missing: run `npm run build` (npm test does) first.');

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
if (pkg.customElements !== 'custom-elements.json') fail(`package.json "customElements" is ${JSON.stringify(pkg.customElements)}, expected "custom-elements.json".`);
if (pkg.exports?.['./custom-elements.json'] !== './custom-elements.json') fail('package.json exports has no "./custom-elements.json".');

// A manifest older than the element sources was not regenerated after a JSDoc change.
const built = statSync(manifestPath).mtimeMs;
const elementDir = `${root}src/element/`;
// (styles.ts is not analysed: custom-elements-manifest.config.mjs excludes it.)
const newer = readdirSync(elementDir).filter((f) => f.endsWith('.ts') && f !== 'styles.ts' && statSync(elementDir + f).mtimeMs > built);
if (newer.length) fail(`custom-elements.json is older than src/element/${newer.join(', src/element/')}: run \`npm run build\`.`);

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const tags = elementsOf(manifest).map((d) => d.tagName);
for (const tag of ['scr-summary', 'scr-provider']) if (!tags.includes(tag)) fail(`custom-elements.json declares no <${tag}> (is its @tagname JSDoc on the class?).`);
const summary = elementsOf(manifest).find((d) => d.tagName === 'scr-summary');
const events = (summary.events ?? []).map((e) => e.name);
for (const event of ['scr-load', 'scr-error', 'scr-view']) if (!events.includes(event)) fail(`custom-elements.json has no ${event} event on <scr-summary> (@fires).`);

const readme = readFileSync(readmePath, 'utf8');
const section = currentSection(readme);
if (!section) fail(`README.md has no generated API section (the line "${START}" and its end marker).`);
const expected = renderApi(manifest);
if (section !== expected) {
  const have = section.split('\n');
  const want = expected.split('\n');
  const diffs = [];
  for (let i = 0; i < Math.max(have.length, want.length) && diffs.length < 6; i++) {
    if (have[i] !== want[i]) diffs.push(`  line ${i + 1} of the section:\n    README:   ${have[i] ?? '(missing)'}\n    manifest: ${want[i] ?? '(missing)'}`);
  }
  fail(`README.md API tables differ from custom-elements.json; run \`npm run readme\`.\n${diffs.join('\n')}`);
}
console.log(`readme-api: README API tables match custom-elements.json (${tags.map((t) => `<${t}>`).join(', ')})`);
