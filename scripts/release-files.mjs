/**
 * Where the release file lives and how the README names it: shared by `npm run release`
 * (scripts/release.mjs), which writes them, and scripts/checks/release.mjs, which checks them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../', import.meta.url));
export const README = join(root, 'README.md');
/** What `npm run build` (and `vite build --mode bundled`) writes. */
export const BUNDLE = join(root, 'dist/scr-summary.bundled.js');

export function releaseFile() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const name = `scr-summary-${version}.bundled.js`;
  return { version, name, path: join(root, 'release', name) };
}

/** The value of an `integrity` attribute for these bytes (Subresource Integrity, SHA-384). */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** A script tag naming a release file, with its integrity, across line breaks. */
const SNIPPET = /<script\b[^>]*?\bsrc="[^"]*?scr-summary-[^"/]+?\.bundled\.js"[^>]*>/g;

/** Every release snippet in `text`: the file name it loads, its integrity and crossorigin values. */
export function snippetsIn(text) {
  return [...text.matchAll(SNIPPET)].map(([tag]) => ({
    tag,
    file: /\bsrc="[^"]*?(scr-summary-[^"/]+?\.bundled\.js)"/.exec(tag)?.[1],
    integrity: /\bintegrity="([^"]*)"/.exec(tag)?.[1],
    crossorigin: /\bcrossorigin="([^"]*)"/.exec(tag)?.[1],
  }));
}

/** `text` with every release snippet naming `name` and carrying `integrity`. */
export function rewriteSnippets(text, name, integrity) {
  let count = 0;
  const rewritten = text.replace(SNIPPET, (tag) => {
    count += 1;
    return tag.replace(/scr-summary-[^"/]+?\.bundled\.js/, name).replace(/\bintegrity="[^"]*"/, `integrity="${integrity}"`);
  });
  return { text: rewritten, count };
}
