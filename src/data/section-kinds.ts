/**
 * What a document section holds, from explicit evidence only: its code; else, for an
 * uncoded section (SCR initial uploads send no section codes), its title as the SCR writes
 * it; else the section it is nested in. A section is never placed by its position.
 */
import { ownValue } from './fhir.js';
import type { SectionGroup, SectionKind } from './model.js';

/** The SCR's own section codes (domain §2a). `Title` is the record header, not a section of content. */
const SCR_CODES: Record<string, SectionKind | 'title'> = {
  Title: 'title',
  AllergiesHeader: 'allergies',
  AcuteMedsHeader: 'acute-medications',
  RepeatMedsHeader: 'repeat-medications',
  DiscRepeatMedsHeader: 'discontinued-medications',
  RisksToPatientHeader: 'additional',
  DiagnosesHeader: 'additional',
  ProblemsHeader: 'additional',
  ObservationsHeader: 'additional',
  TreatmentsHeader: 'additional',
  ResultsHeader: 'additional',
  EventsHeader: 'additional',
  ProceduresHeader: 'additional',
  AdviceHeader: 'additional',
  PreferencesHeader: 'additional',
  CircumstancesHeader: 'additional',
};

/** IPS (LOINC) section codes with a group of their own; every other LOINC section is additional. */
const LOINC_CODES: Record<string, SectionKind> = {
  '48765-2': 'allergies',
  '10160-0': 'medications',
};

export const IPS_SECTION_CODES: ReadonlySet<string> = new Set(Object.keys(LOINC_CODES));

/**
 * Uncoded sections by title, in the order they are tried. The SCR's titles carry the period
 * after them ("Acute Medications (For the 12 month period …)"), so a title is matched by its
 * leading words, case and spacing ignored.
 */
const TITLE_RULES: [RegExp, SectionKind | 'title'][] = [
  [/^general practice summary$/, 'title'],
  [/^discontinued repeat medications?\b/, 'discontinued-medications'],
  [/^(current )?repeat medications?\b/, 'repeat-medications'],
  [/^acute medications?\b/, 'acute-medications'],
  [/^allergies and adverse reactions\b|^allerg(y|ies)\b|^adverse reactions?\b/, 'allergies'],
  // Any other title naming allergies or medicines is kept with them, as the source named it.
  [/allerg/, 'allergies'],
  [/medicat|medicine/, 'medications'],
];

const normalTitle = (title: string) => title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export function kindFromCode(code: string | undefined): SectionKind | 'title' | undefined {
  if (code === undefined) return undefined;
  return ownValue(SCR_CODES, code) ?? ownValue(LOINC_CODES, code);
}

export function kindFromTitle(title: string | undefined): SectionKind | 'title' | undefined {
  if (!title) return undefined;
  const text = normalTitle(title);
  return TITLE_RULES.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * A section's kind: a code the widget knows decides it; an uncoded section goes by its
 * title; otherwise it belongs with its parent (an allergy subsection inside the allergies
 * section is allergy information whatever its own code, if that code means nothing here),
 * and a top-level section nobody can place is additional information.
 */
export function sectionKindOf(code: string | undefined, title: string | undefined, parent: SectionKind | undefined): SectionKind | 'title' {
  const byCode = kindFromCode(code);
  if (byCode) return byCode;
  const byTitle = code === undefined ? kindFromTitle(title) : undefined;
  // A nested section titled "General Practice Summary" is content of its parent, not a second record header.
  if (byTitle && !(byTitle === 'title' && parent)) return byTitle;
  return parent ?? 'additional';
}

export function groupOfKind(kind: SectionKind): SectionGroup {
  if (kind === 'allergies') return 'allergies';
  if (kind === 'additional') return 'additional';
  return 'medications';
}
