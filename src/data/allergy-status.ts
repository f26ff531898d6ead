/**
 * The allergy status label (domain §3, hazard H3), decided once, from explicit evidence.
 * The rules, first that applies:
 *
 * | # | evidence                                                                                   | label          |
 * |---|--------------------------------------------------------------------------------------------|----------------|
 * | 1 | a current or ended allergy: a coded one, or an entry of an allergy section's text            | `known`        |
 * | 2 | an allergy section whose text could not be read with confidence (paragraphs, lists)          | `unavailable`, `unclear` ("see the section below") |
 * | 3 | a "no known allergy" assertion: coded (SNOMED), a whole row or paragraph of the text, a current List or section `nilknown` | `no-known` (scoped: the source's words; unconfirmed: said so) |
 * | 4 | a current List or section saying nothing was recorded, or an allergy section saying only "No relevant information" | `not-recorded` |
 * | 5 | anything else, including no allergy information at all                                       | `unavailable`  |
 *
 * A retired or entered-in-error List states nothing current and sets no label. A section
 * shown from its coded entries (IPS) is read through those entries, not its text.
 */
import type { Allergy, AllergyNegation, AllergyStatus, ListStatement, RecordWarning, Section } from './model.js';

/** Empty reasons that say nothing was recorded, as opposed to "none known" (`nilknown`). */
export const NOT_RECORDED_REASONS = ['no-content-recorded', 'notasked', 'notstarted'];

export interface AllergyEvidence {
  active: Allergy[];
  ended: Allergy[];
  negations: AllergyNegation[];
  lists: ListStatement[];
  /** The allergy sections of the document (IPS sections shown from coded entries are marked `structured`). */
  sections: Section[];
}

/** A List says something current only while its status is `current` (or unstated). */
export const isCurrentList = (l: ListStatement) => l.status === undefined || l.status === 'current';

/** The scope a "no known …" statement in words covers. */
export function negationScope(text: string): AllergyNegation['scope'] {
  if (/\b(drug|medication)\b/i.test(text)) return 'drug';
  if (/\bfood\b/i.test(text)) return 'food';
  if (/\benvironment(al)?\b|\blatex\b/i.test(text)) return 'environment';
  return 'all';
}

interface Negation {
  text: string;
  scope: AllergyNegation['scope'];
  unconfirmed: boolean;
}

function negationsOf(e: AllergyEvidence, textSections: Section[]): Negation[] {
  return [
    ...e.negations
      .filter((n) => n.verification !== 'refuted')
      .map((n) => ({ text: n.text, scope: n.scope, unconfirmed: n.verification === 'unconfirmed' })),
    ...textSections.flatMap((s) => s.reading.negations.map((text) => ({ text, scope: negationScope(text), unconfirmed: false }))),
  ];
}

function fromNegations(negations: Negation[]): AllergyStatus {
  const all = negations.filter((n) => n.scope === 'all');
  const behind = all.length > 0 ? all : negations;
  const status: AllergyStatus = { label: 'no-known', detail: [...new Set(behind.map((n) => n.text))].join('; ') };
  if (all.length === 0) status.scoped = true;
  if (behind.some((n) => n.unconfirmed)) status.unconfirmed = true;
  return status;
}

export function allergyStatusOf(e: AllergyEvidence): AllergyStatus {
  const textSections = e.sections.filter((s) => !s.structured);
  const narrativeEntries = textSections.reduce((n, s) => n + s.reading.entries.length, 0);
  if (e.active.length + e.ended.length + narrativeEntries > 0) return { label: 'known' };
  if (textSections.some((s) => s.reading.state === 'unclear')) return { label: 'unavailable', unclear: true };

  const lists = e.lists.filter((l) => l.topic === 'allergies' && isCurrentList(l));
  const negations = negationsOf(e, textSections);
  if (negations.length > 0) return fromNegations(negations);
  const nilKnown = lists.find((l) => l.emptyReason?.code === 'nilknown') ?? e.sections.find((s) => s.emptyReason?.code === 'nilknown');
  if (nilKnown) return { label: 'no-known', detail: nilKnown.emptyReason?.text };

  const notRecordedList = lists.find((l) => l.emptyReason && NOT_RECORDED_REASONS.includes(l.emptyReason.code));
  if (notRecordedList) return { label: 'not-recorded', detail: notRecordedList.emptyReason?.text };
  // A section's own emptyReason says why it is empty; its text then only words that reason.
  if (textSections.some((s) => !s.emptyReason && s.reading.state === 'not-recorded')) return { label: 'not-recorded' };
  const notRecordedSection = e.sections.find((s) => s.emptyReason && NOT_RECORDED_REASONS.includes(s.emptyReason.code));
  if (notRecordedSection) return { label: 'not-recorded', detail: notRecordedSection.emptyReason?.text };
  return { label: 'unavailable', detail: e.sections.find((s) => s.emptyReason)?.emptyReason?.text };
}

const CATEGORY_OF_SCOPE: Record<AllergyNegation['scope'], string | undefined> = {
  all: undefined,
  drug: 'medication',
  food: 'food',
  environment: 'environment',
};

/**
 * An assertion that no allergy (of a scope) is known, beside a current allergy it covers, is
 * a contradiction (hazard H3): both are shown and the reader is told. A scoped assertion
 * ("No known drug allergy") covers only allergies of its category; an allergy whose category
 * is not stated is not counted against a scoped one.
 */
export function negationContradictions(e: AllergyEvidence): RecordWarning[] {
  const textSections = e.sections.filter((s) => !s.structured);
  const narrativeEntries = textSections.flatMap((s) => s.reading.entries);
  const warnings: RecordWarning[] = [];
  for (const n of negationsOf(e, textSections)) {
    const category = CATEGORY_OF_SCOPE[n.scope];
    const covered = category === undefined ? e.active.length + narrativeEntries.length : e.active.filter((a) => a.category.includes(category)).length;
    if (covered === 0) continue;
    warnings.push({
      kind: 'contradiction',
      text: `The record states “${n.text}”, but it also lists ${covered === 1 ? '1 current allergy, which is shown' : `${covered} current allergies, which are shown`}.`,
    });
  }
  return warnings;
}

/** An SCR allergy table saying "No relevant information" while coded allergies not in it are present (class 1). */
export function textContradictions(e: AllergyEvidence): RecordWarning[] {
  const unmatched = e.active.filter((a) => a.notInNarrative).length;
  if (unmatched === 0) return [];
  return e.sections
    .filter((s) => !s.structured && s.reading.state === 'not-recorded')
    .map((s) => ({
      kind: 'contradiction' as const,
      text: `The section “${s.title}” says that no information is recorded, but the record also holds ${unmatched === 1 ? '1 coded current allergy, which is shown' : `${unmatched} coded current allergies, which are shown`}.`,
      source: s.source,
    }));
}

