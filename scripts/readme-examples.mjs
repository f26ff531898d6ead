/**
 * The README's code examples are files the tests run or type-check, copied verbatim: a
 * fenced block right after a marker line
 *
 *   <!-- example: test/consumers/react/src/PatientSummary.tsx -->
 *
 * holds that file's whole text. `node scripts/readme-examples.mjs --write` (`npm run readme`)
 * copies each file into its block; scripts/checks/readme-examples.mjs fails when a block and
 * its file differ, so an example cannot drift from the code that is tested.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const readmePath = join(root, 'README.md');

/** A marker, then a fenced block: (marker line, file, fence language, block body). */
const EXAMPLE = /(<!-- example: (\S+) -->\n)```(\w*)\n([\s\S]*?)```/g;

/** Every example block in `readme`: the file it copies, the block's text and the file's (undefined when missing). */
export function examplesIn(readme) {
  return [...readme.matchAll(EXAMPLE)].map(([, , file, lang, body]) => {
    const path = join(root, file);
    return { file, lang, body, expected: existsSync(path) ? readFileSync(path, 'utf8').replace(/\n*$/, '\n') : undefined };
  });
}

/** `readme` with each example block holding its file's text. */
export function withExamples(readme) {
  return readme.replace(EXAMPLE, (whole, marker, file, lang) => {
    const path = join(root, file);
    if (!existsSync(path)) return whole;
    return `${marker}\`\`\`${lang}\n${readFileSync(path, 'utf8').replace(/\n*$/, '\n')}\`\`\``;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync(readmePath, 'utf8');
  const examples = examplesIn(readme);
  const missing = examples.filter((e) => e.expected === undefined);
  if (missing.length) {
    console.error(`README.md names example files that do not exist: ${missing.map((e) => e.file).join(', ')}`);
    process.exit(1);
  }
  if (process.argv.includes('--write')) {
    const next = withExamples(readme);
    if (next !== readme) writeFileSync(readmePath, next);
    console.log(`README.md examples copied from ${examples.length} files${next === readme ? ' (already current)' : ''}`);
  } else {
    for (const e of examples) console.log(e.file);
  }
}
