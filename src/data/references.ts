/**
 * Resolving FHIR References inside one payload. Nothing is fetched: a reference that points
 * outside the Bundle stays unresolved and the caller shows what it can (its `display`).
 */
import { asArray, asString, isObject, isResource, MAX_BUNDLE_DEPTH, type BundleEntry, type FhirResource, type Reference } from './fhir.js';

/**
 * Looks one reference up. Resolves a single hop and never follows the target's own
 * references, so circular references cannot loop.
 */
export type Resolver = (ref: Reference | undefined, container?: FhirResource) => FhirResource | undefined;

/** `Type/id` or `Type/id/_history/n` at the end of a URL or relative reference. */
const TYPE_ID = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

/** The form a fullUrl is indexed and looked up under. UUIDs and OIDs ignore case. */
function urlKey(url: string): string {
  const trimmed = url.trim();
  if (/^urn:/i.test(trimmed)) return trimmed.toLowerCase();
  return trimmed.replace(/\/_history\/[^/]*$/, '');
}

export function createResolver(entries: BundleEntry[]): Resolver {
  const byFullUrl = new Map<string, FhirResource>();
  const byTypeId = new Map<string, FhirResource>();
  // fullUrls ending in /Type/id, for a relative reference to a server-URL fullUrl whose
  // resource lacks an id.
  const byFullUrlTail = new Map<string, FhirResource>();

  const index = (list: unknown, depth: number): void => {
    for (const entry of asArray<unknown>(list)) {
      if (!isObject(entry) || !isResource(entry.resource)) continue;
      const resource = entry.resource;
      const fullUrl = asString(entry.fullUrl);
      // First one wins: a duplicate later in the Bundle must not silently replace it.
      if (fullUrl) {
        const key = urlKey(fullUrl);
        if (!byFullUrl.has(key)) byFullUrl.set(key, resource);
        const tail = TYPE_ID.exec(key);
        if (tail && !byFullUrlTail.has(`${tail[1]}/${tail[2]}`)) byFullUrlTail.set(`${tail[1]}/${tail[2]}`, resource);
      }
      const id = asString(resource.id);
      if (id && !byTypeId.has(`${resource.resourceType}/${id}`)) byTypeId.set(`${resource.resourceType}/${id}`, resource);
      if (resource.resourceType === 'Bundle' && depth < MAX_BUNDLE_DEPTH) index(resource.entry, depth + 1);
    }
  };
  index(entries, 0);

  return (ref, container) => {
    // A bare string where a Reference belongs is tolerated: it can only mean the reference.
    const raw = typeof ref === 'string' ? ref : isObject(ref) ? asString(ref.reference) : undefined;
    if (raw === undefined) return undefined;
    const target = raw.trim();

    if (target.startsWith('#')) {
      // `#` alone is the container itself; `#id` is one of its contained resources.
      if (!isResource(container)) return undefined;
      const id = target.slice(1);
      if (id === '') return container;
      return asArray<unknown>(container.contained).find(
        (r): r is FhirResource => isResource(r) && r.id === id,
      );
    }

    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      // `urn:uuid:`, `urn:oid:` and absolute URLs name a fullUrl. Absolute: only an exact fullUrl match. A same-looking Type/id from another server
      // may be a different resource, and a wrong match misattributes clinical data.
      return byFullUrl.get(urlKey(target));
    }

    const typeId = TYPE_ID.exec(target);
    if (!typeId || typeId.index !== 0) return undefined;
    const key = `${typeId[1]}/${typeId[2]}`;
    return byTypeId.get(key) ?? byFullUrlTail.get(key);
  };
}
