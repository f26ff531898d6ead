/**
 * The real fixtures in ../shared/fixtures are third-party files: the repository must never
 * carry a copy. Compares every tracked JSON/TS file's text against each fixture's content.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const shared = new URL('../../../shared/fixtures/', import.meta.url).pathname;
if (!existsSync(shared)) {
  console.log('no-shared-fixture-copies: ../shared/fixtures absent; nothing to compare');
  process.exit(0);
}
const fixtures = [];
const walk = (d) => {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.json')) fixtures.push([p, JSON.stringify(JSON.parse(readFileSync(p, 'utf8')))]);
  }
};
walk(shared);
const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter((f) => /\.(json|ts|mjs|js)$/.test(f) && !f.endsWith('package-lock.json'));
const offenders = [];
for (const file of tracked) {
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  let compact;
  try {
    compact = JSON.stringify(JSON.parse(text));
  } catch {
    compact = undefined;
  }
  for (const [path, content] of fixtures) {
    if ((compact && compact === content) || (content.length > 400 && text.replace(/\s+/g, '').includes(content.replace(/\s+/g, '')))) {
      offenders.push(`${file} copies ${path}`);
    }
  }
}
if (offenders.length) {
  console.error(offenders.join('\n'));
  process.exit(1);
}
console.log(`no-shared-fixture-copies: ${tracked.length} files checked against ${fixtures.length} fixtures`);
