/**
 * Mutated FHIR payloads for fuzzing: a real-shaped record (the project's samples, or the
 * shared public fixtures) with a random list of edits applied, the kinds of damage real
 * payloads arrive with: fields missing, replaced by the wrong type or by hostile text,
 * entries duplicated, dropped, re-ordered, re-typed or nested in a batch-response, parts of
 * one record grafted into another.
 *
 * Edits address nodes by index (modulo the number of nodes at the time), so fast-check can
 * shrink a failure to the one edit that matters.
 */
import fc from 'fast-check';

type Json = unknown;
type Path = (string | number)[];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every node under `root` (not the root itself), depth first, capped so huge records stay quick. */
export function pathsIn(root: Json, cap = 4000): Path[] {
  const out: Path[] = [];
  const walk = (node: Json, path: Path) => {
    if (out.length >= cap) return;
    if (Array.isArray(node)) node.forEach((child, i) => (out.push([...path, i]), walk(child, [...path, i])));
    else if (isObject(node)) for (const key of Object.keys(node)) (out.push([...path, key]), walk(node[key], [...path, key]));
  };
  walk(root, []);
  return out;
}

function parentOf(root: Json, path: Path): { parent: Record<string | number, unknown> | unknown[]; key: string | number } | undefined {
  let node: Json = root;
  for (const step of path.slice(0, -1)) {
    if (Array.isArray(node) || isObject(node)) node = (node as Record<string | number, unknown>)[step];
    else return undefined;
  }
  if (!Array.isArray(node) && !isObject(node)) return undefined;
  return { parent: node as Record<string | number, unknown>, key: path[path.length - 1] };
}

/** Text that has broken renderers and parsers before: bidi, emoji, markup, huge, sentinel dates, prototype-ish keys excluded (see fuzz-normalise.test.ts). */
export const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    'بنسلين — حساسية شديدة',
    'פניצילין \u202Eevil\u202C',
    '👩🏽‍⚕️💊🚑 allergy',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    'A'.repeat(20000),
    'Cocamidopropyl betaine 30% solution and macrogol 400 monolaurate oral/rectal long-name '.repeat(20),
    '1970-01-01',
    '2999-12-31',
    '2015-03',
    '14-Nov-06',
    '9434765919',
    '\u0000\u0007\uFFFF',
    'urn:uuid:',
    '#',
    'Patient/',
  ),
);

export const RESOURCE_TYPES = [
  'AllergyIntolerance', 'MedicationStatement', 'MedicationRequest', 'Medication', 'Condition', 'Flag', 'List',
  'Observation', 'Patient', 'Practitioner', 'Organization', 'Composition', 'Bundle', 'OperationOutcome',
  'DocumentReference', 'Consent', 'Encounter', 'Immunization', '', ' ', 'allergyintolerance',
] as const;

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'replace'; at: number; value: Json }
  | { op: 'text'; at: number; value: string }
  | { op: 'wrap'; at: number }
  | { op: 'graft'; at: number; from: number }
  | { op: 'duplicate-entry'; at: number }
  | { op: 'drop-entry'; at: number }
  | { op: 'shuffle-entries'; seed: number }
  | { op: 'retype'; at: number; resourceType: string }
  | { op: 'nest'; at: number; count: number }
  | { op: 'import-entry'; sample: number; at: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('text' as const), at: fc.nat(), value: hostileString }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wrap' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('graft' as const), at: fc.nat(), from: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate-entry' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('drop-entry' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('shuffle-entries' as const), seed: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('retype' as const), at: fc.nat(), resourceType: fc.constantFrom(...RESOURCE_TYPES) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('nest' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('import-entry' as const), sample: fc.nat(), at: fc.nat() }) },
);

const entriesOf = (root: Json): unknown[] | undefined => (isObject(root) && Array.isArray(root.entry) ? root.entry : undefined);

/** Applies the edits to a deep copy of `base`; `donors` supply entries for `import-entry`. */
export function applyMutations(base: Json, mutations: Mutation[], donors: Json[]): Json {
  const root = structuredClone(base);
  for (const m of mutations) {
    const entries = entriesOf(root);
    switch (m.op) {
      case 'delete':
      case 'replace':
      case 'text':
      case 'wrap':
      case 'graft': {
        const paths = pathsIn(root);
        if (paths.length === 0) break;
        const target = parentOf(root, paths[m.at % paths.length]);
        if (!target) break;
        const { parent, key } = target;
        const slot = parent as Record<string | number, unknown>;
        if (m.op === 'delete') {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete slot[key];
        } else if (m.op === 'replace') slot[key] = structuredClone(m.value);
        else if (m.op === 'text') slot[key] = m.value;
        else if (m.op === 'wrap') slot[key] = Array.isArray(slot[key]) ? (slot[key] as unknown[])[0] : [slot[key]];
        else {
          const source = parentOf(root, paths[m.from % paths.length]);
          if (source) slot[key] = structuredClone((source.parent as Record<string | number, unknown>)[source.key]);
        }
        break;
      }
      case 'duplicate-entry':
        if (entries?.length) entries.push(structuredClone(entries[m.at % entries.length]));
        break;
      case 'drop-entry':
        if (entries?.length) entries.splice(m.at % entries.length, 1);
        break;
      case 'shuffle-entries':
        if (entries) {
          let seed = m.seed || 1;
          for (let i = entries.length - 1; i > 0; i--) {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            const j = seed % (i + 1);
            [entries[i], entries[j]] = [entries[j], entries[i]];
          }
        }
        break;
      case 'retype':
        if (entries?.length) {
          const entry = entries[m.at % entries.length];
          if (isObject(entry) && isObject(entry.resource)) entry.resource.resourceType = m.resourceType;
        }
        break;
      case 'nest':
        // A batch-response: some entries moved into a Bundle inside an entry.
        if (entries?.length) {
          const start = m.at % entries.length;
          const moved = entries.splice(start, m.count);
          entries.push({ resource: { resourceType: 'Bundle', type: 'batch-response', entry: moved }, response: { status: '200 OK' } });
        }
        break;
      case 'import-entry': {
        const donor = donors.length ? entriesOf(donors[m.sample % donors.length]) : undefined;
        if (entries && donor?.length) entries.push(structuredClone(donor[m.at % donor.length]));
        break;
      }
    }
  }
  return root;
}
