/**
 * `npm run release`: the file for hosts with no build step, committed as
 * `release/scr-summary-<version>.bundled.js`, and the README's no-build snippet naming it
 * with its SHA-384 `integrity`. Run it after any change to src/ (or to the build) and
 * commit both; scripts/checks/release.mjs fails until you do.
 *
 * It builds the self-contained bundle afresh (`vite build --mode bundled`, the same build
 * `npm run build` makes as dist/scr-summary.bundled.js), copies it to release/, and rewrites
 * every `<script … src="…/scr-summary-<version>.bundled.js" integrity="…">` in README.md to
 * the current file name and hash. Files of earlier versions in release/ are left as they are.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE, README, integrityOf, releaseFile, rewriteSnippets, root } from './release-files.mjs';

execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--config', 'vite.config.ts', '--mode', 'bundled', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

const { name, path } = releaseFile();
mkdirSync(join(root, 'release'), { recursive: true });
copyFileSync(BUNDLE, path);
const integrity = integrityOf(readFileSync(path));

const readme = readFileSync(README, 'utf8');
const { text, count } = rewriteSnippets(readme, name, integrity);
if (count === 0) {
  console.error('release: README.md has no <script … src="…/scr-summary-<version>.bundled.js" integrity="…"> snippet to update.');
  process.exit(1);
}
if (text !== readme) writeFileSync(README, text);
console.log(`release: release/${name} (${readFileSync(path).length} bytes), ${integrity}; README.md: ${count} snippet(s) ${text !== readme ? 'updated' : 'already current'}.`);
