/**
 * Document Bundles (the NHS SCR API and IPS): a Composition whose sections carry the
 * record. The SCR sends allergies and medicines only as narrative tables, so every
 * section is kept, grouped by its code, and falls back to its title when uncoded.
 */
import { asArray, asString, isObject, ownValue, type CodeableConcept, type FhirResource, type Reference } from './fhir.js';
import type { EmptyReason, RecordHeader, RecordWarning, Section, SectionGroup } from './model.js';
import { findAll, isHighlighted, parseXhtml, sanitise, textOf, unwrapDiv, type RawElement, type RawNode } from './narrative.js';

export const SCR_DOCUMENT_TYPES = new Set(['196981000000101', '196971000000103']);

const SCR_GROUPS: Record<string, SectionGroup> = {
  AllergiesHeader: 'allergies',
  AcuteMedsHeader: 'medications',
  RepeatMedsHeader: 'medications',
  DiscRepeatMedsHeader: 'medications',
};

const LOINC_GROUPS: Record<string, SectionGroup> = {
  '48765-2': 'allergies',
  '10160-0': 'medications',
};

const NOT_RECORDED_ROW = /no relevant information available/i;

interface FhirSection {
  title?: unknown;
  code?: CodeableConcept;
  text?: { div?: unknown };
  entry?: unknown;
  emptyReason?: CodeableConcept;
  section?: unknown;
}

export interface DocumentSummary {
  header: RecordHeader;
  sections: Section[];
  warnings: RecordWarning[];
  /** Each section's entry references, by section key: an IPS shows these as structured items. */
  sectionEntries: Map<string, Reference[]>;
  isScr: boolean;
  isIps: boolean;
}

function sectionCode(section: FhirSection): string | undefined {
  const coding = asArray<{ code?: unknown; system?: unknown }>(section.code?.coding)[0];
  return asString(coding?.code);
}

function groupFor(code: string | undefined, title: string): SectionGroup {
  const known = code === undefined ? undefined : ownValue(SCR_GROUPS, code) ?? ownValue(LOINC_GROUPS, code);
  if (known) return known;
  // Uncoded sections (initial uploads) are grouped by their title, as the source named them.
  if (!code && /allerg/i.test(title)) return 'allergies';
  if (!code && /medicat/i.test(title)) return 'medications';
  return 'additional';
}

function emptyReasonOf(section: FhirSection): EmptyReason | undefined {
  const cc = section.emptyReason;
  if (!isObject(cc)) return undefined;
  const coding = asArray<{ code?: unknown; display?: unknown }>(cc.coding)[0];
  const code = asString(coding?.code) ?? 'unknown';
  return { code, text: asString(cc.text) ?? asString(coding?.display) ?? code };
}

/** Table body rows: those that say "No relevant information…" mean not recorded, not none. */
function tableRows(nodes: RawNode[]): { informative: number; notRecorded: number } {
  let informative = 0;
  let notRecorded = 0;
  for (const row of findAll(nodes, (e) => e.name === 'tr')) {
    if (row.children.some((c) => typeof c !== 'string' && c.name === 'th')) continue;
    const text = textOf(row);
    if (!text) continue;
    if (NOT_RECORDED_ROW.test(text)) notRecorded += 1;
    else informative += 1;
  }
  return { informative, notRecorded };
}

function byId(nodes: RawNode[], id: string): RawElement | undefined {
  return findAll(nodes, (e) => e.attrs.id === id)[0];
}

/** The SCR `Title` section holds the record header, not clinical content. */
function readTitleSection(nodes: RawNode[], source: string): { header: RecordHeader; warnings: RecordWarning[] } {
  const text = (id: string) => {
    const el = byId(nodes, id);
    return el ? textOf(el) : undefined;
  };
  const created = text('CreateTime')?.replace(/^Summary Created:\s*/i, '');
  const author = text('Author')?.replace(/^Created by:\s*/i, '');
  const header: RecordHeader = { disclaimer: text('Disclaimer'), created, author, practice: text('Practice') };
  const warnings = findAll(nodes, isHighlighted).map((el) => ({
    kind: 'highlighted' as const,
    text: textOf(el),
    source: { kind: 'section' as const, ref: source },
  }));
  return { header, warnings };
}

function typeCode(composition: FhirResource): string | undefined {
  const type = composition.type as CodeableConcept | undefined;
  return asString(asArray<{ code?: unknown }>(type?.coding)[0]?.code);
}

function flattenSections(sections: unknown): FhirSection[] {
  const out: FhirSection[] = [];
  for (const s of asArray<unknown>(sections)) {
    if (!isObject(s)) continue;
    out.push(s as FhirSection);
    out.push(...flattenSections((s as FhirSection).section));
  }
  return out;
}

export function readComposition(composition: FhirResource): DocumentSummary {
  const isScr = SCR_DOCUMENT_TYPES.has(typeCode(composition) ?? '');
  const sections: Section[] = [];
  const warnings: RecordWarning[] = [];
  const sectionEntries = new Map<string, Reference[]>();
  let header: RecordHeader = { title: asString(composition.title) };
  let isIps = false;

  flattenSections(composition.section).forEach((fhirSection, index) => {
    const code = sectionCode(fhirSection);
    const title = asString(fhirSection.title) ?? (code ? `Section ${code}` : `Untitled section ${index + 1}`);
    const ref = `Composition section ${code ?? title}`;
    const raw = unwrapDiv(parseXhtml(asString(fhirSection.text?.div) ?? ''));
    if (code === 'Title') {
      const read = readTitleSection(raw, ref);
      header = { ...header, ...read.header, title: header.title ?? title };
      warnings.push(...read.warnings);
      return;
    }
    if (code && ownValue(LOINC_GROUPS, code)) isIps = true;
    const entries = asArray<Reference>(fhirSection.entry).filter(isObject);
    const key = `${index}:${code ?? title}`;
    sectionEntries.set(key, entries);
    const rows = tableRows(raw);
    sections.push({
      key,
      title,
      code,
      group: groupFor(code, title),
      narrative: sanitise(raw),
      notRecorded: rows.notRecorded > 0 && rows.informative === 0,
      emptyReason: emptyReasonOf(fhirSection),
      rowCount: rows.informative,
      source: { kind: 'section', ref },
    });
  });
  return { header, sections, warnings, sectionEntries, isScr, isIps };
}

/**
 * A section that says it is empty (`emptyReason`) while it lists entries disagrees with
 * itself, as a List can (hazard H3). The entries are shown; the reader is told the record
 * contradicts itself rather than left to pick one reading. Only coded entries count: an
 * empty section's narrative often words its emptiness in a table row ("No information"),
 * which is not a contradiction.
 */
export function sectionContradictions(sections: Section[], entries: Map<string, Reference[]>): RecordWarning[] {
  const warnings: RecordWarning[] = [];
  for (const s of sections) {
    if (!s.emptyReason) continue;
    const count = entries.get(s.key)?.length ?? 0;
    if (count === 0) continue;
    const found = count === 1 ? '1 entry, which is shown' : `${count} entries, which are shown`;
    warnings.push({
      kind: 'contradiction',
      text: `The section "${s.title}" says "${s.emptyReason.text}", but it holds ${found}.`,
      source: s.source,
    });
  }
  return warnings;
}
