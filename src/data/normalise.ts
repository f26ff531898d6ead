/**
 * The one entry point from a parsed response body to the summary model. Pure: no DOM,
 * no fetching, so a host can call it directly (in a browser or in Node).
 */
import { allergyStatusOf, negationContradictions, textContradictions } from './allergy-status.js';
import { matchToNarrative } from './coded-matching.js';
import { readComposition, sectionContradictions } from './composition.js';
import { allSections, countsOf } from './counts.js';
import { historyLimits } from './history-limit.js';
import { headlineOf } from './headline.js';
import { stripAllergies, urgentFacts } from './strip-facts.js';
import { ASK_WARNING, OPTED_OUT_MESSAGE, permissionOf, POINTER_MESSAGE } from './consent.js';
import { nonR4Reason } from './detect.js';
import { checkIdentity } from './identity.js';
import { outcomeFailure, outcomeWarnings } from './outcome.js';
import { completeHeader } from './record-source.js';
import { asArray, asString, isObject, isResource, MAX_BUNDLE_DEPTH, type Bundle, type BundleEntry, type FhirResource, type Reference } from './fhir.js';
import type { Failure, HiddenCounts, NormaliseResult, RecordWarning, SummaryModel } from './model.js';
import { ambiguityWarnings, createResolver, type Resolver } from './references.js';
import { NOT_A_RESOURCE, summariseSteps, SUPPORTING_TYPES, type ResourceSummary } from './resources/index.js';
import { runToEnd, type Steps } from './steps.js';
import { bump } from './resources/common.js';
import { readList } from './resources/lists.js';
import { orderWarnings } from './warning-order.js';

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

function isEmpty(model: Omit<SummaryModel, 'empty' | 'counts' | 'headline' | 'strip'>): boolean {
  const a = model.allergies;
  const x = model.additional;
  const medicines = Object.values(model.medicines).reduce((n, list) => n + list.length, 0);
  const counts = [a.active, a.ended, a.refuted, a.negations, a.sections, x.conditions, x.flags, x.entries, x.sections, model.lists]
    .reduce((n, list) => n + list.length, medicines);
  const hidden = model.hidden.enteredInError + Object.values(model.hidden.notDisplayed).reduce((n, v) => n + v, 0);
  return counts === 0 && hidden === 0;
}

export function normalise(payload: unknown, options: NormaliseOptions = {}): NormaliseResult {
  return runToEnd(normaliseSteps(payload, options));
}

/** `normalise`, pausing between its parts and every few hundred resources (data/steps.ts). */
export function* normaliseSteps(payload: unknown, options: NormaliseOptions = {}): Steps<NormaliseResult> {
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
    return fail(
      permission === 'ask'
        ? { kind: 'unsupported', cause: 'pointer-ask', message: `${POINTER_MESSAGE} ${ASK_WARNING}` }
        : { kind: 'unsupported', cause: 'pointer', message: POINTER_MESSAGE },
    );
  }
  if (permission === 'ask') warnings.push({ kind: 'consent', text: ASK_WARNING });

  yield;
  const resolve = createResolver(entries);
  const compositions = resources.filter((r) => r.resourceType === 'Composition');
  const composition = compositions[0];
  // Two different resources under one name: references to it resolve to nothing, and the reader is told (H4).
  warnings.push(...ambiguityWarnings(resolve));
  const doc = composition ? readComposition(composition) : undefined;
  if (doc?.status === 'entered-in-error') return fail({ kind: 'entered-in-error', message: ENTERED_IN_ERROR_MESSAGE });
  if (doc?.status === 'preliminary') warnings.push({ kind: 'document', text: PRELIMINARY_WARNING });
  const documents = doc ? [doc, ...readOtherDocuments(compositions.slice(1), warnings)] : [];

  // An SCR's narrative is its display of the record: a coded resource that is one of its
  // entries is counted, not shown twice; every other one is shown (coded-matching.ts).
  // IPS sections show their coded entries.
  const scr = documents.some((d) => d.isScr);
  const docSections = documents.flatMap((d) => d.sections);
  const clinical = scr ? resources.filter((r) => !SUPPORTING_TYPES.has(r.resourceType)) : resources;
  const { matched, unmatched } = scr ? matchToNarrative(clinical, docSections, resolve, now) : { matched: [], unmatched: clinical };
  const summary = yield* summariseSteps(unmatched, resolve, now, { otherEntries: scr });
  yield;
  const hidden: HiddenCounts = summary.hidden;
  if (unreadable > 0) bump(hidden.notDisplayed, NOT_A_RESOURCE, unreadable);
  if (tooDeep > 0) bump(hidden.notDisplayed, TOO_DEEP, tooDeep);
  if (scr) {
    hidden.narrativeCopies = countByType(matched);
    // A List's completeness warnings are not narrative: they are raised even when the List matched a row (H6).
    summary.warnings.push(...listWarningsOf(matched, resolve));
    const shown = markNotInNarrative(summary);
    if (shown > 0) summary.warnings.unshift({ kind: 'not-in-narrative', text: NOT_IN_NARRATIVE_WARNING(shown) });
  }

  // An IPS section shows its coded entries and keeps its narrative too: the narrative is the
  // document's attested text and can hold what the coding lost (a strength, a dose).
  const sectionEntries = new Map(documents.flatMap((d) => [...d.sectionEntries]));
  const sections = docSections.map((s) =>
    !scr && shownFromEntries(sectionEntries.get(s.key) ?? [], resolve) ? { ...s, structured: true } : s,
  );
  if (identity.nhsNumber === undefined) {
    warnings.unshift({
      kind: 'identity',
      text: 'This record does not state an NHS number, so it does not confirm the patient’s identity. Check the patient’s details before acting on it.',
    });
  }
  const allergySections = sections.filter((s) => s.group === 'allergies');
  const evidence = { ...summary.allergies, lists: summary.lists, sections: allergySections };
  warnings.push(
    ...incompleteWarnings(bundle),
    ...resources.filter((r) => r.resourceType === 'OperationOutcome').flatMap(outcomeWarnings),
    ...documents.flatMap((d) => d.warnings),
    ...sectionContradictions(sections, sectionEntries),
    ...summary.warnings,
    ...negationContradictions(evidence),
    ...textContradictions(evidence),
  );

  const allergyStatus = allergyStatusOf(evidence);
  const base: Omit<SummaryModel, 'empty' | 'counts' | 'headline' | 'strip'> = {
    shape: doc ? (doc.isScr ? 'scr-document' : doc.isIps ? 'ips-document' : 'document') : 'resources',
    patient: identity,
    header: completeHeader(doc?.header ?? {}, composition, patient, resolve, now),
    warnings: orderWarnings(warnings),
    allergyStatus,
    allergies: { ...summary.allergies, sections: allergySections },
    medicines: { ...summary.medicines, sections: sections.filter((s) => s.group === 'medications') },
    additional: { conditions: summary.conditions, flags: summary.flags, entries: summary.entries, sections: sections.filter((s) => s.group === 'additional') },
    lists: summary.lists,
    hidden,
    history: {},
  };
  base.history = historyLimits(base);
  const empty = isEmpty(base);
  // An empty answer has no identity to confirm; the warning would only alarm.
  if (empty) base.warnings = base.warnings.filter((w) => w.kind !== 'identity');
  const counted = { ...base, counts: countsOf(base, allergyStatus) };
  const strip = { allergies: stripAllergies(counted), urgent: urgentFacts(allSections(counted)) };
  return { ok: true, model: { ...counted, headline: headlineOf(counted), strip, empty } };
}

export const ENTERED_IN_ERROR_MESSAGE =
  'The record service marked this summary as entered in error: it is not a record to act on, and it has not been shown.';
const PRELIMINARY_WARNING = 'The record service marked this summary as preliminary: it is not final and may change.';
const NOT_IN_NARRATIVE_WARNING = (n: number) =>
  `${n === 1 ? '1 coded entry' : `${n} coded entries`} in this record ${n === 1 ? 'is' : 'are'} not in its summary text. ${n === 1 ? 'It is' : 'They are'} shown, marked “Not in the summary text”.`;

/**
 * Every Composition after the first is shown too, its sections under its own title (class
 * 10): a document is never dropped because another came first. One marked entered in error
 * is not shown, and the reader is told.
 */
function readOtherDocuments(compositions: FhirResource[], warnings: RecordWarning[]) {
  const out = [];
  for (const [i, c] of compositions.entries()) {
    const title = asString(c.title) ?? `Document ${i + 2}`;
    const read = readComposition(c, { documentTitle: title });
    if (read.status === 'entered-in-error') {
      warnings.push({ kind: 'document', text: `The response also holds a document “${title}” marked as entered in error; it is not shown.` });
      continue;
    }
    warnings.push({ kind: 'document', text: `The response holds more than one document. The sections of “${title}” are shown under its title.` });
    out.push(read);
  }
  return out;
}

/** Marks every item read from an SCR document's coded resources as missing from its text; returns how many. */
function markNotInNarrative(summary: ResourceSummary): number {
  const items = [
    ...summary.allergies.active, ...summary.allergies.ended, ...summary.allergies.refuted,
    ...Object.values(summary.medicines).flat(), ...summary.conditions, ...summary.flags, ...summary.entries,
  ];
  for (const item of items) item.notInNarrative = true;
  return items.length + summary.allergies.negations.length + summary.lists.length;
}

function listWarningsOf(resources: FhirResource[], resolve: Resolver): RecordWarning[] {
  return resources.flatMap((r, position) => {
    if (r.resourceType !== 'List') return [];
    const outcome = readList(r, position, resolve);
    return outcome === 'hidden' ? [] : outcome.warnings;
  });
}

function countByType(resources: FhirResource[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of resources) bump(counts, r.resourceType);
  return counts;
}

const DISPLAYED = new Set(['AllergyIntolerance', 'MedicationStatement', 'MedicationRequest', 'Condition', 'Flag']);

/** A section whose entries all resolve to resources the widget displays is shown from them; its narrative would repeat them. */
function shownFromEntries(refs: Reference[], resolve: Resolver): boolean {
  return refs.length > 0 && refs.every((ref) => DISPLAYED.has(resolve(ref)?.resourceType ?? ''));
}
