/**
 * The one entry point from a parsed response body to the summary model. Pure: no DOM,
 * no fetching, so a host can call it directly (in a browser or in Node).
 */
import { readComposition, sectionContradictions } from './composition.js';
import { ASK_WARNING, OPTED_OUT_MESSAGE, permissionOf, POINTER_MESSAGE } from './consent.js';
import { nonR4Reason } from './detect.js';
import { checkIdentity } from './identity.js';
import { outcomeFailure, outcomeWarnings } from './outcome.js';
import { completeHeader } from './record-source.js';
import { asArray, asString, isObject, isResource, MAX_BUNDLE_DEPTH, type Bundle, type BundleEntry, type FhirResource, type Reference } from './fhir.js';
import type {
  AllergyStatus,
  Failure,
  HiddenCounts,
  ListStatement,
  NormaliseResult,
  RecordWarning,
  Section,
  SummaryModel,
} from './model.js';
import { ambiguityWarnings, createResolver, type Resolver } from './references.js';
import { NOT_A_RESOURCE, summariseResources, SUPPORTING_TYPES, type ResourceSummary } from './resources/index.js';
import { bump } from './resources/common.js';
import { readList } from './resources/lists.js';

/** The footnote key for Bundles nested too deeply to open. */
export const TOO_DEEP = 'Bundle nested too deeply to read';

export interface NormaliseOptions {
  /** The ten digits the host asked for; the record must not name anyone else (hazard H1). */
  requestedNhsNumber?: string;
  now?: Date;
}

const fail = (failure: Failure): NormaliseResult => ({ ok: false, failure });

interface Flattened {
  entries: BundleEntry[];
  /** Entries that carry no resource (and no failed batch status, which is warned of instead): counted, never dropped (H4). */
  unreadable: number;
  /** Bundles nested beyond MAX_BUNDLE_DEPTH: not opened, but counted, never dropped (H4). */
  tooDeep: number;
}

/** Nested Bundles (batch-response, transaction-response) are flattened; failed batch parts are reported. */
function flattenEntries(bundle: Bundle, warnings: RecordWarning[], depth = 0): Flattened {
  const out: Flattened = { entries: [], unreadable: 0, tooDeep: 0 };
  for (let entry of asArray<BundleEntry>(bundle.entry)) {
    if (!isObject(entry)) {
      out.unreadable += 1;
      continue;
    }
    entry = entry as BundleEntry;
    const status = asString(entry.response?.status);
    const failed = status !== undefined && !/^2/.test(status.trim());
    if (failed) {
      warnings.push({ kind: 'incomplete', text: `Part of the record could not be retrieved (the server answered ${status}). The record may be incomplete.` });
    }
    if (!isResource(entry.resource)) {
      if (!failed) out.unreadable += 1;
      continue;
    }
    if (entry.resource.resourceType !== 'Bundle') out.entries.push(entry);
    else if (depth >= MAX_BUNDLE_DEPTH) out.tooDeep += 1;
    else {
      const inner = flattenEntries(entry.resource as Bundle, warnings, depth + 1);
      out.entries.push(...inner.entries);
      out.unreadable += inner.unreadable;
      out.tooDeep += inner.tooDeep;
    }
  }
  return out;
}

function incompleteWarnings(bundle: Bundle): RecordWarning[] {
  const out: RecordWarning[] = [];
  const hasNext = asArray<{ relation?: unknown }>(bundle.link).some((l) => isObject(l) && l.relation === 'next');
  const matches = asArray<unknown>(bundle.entry).filter((e) => {
    const mode = isObject(e) && isObject(e.search) ? e.search.mode : undefined;
    return isObject(e) && (mode === undefined || mode === 'match');
  }).length;
  const total = typeof bundle.total === 'number' ? bundle.total : undefined;
  if (hasNext || (total !== undefined && total > matches)) {
    const detail = total !== undefined && total > matches ? ` The server reported ${total} entries but sent ${matches}.` : ' The server has more pages that were not fetched.';
    out.push({ kind: 'incomplete', text: `This record may be incomplete.${detail}` });
  }
  return out;
}

const hasAnyCode = (lists: ListStatement[], topic: ListStatement['topic'], codes: string[]) =>
  lists.find((l) => l.topic === topic && l.emptyReason && codes.includes(l.emptyReason.code));

/** Empty reasons that say nothing was recorded, as opposed to "none known" (`nilknown`). */
const NOT_RECORDED_REASONS = ['no-content-recorded', 'notasked', 'notstarted'];

/** The four CUI labels (domain §3), each only from explicit data. */
export function allergyStatusOf(summary: ResourceSummary, sections: Section[]): AllergyStatus {
  const { active, ended, negations } = summary.allergies;
  const allergySections = sections.filter((s) => s.group === 'allergies');
  if (active.length + ended.length > 0 || allergySections.some((s) => s.rowCount > 0)) return { label: 'known' };
  if (negations.length > 0) {
    const all = negations.find((n) => n.scope === 'all');
    return all ? { label: 'no-known', detail: all.text } : { label: 'no-known', detail: negations.map((n) => n.text).join('; '), scoped: true };
  }
  const nilKnown = hasAnyCode(summary.lists, 'allergies', ['nilknown']);
  if (nilKnown) return { label: 'no-known', detail: nilKnown.emptyReason?.text };
  const notRecordedList = hasAnyCode(summary.lists, 'allergies', NOT_RECORDED_REASONS);
  if (notRecordedList) return { label: 'not-recorded', detail: notRecordedList.emptyReason?.text };
  if (allergySections.some((s) => s.notRecorded)) return { label: 'not-recorded' };
  const unavailable = allergySections.find((s) => s.emptyReason);
  if (unavailable?.emptyReason && unavailable.emptyReason.code !== 'unavailable') {
    if (unavailable.emptyReason.code === 'nilknown') return { label: 'no-known', detail: unavailable.emptyReason.text };
    if (NOT_RECORDED_REASONS.includes(unavailable.emptyReason.code)) {
      return { label: 'not-recorded', detail: unavailable.emptyReason.text };
    }
  }
  return { label: 'unavailable', detail: unavailable?.emptyReason?.text };
}

function isEmpty(model: Omit<SummaryModel, 'empty'>): boolean {
  const a = model.allergies;
  const m = model.medicines;
  const x = model.additional;
  const counts = [
    a.active, a.ended, a.refuted, a.negations, a.sections, m.repeat, m.acute, m.other, m.stopped, m.sections,
    x.conditions, x.flags, x.sections, model.lists,
  ].reduce((n, list) => n + list.length, 0);
  const hidden = model.hidden.enteredInError + Object.values(model.hidden.notDisplayed).reduce((n, v) => n + v, 0);
  return counts === 0 && hidden === 0;
}

export function normalise(payload: unknown, options: NormaliseOptions = {}): NormaliseResult {
  const now = options.now ?? new Date();
  if (!isResource(payload)) {
    return fail({ kind: 'parse', message: 'The response is JSON but not a FHIR resource (it has no resourceType).' });
  }
  if (payload.resourceType === 'OperationOutcome') return fail(outcomeFailure(payload));
  if (payload.resourceType !== 'Bundle') {
    return fail({
      kind: 'unsupported',
      message: `The endpoint returned a single ${payload.resourceType.slice(0, 60)} resource; a Summary Care Record is expected as a FHIR Bundle.`,
    });
  }
  const bundle = payload as Bundle;
  const warnings: RecordWarning[] = [];
  const { entries, unreadable, tooDeep } = flattenEntries(bundle, warnings);
  const resources = entries.map((e) => e.resource as FhirResource);

  const versionProblem = nonR4Reason([bundle, ...resources]);
  if (versionProblem) {
    return fail({
      kind: 'unsupported',
      message: `This record is not in FHIR R4, which this widget reads: ${versionProblem}. It has not been shown, to avoid misreading it.`,
    });
  }

  const { identity, patient, failure } = checkIdentity(resources, options.requestedNhsNumber);
  if (failure) return fail(failure);

  // The Bundle's own meta.security counts too: a label on the envelope covers everything in it.
  const permission = permissionOf([bundle, ...resources]);
  if (permission === 'no') return fail({ kind: 'refused', message: OPTED_OUT_MESSAGE });
  const isPointer = resources.some((r) => r.resourceType === 'DocumentReference') &&
    resources.every((r) => r.resourceType === 'DocumentReference' || r.resourceType === 'Patient');
  if (isPointer) {
    return fail({ kind: 'unsupported', message: permission === 'ask' ? `${POINTER_MESSAGE} ${ASK_WARNING}` : POINTER_MESSAGE });
  }
  if (permission === 'ask') warnings.push({ kind: 'consent', text: ASK_WARNING });

  const resolve = createResolver(entries);
  // Two different resources under one name: references to it resolve to nothing, and the reader is told (H4).
  warnings.push(...ambiguityWarnings(resolve));
  const composition = resources.find((r) => r.resourceType === 'Composition');
  const doc = composition ? readComposition(composition) : undefined;

  // An SCR's narrative is its display of the record; its coded resources repeat parts of it,
  // so they are counted rather than shown twice. IPS sections show their coded entries.
  const narrativeOnly = doc?.isScr ?? false;
  const clinical = narrativeOnly ? [] : resources;
  const summary = summariseResources(clinical, resolve, now);
  const hidden: HiddenCounts = summary.hidden;
  if (unreadable > 0) bump(hidden.notDisplayed, NOT_A_RESOURCE, unreadable);
  if (tooDeep > 0) bump(hidden.notDisplayed, TOO_DEEP, tooDeep);
  if (narrativeOnly) {
    hidden.narrativeCopies = countCodedCopies(resources);
    // A List's completeness warnings are not narrative: they are raised even when its entries are counted as copies (H6).
    summary.warnings.push(...listWarningsOf(resources, resolve));
  }

  // An IPS section shows its coded entries and keeps its narrative too: the narrative is the
  // document's attested text and can hold what the coding lost (a strength, a dose).
  const sections = (doc?.sections ?? []).map((s) =>
    !narrativeOnly && doc && shownFromEntries(doc.sectionEntries.get(s.key) ?? [], resolve) ? { ...s, structured: true } : s,
  );
  if (identity.nhsNumber === undefined) {
    warnings.unshift({
      kind: 'identity',
      text: 'This record does not state an NHS number, so it does not confirm the patient’s identity. Check the patient’s details before acting on it.',
    });
  }
  warnings.push(
    ...incompleteWarnings(bundle),
    ...resources.filter((r) => r.resourceType === 'OperationOutcome').flatMap(outcomeWarnings),
    ...(doc?.warnings ?? []),
    ...(doc ? sectionContradictions(sections, doc.sectionEntries) : []),
    ...summary.warnings,
  );

  const base: Omit<SummaryModel, 'empty'> = {
    shape: doc ? (doc.isScr ? 'scr-document' : doc.isIps ? 'ips-document' : 'document') : 'resources',
    patient: identity,
    header: completeHeader(doc?.header ?? {}, composition, patient, resolve, now),
    warnings,
    allergyStatus: allergyStatusOf(summary, sections),
    allergies: { ...summary.allergies, sections: sections.filter((s) => s.group === 'allergies') },
    medicines: { ...summary.medicines, sections: sections.filter((s) => s.group === 'medications') },
    additional: { conditions: summary.conditions, flags: summary.flags, sections: sections.filter((s) => s.group === 'additional') },
    lists: summary.lists,
    hidden,
  };
  const empty = isEmpty(base);
  // An empty answer has no identity to confirm; the warning would only alarm.
  if (empty) base.warnings = base.warnings.filter((w) => w.kind !== 'identity');
  return { ok: true, model: { ...base, empty } };
}

function listWarningsOf(resources: FhirResource[], resolve: Resolver): RecordWarning[] {
  return resources.flatMap((r, position) => {
    if (r.resourceType !== 'List') return [];
    const outcome = readList(r, position, resolve);
    return outcome === 'hidden' ? [] : outcome.warnings;
  });
}

function countCodedCopies(resources: FhirResource[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of resources) {
    if (SUPPORTING_TYPES.has(r.resourceType)) continue;
    bump(counts, r.resourceType);
  }
  return counts;
}

const DISPLAYED = new Set(['AllergyIntolerance', 'MedicationStatement', 'MedicationRequest', 'Condition', 'Flag']);

/** A section whose entries all resolve to resources the widget displays is shown from them; its narrative would repeat them. */
function shownFromEntries(refs: Reference[], resolve: Resolver): boolean {
  return refs.length > 0 && refs.every((ref) => DISPLAYED.has(resolve(ref)?.resourceType ?? ''));
}
