/**
 * Framework typings, generated from custom-elements.json by `npm run build` (after the
 * manifest and the declarations), so they cannot drift from the element: a new attribute,
 * property or `@fires` event on a class appears in every framework's types at the next build.
 *
 * For each framework `<name>` in FRAMEWORKS it writes
 * - `dist/types/<name>.d.ts`: the package's API (`export *` from the main entry) plus the
 *   framework's JSX / component augmentation for every tag in the manifest, and
 * - `dist/<name>.js`: the main entry again (`import 'scr-summary/react'` registers the tags
 *   as `import 'scr-summary'` does), so the one import gives a TSX or SFC file both.
 *
 * Typing rules (each framework sets what it can as a property, the rest as attributes):
 * - React 19 and Preact: every attribute under its attribute name (`nhs-number`), every
 *   public writable field under its property name (`nhsNumber`, `headers`), each typed as the
 *   class's own field (`ScrSummary['nhsNumber']`); each event as `on` + its name exactly as
 *   written (`onscr-load`), the handler taking the event the element declares in
 *   `GlobalEventHandlersEventMap` (so `e.detail` is typed).
 * - Vue 3: `GlobalComponents`, props by property name (Vue's type-checker camelises
 *   `:nhs-number`), events as `on` + camelised name (`@scr-load` is checked as `onScrLoad`).
 *
 * An event documented with `@fires` but missing from `GlobalEventHandlersEventMap` fails
 * the build: its detail would otherwise reach hosts untyped.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const typesDir = join(root, 'dist/types');
const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs (`npm run build`); do not edit.\n';

const fail = (message) => {
  console.error(`framework-types: ${message}`);
  process.exit(1);
};

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
if (elements.length === 0) fail('custom-elements.json declares no custom elements.');

// Every class named here must be exported by the main entry's declarations.
const indexTypes = readFileSync(join(typesDir, 'index.d.ts'), 'utf8');
for (const { name } of elements) {
  if (!new RegExp(`\\b${name}\\b`).test(indexTypes)) fail(`${name} is not exported from src/index.ts; the typings refer to it.`);
}

// The events the declarations type in GlobalEventHandlersEventMap (`'scr-load': CustomEvent<…>`).
const declarationText = (function walk(dir) {
  return readdirSync(dir)
    .map((f) => join(dir, f))
    .map((p) => (statSync(p).isDirectory() ? walk(p) : p.endsWith('.d.ts') ? readFileSync(p, 'utf8') : ''))
    .join('\n');
})(typesDir);
const typedEvents = new Set([...declarationText.matchAll(/['"]([\w-]+)['"]\s*:\s*CustomEvent</g)].map((m) => m[1]));

const isPublic = (m) => !m.privacy || m.privacy === 'public';
const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (s) => camel(s).replace(/^./, (c) => c.toUpperCase());
const quote = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`);
const doc = (text, indent) => (text ? `${indent}/** ${String(text).replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');

/** What one element offers a framework: its settable members and its events. */
function surface(decl) {
  const fields = (decl.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !m.static && !m.readonly);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const attributes = (decl.attributes ?? [])
    .map((a) => ({ attribute: a.name, field: byName.get(a.fieldName ?? a.name), description: a.description }))
    .filter((a) => a.field);
  const events = (decl.events ?? []).map((e) => e.name).filter(Boolean);
  for (const event of events) {
    if (!typedEvents.has(event)) {
      fail(
        `<${decl.tagName}> fires ${event} (@fires) but no declaration types it: add \`'${event}': CustomEvent<…>\` to ` +
          'GlobalEventHandlersEventMap (the `declare global` block of the element), so hosts get its detail type.',
      );
    }
  }
  return { decl, fields, attributes, events: (decl.events ?? []).filter((e) => e.name) };
}

const surfaces = elements.map(surface);
const EVENT_TYPE = 'type ScrEventOf<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : CustomEvent<unknown>;\n';
const classImport = `import type { ${surfaces.map((s) => s.decl.name).join(', ')} } from './index.js';\n`;

/** React 19 and Preact: attributes as written, fields by name, `on` + event name as written. */
function jsxProps({ decl, fields, attributes, events }, suffix) {
  const lines = [];
  const seen = new Set();
  const add = (key, type, description) => {
    if (seen.has(key)) return;
    seen.add(key);
    lines.push(`${doc(description, '  ')}  ${quote(key)}?: ${type};`);
  };
  for (const a of attributes) add(a.attribute, `${decl.name}['${a.field.name}']`, a.description ?? a.field.description);
  for (const f of fields) add(f.name, `${decl.name}['${f.name}']`, f.description);
  for (const e of events) add(`on${e.name}`, `(event: ScrEventOf<'${e.name}'>) => void`, e.description);
  return `/** \`<${decl.tagName}>\` in ${suffix}: ${decl.summary ?? ''} */\nexport interface ${decl.name}${suffix.replace(/\W/g, '')}Props {\n${lines.join('\n')}\n}\n`;
}

function react() {
  const props = surfaces.map((s) => jsxProps(s, 'React')).join('\n');
  const entries = surfaces
    .map(({ decl }) => `      '${decl.tagName}': Omit<DetailedHTMLProps<HTMLAttributes<${decl.name}>, ${decl.name}>, keyof ${decl.name}ReactProps> & ${decl.name}ReactProps;`)
    .join('\n');
  return `${HEADER}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${classImport}
export * from './scr-summary.js';

${EVENT_TYPE}
${props}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
}

function preact() {
  const props = surfaces.map((s) => jsxProps(s, 'Preact')).join('\n');
  const entries = surfaces
    .map(({ decl }) => `      '${decl.tagName}': Omit<HTMLAttributes<${decl.name}>, keyof ${decl.name}PreactProps> & ${decl.name}PreactProps;`)
    .join('\n');
  return `${HEADER}import type { HTMLAttributes } from 'preact';
${classImport}
export * from './scr-summary.js';

${EVENT_TYPE}
${props}
declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
}

/** Vue 3: props by property name, events as `on` + PascalCase name. */
function vueProps({ decl, fields, events }) {
  const lines = [];
  for (const f of fields) lines.push(`${doc(f.description, '  ')}  ${quote(f.name)}?: ${decl.name}['${f.name}'];`);
  for (const e of events) lines.push(`${doc(e.description, '  ')}  ${quote(`on${pascal(e.name)}`)}?: (event: ScrEventOf<'${e.name}'>) => void;`);
  return `/** \`<${decl.tagName}>\` in Vue templates: ${decl.summary ?? ''} */\nexport interface ${decl.name}VueProps {\n${lines.join('\n')}\n}\n`;
}

function vue() {
  const props = surfaces.map(vueProps).join('\n');
  const entries = surfaces.map(({ decl }) => `    '${decl.tagName}': DefineComponent<${decl.name}VueProps>;`).join('\n');
  return `${HEADER}import type { DefineComponent } from 'vue';
${classImport}
export * from './scr-summary.js';

${EVENT_TYPE}
${props}
declare module 'vue' {
  interface GlobalComponents {
${entries}
  }
}
`;
}

const FRAMEWORKS = { react, preact, vue };

mkdirSync(typesDir, { recursive: true });
for (const [name, render] of Object.entries(FRAMEWORKS)) {
  writeFileSync(join(typesDir, `${name}.d.ts`), render());
  writeFileSync(join(root, 'dist', `${name}.js`), `${HEADER}export * from './scr-summary.js';\n`);
}
const eventCount = surfaces.reduce((n, s) => n + s.events.length, 0);
console.log(`framework-types: ${Object.keys(FRAMEWORKS).map((n) => `dist/types/${n}.d.ts`).join(', ')} (${surfaces.length} elements, ${eventCount} events)`);
