/**
 * Every code example the README marks `<!-- example: <file> -->` is that file, verbatim: the
 * React, Vue and Angular hosts in test/consumers/ (type-checked against the packed package,
 * React and Angular also built and run) and the plain pages in test/embedding/examples/ (run
 * in a frame). Fix a failure with `npm run readme` (or edit the file, not the README).
 */
import { readFileSync } from 'node:fs';
import { examplesIn, readmePath } from '../readme-examples.mjs';

const REQUIRED = [
  'test/consumers/react/src/PatientSummary.tsx',
  'test/consumers/react/src/PatientSummaryReact18.tsx',
  'test/consumers/vue/src/PatientSummary.vue',
  'test/consumers/angular/src/app/patient-summary.ts',
  'test/embedding/examples/plain.html',
  'test/embedding/examples/provider.html',
];

const examples = examplesIn(readFileSync(readmePath, 'utf8'));
const problems = [];
for (const file of REQUIRED) if (!examples.some((e) => e.file === file)) problems.push(`README.md has no example block for ${file}.`);
for (const e of examples) {
  if (e.expected === undefined) problems.push(`README.md's example names ${e.file}, which does not exist.`);
  else if (e.body !== e.expected) {
    const have = e.body.split('\n');
    const want = e.expected.split('\n');
    const line = have.findIndex((l, i) => l !== want[i]);
    problems.push(`README.md's example differs from ${e.file} at its line ${line + 1}:\n    README: ${have[line] ?? '(missing)'}\n    file:   ${want[line] ?? '(missing)'}`);
  }
}
if (problems.length) {
  console.error(`readme-examples: ${problems.join('\n')}\nRun \`npm run readme\` to copy the files into the README (they are what the tests run).`);
  process.exit(1);
}
console.log(`readme-examples: ${examples.length} README examples match the files the tests run or type-check`);
