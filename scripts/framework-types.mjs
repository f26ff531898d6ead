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
export const FRAMEWORKS = ['react', 'preact', 'vue'];
export const typesFile = (name) => join(typesDir, `${name}.d.ts`);
export const entryFile = (name) => join(root, 'dist', `${name}.js`);
/** Each framework entry's JavaScript: the registering entry again. */
export const ENTRY = `${HEADER}export * from './scr-summary.js';\n`;

const isPublic = (m) => !m.privacy || m.privacy === 'public';
const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (s) => camel(s).replace(/^./, (c) => c.toUpperCase());
const quote = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`);
const doc = (text, indent) => (text ? `${indent}/** ${String(text).replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const EVENT_TYPE = 'type ScrEventOf<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : CustomEvent<unknown>;\n';

/** What one element offers a framework: its settable members and its events. */
function surface(decl, typedEvents) {
  const fields = (decl.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !m.static && !m.readonly);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const attributes = (decl.attributes ?? [])
    .map((a) => ({ attribute: a.name, field: byName.get(a.fieldName ?? a.name), description: a.description }))
    .filter((a) => a.field);
  const events = (decl.events ?? []).filter((e) => e.name);
  for (const { name } of events) {
    if (!typedEvents.has(name)) {
      throw new Error(
        `<${decl.tagName}> fires ${name} (@fires) but no declaration types it: add \`'${name}': CustomEvent<…>\` to ` +
          'GlobalEventHandlersEventMap (the `declare global` block of the element), so hosts get its detail type.',
      );
    }
  }
  return { decl, fields, attributes, events };
}

/** React 19 and Preact: attributes as written, fields by name, `on` + event name as written. */
function jsxProps({ decl, fields, attributes, events }, framework) {
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
  return `/** \`<${decl.tagName}>\` in ${framework}: ${decl.summary ?? ''} */\nexport interface ${decl.name}${framework}Props {\n${lines.join('\n')}\n}\n`;
}

/** Vue 3: props by property name, events as `on` + PascalCase name. */
function vueProps({ decl, fields, events }) {
  const lines = [];
  for (const f of fields) lines.push(`${doc(f.description, '  ')}  ${quote(f.name)}?: ${decl.name}['${f.name}'];`);
  for (const e of events) lines.push(`${doc(e.description, '  ')}  ${quote(`on${pascal(e.name)}`)}?: (event: ScrEventOf<'${e.name}'>) => void;`);
  return `/** \`<${decl.tagName}>\` in Vue templates: ${decl.summary ?? ''} */\nexport interface ${decl.name}VueProps {\n${lines.join('\n')}\n}\n`;
}

/** One framework's file: its imports, the API re-exported, the props, and the augmentation holding `entries`. */
function file(frameworkImport, surfaces, props, augmentation) {
  const classes = `import type { ${surfaces.map((s) => s.decl.name).join(', ')} } from './index.js';\n`;
  return `${HEADER}${frameworkImport}${classes}\nexport * from './scr-summary.js';\n\n${EVENT_TYPE}\n${props}\n${augmentation}`;
}

const jsxAugmentation = (module, entries) => `declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;

/**
 * The typings for each framework from a manifest, the text of the package's declarations
 * (its `GlobalEventHandlersEventMap` entries say what each event's detail is) and of the
 * main entry's declarations (which must export every element class). Throws, saying why,
 * when an element's class or event cannot be typed.
 */
export function frameworkTypes(manifest, declarationText, indexTypes) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  if (elements.length === 0) throw new Error('custom-elements.json declares no custom elements.');
  for (const { name } of elements) {
    if (!new RegExp(`\\b${name}\\b`).test(indexTypes)) throw new Error(`${name} is not exported from src/index.ts; the typings refer to it.`);
  }
  const typedEvents = new Set([...declarationText.matchAll(/['"]([\w-]+)['"]\s*:\s*CustomEvent</g)].map((m) => m[1]));
  const surfaces = elements.map((decl) => surface(decl, typedEvents));
  const each = (line) => surfaces.map(({ decl }) => line(decl)).join('\n');

  const react = file(
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n",
    surfaces,
    surfaces.map((s) => jsxProps(s, 'React')).join('\n'),
    jsxAugmentation('react', each((d) => `      '${d.tagName}': Omit<DetailedHTMLProps<HTMLAttributes<${d.name}>, ${d.name}>, keyof ${d.name}ReactProps> & ${d.name}ReactProps;`)),
  );
  const preact = file(
    "import type { HTMLAttributes } from 'preact';\n",
    surfaces,
    surfaces.map((s) => jsxProps(s, 'Preact')).join('\n'),
    jsxAugmentation('preact', each((d) => `      '${d.tagName}': Omit<HTMLAttributes<${d.name}>, keyof ${d.name}PreactProps> & ${d.name}PreactProps;`)),
  );
  const vue = file(
    "import type { DefineComponent } from 'vue';\n",
    surfaces,
    surfaces.map(vueProps).join('\n'),
    `declare module 'vue' {\n  interface GlobalComponents {\n${each((d) => `    '${d.tagName}': DefineComponent<${d.name}VueProps>;`)}\n  }\n}\n`,
  );
  return { files: { react, preact, vue }, elements: surfaces.length, events: surfaces.reduce((n, s) => n + s.events.length, 0) };
}

/** The inputs as the build has made them: the manifest, and the declarations under dist/types (the generated files left out). */
export function builtInputs() {
  const generated = new Set(FRAMEWORKS.map(typesFile));
  const declarationText = (function walk(dir) {
    return readdirSync(dir)
      .map((f) => join(dir, f))
      .map((p) => (statSync(p).isDirectory() ? walk(p) : p.endsWith('.d.ts') && !generated.has(p) ? readFileSync(p, 'utf8') : ''))
      .join('\n');
  })(typesDir);
  return {
    manifest: JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')),
    declarationText,
    indexTypes: readFileSync(join(typesDir, 'index.d.ts'), 'utf8'),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { manifest, declarationText, indexTypes } = builtInputs();
    const { files, elements, events } = frameworkTypes(manifest, declarationText, indexTypes);
    mkdirSync(typesDir, { recursive: true });
    for (const name of FRAMEWORKS) {
      writeFileSync(typesFile(name), files[name]);
      writeFileSync(entryFile(name), ENTRY);
    }
    console.log(`framework-types: ${FRAMEWORKS.map((n) => `dist/types/${n}.d.ts`).join(', ')} (${elements} elements, ${events} events)`);
  } catch (error) {
    console.error(`framework-types: ${error.message}`);
    process.exit(1);
  }
}
