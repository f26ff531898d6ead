/**
 * The framework typings (scripts/framework-types.mjs) are current and follow the manifest:
 * the files in dist/ are what the generator makes from this build's custom-elements.json, and
 * an element that gains an attribute and a `@fires` event (a probe named for no real one)
 * gets both in every framework's typings with no change to the generator; an event whose
 * detail no declaration types is refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtInputs, ENTRY, entryFile, FRAMEWORKS, frameworkTypes, typesFile } from '../framework-types.mjs';

const problems = [];
const { manifest, declarationText, indexTypes } = builtInputs();

// 1. What the build wrote is what the generator makes now.
const { files } = frameworkTypes(manifest, declarationText, indexTypes);
for (const name of FRAMEWORKS) {
  if (!existsSync(typesFile(name)) || readFileSync(typesFile(name), 'utf8') !== files[name]) problems.push(`dist/types/${name}.d.ts is missing or stale: run \`npm run build\`.`);
  if (!existsSync(entryFile(name)) || readFileSync(entryFile(name), 'utf8') !== ENTRY) problems.push(`dist/${name}.js is missing or stale: run \`npm run build\`.`);
}

// 2. A new attribute and a new event on <scr-summary> reach every framework.
const grown = structuredClone(manifest);
const summary = grown.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'scr-summary');
summary.members.push({ kind: 'field', name: 'probeSetting', type: { text: 'string | undefined' }, description: 'probe field' });
summary.attributes.push({ name: 'probe-setting', fieldName: 'probeSetting', description: 'probe attribute' });
summary.events.push({ name: 'scr-probe', description: 'probe event' });
const typed = `${declarationText}\ninterface GlobalEventHandlersEventMap { 'scr-probe': CustomEvent<{ probe: true }>; }`;
const withEvent = frameworkTypes(grown, typed, indexTypes).files;
const expect = (framework, text) => {
  if (!withEvent[framework].includes(text)) problems.push(`a new @fires event or attribute did not reach the ${framework} typings (no \`${text}\`).`);
};
for (const jsx of ['react', 'preact']) {
  expect(jsx, "'onscr-probe'?: (event: ScrEventOf<'scr-probe'>) => void;");
  expect(jsx, "probeSetting?: ScrSummary['probeSetting'];");
}
expect('vue', "onScrProbe?: (event: ScrEventOf<'scr-probe'>) => void;");
expect('vue', "probeSetting?: ScrSummary['probeSetting'];");

// 3. An event no declaration types is refused, naming it.
try {
  frameworkTypes(grown, declarationText, indexTypes);
  problems.push('an event missing from GlobalEventHandlersEventMap was typed anyway (as CustomEvent<unknown>) instead of failing the build.');
} catch (error) {
  if (!String(error.message).includes('scr-probe')) problems.push(`the error for an untyped event does not name it: ${error.message}`);
}

if (problems.length) {
  console.error(`framework-types: ${problems.join('\n')}`);
  process.exit(1);
}
console.log(`framework-types: ${FRAMEWORKS.map((n) => `dist/types/${n}.d.ts`).join(', ')} current; a new attribute and @fires event reach all three; an untyped event is refused`);
