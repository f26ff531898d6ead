/**
 * The committed release file is what the source makes: release/scr-summary-<version>.bundled.js
 * is byte-identical to the self-contained bundle this build has just made
 * (dist/scr-summary.bundled.js; a reproducible build), and every no-build snippet in the
 * README names that file with its SHA-384 `integrity` and `crossorigin="anonymous"`.
 * Fix any failure with `npm run release`, then commit release/ and README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { BUNDLE, README, integrityOf, releaseFile, snippetsIn } from '../release-files.mjs';

const FIX = 'Run `npm run release` and commit release/ and README.md.';
const fail = (message) => {
  console.error(`release: ${message}\n${FIX}`);
  process.exit(1);
};

if (!existsSync(BUNDLE)) {
  console.error('release: dist/scr-summary.bundled.js is missing: run `npm run build` (npm test does) first.');
  process.exit(1);
}
const { name, path } = releaseFile();
if (!existsSync(path)) fail(`release/${name} is missing (the version in package.json has no release file).`);

const committed = readFileSync(path);
const fresh = readFileSync(BUNDLE);
if (!committed.equals(fresh)) {
  let at = 0;
  while (at < committed.length && committed[at] === fresh[at]) at += 1;
  fail(
    `release/${name} is not what the source makes now: a fresh build (dist/scr-summary.bundled.js, ${fresh.length} bytes, ` +
      `${integrityOf(fresh)}) differs from the committed file (${committed.length} bytes, ${integrityOf(committed)}) from byte ${at} on.`,
  );
}

const integrity = integrityOf(committed);
const snippets = snippetsIn(readFileSync(README, 'utf8'));
if (snippets.length === 0) fail(`README.md has no <script src="…/${name}" integrity="…"> snippet.`);
for (const s of snippets) {
  if (s.file !== name) fail(`README.md loads ${s.file}, but the release file for this version is ${name}:\n  ${s.tag}`);
  if (s.integrity !== integrity) fail(`README.md gives ${name} the integrity "${s.integrity}"; the file's is "${integrity}":\n  ${s.tag}`);
  if (s.crossorigin !== 'anonymous') fail(`README.md's snippet lacks crossorigin="anonymous" (needed for integrity when the file comes from another origin):\n  ${s.tag}`);
}
console.log(`release: release/${name} is byte-identical to a fresh build (${committed.length} bytes, ${integrity}); README names it in ${snippets.length} snippet(s).`);
