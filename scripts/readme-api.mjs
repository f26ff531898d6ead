/**
 * The README's API tables, generated from custom-elements.json (which `npm run build`
 * writes from the JSDoc on the element classes). `node scripts/readme-api.mjs --write`
 * (`npm run readme`) rewrites the section between the markers below;
 * scripts/checks/readme-api.mjs fails when the README and the manifest disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- api:start (generated from custom-elements.json by `npm run readme`; do not edit by hand) -->';
export const END = '<!-- api:end -->';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const readmePath = `${root}README.md`;
export const manifestPath = `${root}custom-elements.json`;

const LIFECYCLE = new Set(['connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'adoptedCallback']);

const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
/** `string | undefined` reads as `string`: every setting is optional. */
const type = (t) => code(t?.text?.replace(/\s*\|\s*undefined\b/g, ''));

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

const isPublic = (m) => !m.privacy || m.privacy === 'public';

function elementSection(decl) {
  const members = (decl.members ?? []).filter((m) => isPublic(m) && !m.static);
  const fields = members.filter((m) => m.kind === 'field');
  const byName = new Map(fields.map((f) => [f.name, f]));
  const attributes = decl.attributes ?? [];
  const attributeFields = new Set(attributes.map((a) => a.fieldName ?? (byName.has(a.name) ? a.name : undefined)).filter(Boolean));
  const lines = [`### \`<${decl.tagName}>\``, ''];
  if (decl.summary) lines.push(cell(decl.summary), '');

  const attributeRows = attributes.map((a) => {
    const field = byName.get(a.fieldName ?? a.name);
    const property = field ? `${code(field.name)}${field.readonly ? ' (read-only)' : ''}` : '';
    return [code(a.name), property, type(a.type ?? field?.type), code(a.default ?? field?.default), cell(a.description ?? field?.description)];
  });
  if (attributeRows.length) lines.push('**Attributes**', '', ...table(['attribute', 'property', 'type', 'default', 'description'], attributeRows));

  const propertyRows = fields.filter((f) => !attributeFields.has(f.name)).map((f) => [code(f.name), type(f.type), cell(f.description)]);
  if (propertyRows.length) lines.push('**Properties** (no attribute: set them from script)', '', ...table(['property', 'type', 'description'], propertyRows));

  const methodRows = members
    .filter((m) => m.kind === 'method' && !LIFECYCLE.has(m.name))
    .map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), cell(m.description)]);
  lines.push(...(methodRows.length ? ['**Methods**', '', ...table(['method', 'description'], methodRows)] : []));

  const eventRows = (decl.events ?? []).map((e) => [code(e.name), cell(e.description)]);
  if (eventRows.length) lines.push('**Events** (all bubble and are composed)', '', ...table(['event', 'description'], eventRows));

  const slotRows = (decl.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]);
  if (slotRows.length) lines.push('**Slots**', '', ...table(['slot', 'description'], slotRows));

  const partRows = (decl.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  if (partRows.length) lines.push('**CSS parts** (`::part()`)', '', ...table(['part', 'description'], partRows));

  const propRows = (decl.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]);
  if (propRows.length) lines.push('**CSS custom properties**', '', ...table(['custom property', 'description'], propRows));
  return lines;
}

/** The elements of the manifest, `<scr-summary>` first, then the others by tag name. */
export function elementsOf(manifest) {
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  return decls.sort((a, b) => (a.tagName === 'scr-summary' ? -1 : b.tagName === 'scr-summary' ? 1 : a.tagName.localeCompare(b.tagName)));
}

export function renderApi(manifest) {
  const lines = [START, ''];
  for (const decl of elementsOf(manifest)) lines.push(...elementSection(decl));
  lines.push(END);
  return lines.join('\n');
}

/** The README's generated section, markers included, or undefined if the markers are missing. */
export function currentSection(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start, end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const readme = readFileSync(readmePath, 'utf8');
  const section = currentSection(readme);
  const generated = renderApi(manifest);
  if (process.argv.includes('--write')) {
    if (!section) {
      console.error(`README.md has no API markers; add\n${START}\n${END}\nwhere the tables belong.`);
      process.exit(1);
    }
    writeFileSync(readmePath, readme.replace(section, generated));
    console.log('README.md API tables regenerated from custom-elements.json');
  } else {
    console.log(generated);
  }
}
