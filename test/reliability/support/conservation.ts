/**
 * Hazard H4 as arithmetic: every clinical resource that arrives is shown or counted. The
 * input side walks a payload the way a reader of the FHIR specification would (entries,
 * and the entries of Bundles nested in them); the output side adds up everything the model
 * shows or says it did not show. Written independently of the normaliser on purpose: a
 * count computed by the code under test would agree with itself.
 */
import type { SummaryModel } from '../../../src/data/model.js';

/** Resources that only give context (who, where, which medicine, the document itself): never "clinical content". */
export const CONTEXT_TYPES: ReadonlySet<string> = new Set([
  'Composition', 'Patient', 'Practitioner', 'PractitionerRole', 'Organization', 'Location', 'Encounter',
  'Device', 'RelatedPerson', 'Medication', 'Provenance', 'Bundle',
]);

/**
 * Nested Bundles (batch-response, transaction-response) are opened at any depth a payload
 * could plausibly carry: a resource does not stop being clinical because it is nested.
 * The limit only keeps a hostile payload from exhausting the stack.
 */
const MAX_DEPTH = 64;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isResource = (v: unknown): v is Record<string, unknown> & { resourceType: string } => isObject(v) && typeof v.resourceType === 'string';

/**
 * What a Bundle holds that must be shown or counted: every entry, nested Bundles opened,
 * except context resources. An entry that is not a resource at all (`{}`, `42`, an entry
 * whose `resource` has no `resourceType`) still arrived and must be counted as unreadable;
 * only a failed batch part (`response.status` not 2xx, no resource) is excused, because it
 * is reported as an "incomplete record" warning instead. A lone object where the `entry`
 * array belongs counts as one entry, as the normaliser tolerates it (fhir.ts `asArray`).
 */
export function clinicalResourcesIn(bundle: unknown, depth = 0): number {
  if (!isResource(bundle)) return 0;
  const raw = bundle.entry;
  const entries: unknown[] = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  let count = 0;
  for (const entry of entries) {
    if (!isObject(entry)) {
      count += 1;
      continue;
    }
    const response = isObject(entry.response) ? entry.response : undefined;
    const status = typeof response?.status === 'string' && response.status.trim() !== '' ? response.status.trim() : undefined;
    if (!isResource(entry.resource)) {
      if (status === undefined || /^2/.test(status)) count += 1;
      continue;
    }
    const resource = entry.resource;
    if (resource.resourceType === 'Bundle' && depth < MAX_DEPTH) count += clinicalResourcesIn(resource, depth + 1);
    else if (!CONTEXT_TYPES.has(resource.resourceType)) count += 1;
  }
  return count;
}

/** Sum of a count map; NaN when any value is not a whole number ≥ 0 (a count that is not a count is a bug). */
function total(counts: Record<string, unknown> | undefined): number {
  let sum = 0;
  for (const key of Object.keys(counts ?? {})) {
    const value = (counts as Record<string, unknown>)[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return Number.NaN;
    sum += value;
  }
  return sum;
}

/** What the model shows as an item, and what it counts as entered in error, not displayed or a narrative copy. */
export function accountedFor(model: SummaryModel): { shown: number; hidden: number } {
  const a = model.allergies;
  const m = model.medicines;
  const shown =
    a.active.length + a.ended.length + a.refuted.length + a.negations.length +
    m.prohibited.length + m.repeat.length + m.acute.length + m.other.length + m['on-hold'].length + m.unconfirmed.length + m.stopped.length +
    model.additional.conditions.length + model.additional.flags.length + model.additional.entries.length + model.lists.length;
  const hidden = model.hidden.enteredInError + total(model.hidden.notDisplayed) + total(model.hidden.narrativeCopies);
  return { shown, hidden };
}

/** Every kind `scr-error` may carry (README "Events", plus `unauthorized` from issue 7). */
export const FAILURE_KINDS: ReadonlySet<string> = new Set([
  'invalid-nhs-number', 'http', 'network', 'timeout', 'parse', 'unsupported', 'refused', 'patient-mismatch', 'unauthorized', 'entered-in-error',
]);
