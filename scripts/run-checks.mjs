/**
 * Runs every static check in scripts/checks/ (each a Node script that exits non-zero on
 * failure and says why). `npm test` runs this before the browser tests.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dir = new URL('./checks/', import.meta.url);
const checks = readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
let failed = 0;
for (const file of checks) {
  const result = spawnSync(process.execPath, [new URL(file, dir).pathname], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`check failed: ${file}`);
  }
}
console.log(`static checks: ${checks.length - failed} of ${checks.length} passed`);
process.exit(failed ? 1 : 0);
