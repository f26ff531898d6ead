/**
 * Bundle sizes as a page downloads them: an entry plus every local chunk it imports (each
 * once), minified bytes and gzip at level 9. Shared by `npm run bench` and the size-budget
 * check so both report the same numbers; the entries and their budgets are in
 * bench/size-budget.json.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url);

/** `{ 'dist/scr-summary.js': { goalKB, budgetKB }, … }`. */
export const sizeBudgets = JSON.parse(readFileSync(new URL('bench/size-budget.json', root), 'utf8')).sizeBudgets;

/** `file` (e.g. `dist/scr-summary.js`) relative to the project, or to `base` when given. */
export function size(file, base = root, seen = new Set()) {
  const url = new URL(file, base);
  if (seen.has(url.href)) return { min: 0, gzip: 0 };
  seen.add(url.href);
  const bytes = readFileSync(url);
  const total = { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  for (const [, rel] of bytes.toString().matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const sub = size(rel, url, seen);
    total.min += sub.min;
    total.gzip += sub.gzip;
  }
  return total;
}

/** Every budgeted entry's size, keyed as in bench/size-budget.json. */
export const sizes = () => Object.fromEntries(Object.keys(sizeBudgets).map((file) => [file, size(file)]));

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
