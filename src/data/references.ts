/**
 * Resolving FHIR References inside one payload. Nothing is fetched: a reference that points
 * outside the Bundle stays unresolved and the caller shows what it can (its `display`).
 *
 * Two different resources under one name (the same `Type/id`, the same `fullUrl`, or the
 * same contained `#id`) make a reference to that name ambiguous. It is never guessed: it
 * resolves to nothing, exactly like a reference to a resource that is not there, and the
 * resolver lists the name so the record can say so (hazard H4). Identical copies (the same
 * JSON, in any key order) are one resource and resolve as usual.
 */
import { asArray, asString, isObject, isResource, MAX_BUNDLE_DEPTH, type BundleEntry, type FhirResource, type Reference } from './fhir.js';
import type { RecordWarning } from './model.js';

/**
 * Looks one reference up. Resolves a single hop and never follows the target's own
 * references, so circular references cannot loop.
 */
export type Resolver = (ref: Reference | undefined, container?: FhirResource) => FhirResource | undefined;

/** A resolver over one payload, with the names it refused to resolve because two different resources share them. */
export type PayloadResolver = Resolver & {
  /** `Type/id`, a fullUrl, or `#id in Type/id`, in the order first met. */
  readonly ambiguous: readonly string[];
};

/** `Type/id` or `Type/id/_history/n` at the end of a URL or relative reference. */
const TYPE_ID = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

/** The form a fullUrl is indexed and looked up under. UUIDs and OIDs ignore case. */
function urlKey(url: string): string {
  const trimmed = url.trim();
  if (/^urn:/i.test(trimmed)) return trimmed.toLowerCase();
  return trimmed.replace(/\/_history\/[^/]*$/, '');
}

/**
 * Structural equality of two parsed JSON values, object keys in any order. Iterative, so a
 * deeply nested payload cannot exhaust the stack.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]];
  while (pending.length > 0) {
    const [x, y] = pending.pop()!;
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const xKeys = Object.keys(x);
    const yKeys = Object.keys(y);
    if (xKeys.length !== yKeys.length) return false;
    for (const key of xKeys) {
      if (!Object.hasOwn(y, key)) return false;
      pending.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

/** One name's target: the resource, or `undefined` once two different resources claimed the name. */
class NameIndex {
  private readonly slots = new Map<string, { resource: FhirResource | undefined; name: string }>();

  constructor(private readonly onAmbiguous: (name: string) => void) {}

  add(key: string, resource: FhirResource, name: string): void {
    const slot = this.slots.get(key);
    if (!slot) {
      this.slots.set(key, { resource, name });
      return;
    }
    if (slot.resource === undefined || slot.resource === resource || sameJson(slot.resource, resource)) return;
    slot.resource = undefined;
    // Named as first met: later spellings of a case-insensitive urn name the same thing.
    this.onAmbiguous(slot.name);
  }

  has(key: string): boolean {
    return this.slots.has(key);
  }

  /** The resource under `key`; undefined when there is none or the name is ambiguous. */
  get(key: string): FhirResource | undefined {
    return this.slots.get(key)?.resource;
  }
}

/** The one contained resource with this id; none when absent, or when different ones share it. */
function containedById(container: FhirResource, id: string): FhirResource | undefined {
  const found = asArray<unknown>(container.contained).filter((r): r is FhirResource => isResource(r) && r.id === id);
  return found.every((r) => sameJson(r, found[0])) ? found[0] : undefined;
}

/** Contained ids that two different contained resources share, as `#id in Type/id`. */
function ambiguousContained(resource: FhirResource): string[] {
  const byId = new Map<string, FhirResource[]>();
  for (const inner of asArray<unknown>(resource.contained)) {
    const id = isResource(inner) ? asString(inner.id) : undefined;
    if (id) byId.set(id, [...(byId.get(id) ?? []), inner as FhirResource]);
  }
  const owner = asString(resource.id) ? `${resource.resourceType}/${asString(resource.id)}` : resource.resourceType;
  return [...byId].filter(([, list]) => !list.every((r) => sameJson(r, list[0]))).map(([id]) => `#${id} in ${owner}`);
}

export function createResolver(entries: BundleEntry[]): PayloadResolver {
  const ambiguous: string[] = [];
  const note = (name: string) => {
    if (!ambiguous.includes(name)) ambiguous.push(name);
  };
  const byFullUrl = new NameIndex(note);
  const byTypeId = new NameIndex(note);
  // fullUrls ending in /Type/id, for a relative reference to a server-URL fullUrl whose
  // resource lacks an id.
  const byFullUrlTail = new NameIndex(note);

  const index = (list: unknown, depth: number): void => {
    for (const entry of asArray<unknown>(list)) {
      if (!isObject(entry) || !isResource(entry.resource)) continue;
      const resource = entry.resource;
      const fullUrl = asString(entry.fullUrl);
      if (fullUrl) {
        const key = urlKey(fullUrl);
        byFullUrl.add(key, resource, fullUrl.trim());
        const tail = TYPE_ID.exec(key);
        if (tail) byFullUrlTail.add(`${tail[1]}/${tail[2]}`, resource, `${tail[1]}/${tail[2]}`);
      }
      const id = asString(resource.id);
      if (id) byTypeId.add(`${resource.resourceType}/${id}`, resource, `${resource.resourceType}/${id}`);
      for (const name of ambiguousContained(resource)) note(name);
      if (resource.resourceType === 'Bundle' && depth < MAX_BUNDLE_DEPTH) index(resource.entry, depth + 1);
    }
  };
  index(entries, 0);

  const resolve: Resolver = (ref, container) => {
    // A bare string where a Reference belongs is tolerated: it can only mean the reference.
    const raw = typeof ref === 'string' ? ref : isObject(ref) ? asString(ref.reference) : undefined;
    if (raw === undefined) return undefined;
    const target = raw.trim();

    if (target.startsWith('#')) {
      // `#` alone is the container itself; `#id` is one of its contained resources.
      if (!isResource(container)) return undefined;
      const id = target.slice(1);
      return id === '' ? container : containedById(container, id);
    }

    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      // `urn:uuid:`, `urn:oid:` and absolute URLs name a fullUrl. Absolute: only an exact fullUrl match. A same-looking Type/id from another server
      // may be a different resource, and a wrong match misattributes clinical data.
      return byFullUrl.get(urlKey(target));
    }

    const typeId = TYPE_ID.exec(target);
    if (!typeId || typeId.index !== 0) return undefined;
    const key = `${typeId[1]}/${typeId[2]}`;
    // An ambiguous Type/id stays unresolved: falling back to a fullUrl would be a guess too.
    return byTypeId.has(key) ? byTypeId.get(key) : byFullUrlTail.get(key);
  };
  return Object.assign(resolve, { ambiguous });
}

/** How many ambiguous names a warning spells out; the rest are counted. */
const NAMED_AT_MOST = 10;

/**
 * The record-level warning for names two different resources share (hazard H4): which ones,
 * and that references to them were not followed, so what they would have said is not shown.
 */
export function ambiguityWarnings(resolve: PayloadResolver): RecordWarning[] {
  const names = resolve.ambiguous;
  if (names.length === 0) return [];
  const listed = names.slice(0, NAMED_AT_MOST).join(', ');
  const more = names.length > NAMED_AT_MOST ? ` and ${names.length - NAMED_AT_MOST} more` : '';
  const one = names.length === 1;
  return [{
    kind: 'ambiguous-reference',
    text:
      `This record holds different resources under the same ${one ? 'id' : 'ids'} (${listed}${more}). ` +
      `References to ${one ? 'it' : 'them'} could not be resolved, so the details they would have given (such as a medicine’s name) are not shown. ` +
      'Each of those resources is still shown or counted.',
  }];
}
