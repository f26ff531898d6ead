/**
 * The package as npm publishes it: `npm pack` into a folder, install scripts skipped
 * (`prepack` would rebuild what the caller has just built). Shared by the pack check
 * (scripts/checks/pack.mjs) and the consumer projects (scripts/consumers.mjs).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../', import.meta.url));
export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Packs the built package into `dir`; resolves npm's description of the tarball, with its path as `tarball`. */
export function packInto(dir) {
  const packed = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }))[0];
  return { ...packed, tarball: join(dir, packed.filename) };
}
