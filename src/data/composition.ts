/**
 * Document Bundles (the NHS SCR API and IPS): a Composition whose sections carry the
 * record. The SCR sends allergies and medicines only as narrative tables, so every
 * section is kept, placed by its code, its title when uncoded, or its parent section
 * (section-kinds.ts), and its text read for what it says (narrative-reading.ts).
 */
import { codeWord, emptyReasonOf } from './codes.js';
import { createdText } from './dates.js';
import { asArray, asString, isObject, type CodeableConcept, type FhirResource, type Reference } from './fhir.js';
import type { RecordHeader, RecordWarning, Section, SectionKind } from './model.js';
import { findAll, isHighlighted, parseXhtml, sanitise, textOf, unwrapDiv, type RawElement, type RawNode } from './narrative.js';
import { readHistorySection } from './history-limit.js';
import { groupOfKind, IPS_SECTION_CODES, sectionKindOf } from './section-kinds.js';

export const SCR_DOCUMENT_TYPES = new Set(['196981000000101', '196971000000103']);

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
  /** The Composition's `status` (`final`, `preliminary`, `amended`, `entered-in-error`), as sent. */
  status?: string;
}

function sectionCode(section: FhirSection): string | undefined {
  const coding = asArray<{ code?: unknown; system?: unknown }>(section.code?.coding)[0];
  return asString(coding?.code);
}

function byId(nodes: RawNode[], id: string): RawElement | undefined {
  return findAll(nodes, (e) => e.attrs.id === id)[0];
}

/** The fields of the SCR Title section, by their element ids. */
const TITLE_FIELDS = ['Disclaimer', 'CreateTime', 'Author', 'Practice'];

/** Nodes of the Title section that are none of its known fields and no highlighted statement: kept as written. */
function otherTitleText(nodes: RawNode[]): RawNode[] {
  const out: RawNode[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      if (node.trim() !== '') out.push(node);
      continue;
    }
    if (TITLE_FIELDS.includes(node.attrs.id ?? '') || isHighlighted(node)) continue;
    const known = findAll(node.children, (e) => TITLE_FIELDS.includes(e.attrs.id ?? '') || isHighlighted(e));
    if (known.length === 0) out.push(node);
    else out.push(...otherTitleText(node.children));
  }
  return out;
}

/** The SCR `Title` section holds the record header, not clinical content. */
function readTitleSection(nodes: RawNode[], source: string): { header: RecordHeader; warnings: RecordWarning[] } {
  const text = (id: string) => {
    const el = byId(nodes, id);
    return el ? textOf(el) : undefined;
  };
  const createTime = text('CreateTime')?.replace(/^Summary Created:\s*/i, '');
  const created = createTime === undefined ? undefined : createdText(createTime);
  const author = text('Author')?.replace(/^Created by:\s*/i, '');
  const header: RecordHeader = { disclaimer: text('Disclaimer'), created, author, practice: text('Practice') };
  const notes = sanitise(otherTitleText(nodes));
  if (notes.some((n) => textOf(n) !== '')) header.notes = notes;
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

interface PlacedSection {
  section: FhirSection;
  /** The kind of the section it is nested in, if any. */
  parent?: SectionKind;
  depth: number;
}

export interface ReadOptions {
  /** Set for every Composition of a response but the first: its sections are shown under its title. */
  documentTitle?: string;
}

/** Reads one Composition. Nested sections are kept in document order, each with its parent's kind to fall back on. */
export function readComposition(composition: FhirResource, options: ReadOptions = {}): DocumentSummary {
  const isScr = SCR_DOCUMENT_TYPES.has(typeCode(composition) ?? '');
  const sections: Section[] = [];
  const warnings: RecordWarning[] = [];
  const sectionEntries = new Map<string, Reference[]>();
  let header: RecordHeader = { title: asString(composition.title) };
  let isIps = false;
  const primary = options.documentTitle === undefined;

  const queue: PlacedSection[] = asArray<unknown>(composition.section).filter(isObject).map((section) => ({ section: section as FhirSection, depth: 0 }));
  let index = 0;
  while (queue.length > 0) {
    const { section: fhirSection, parent, depth } = queue.shift()!;
    const position = index++;
    const code = sectionCode(fhirSection);
    const title = asString(fhirSection.title) ?? (code ? `Section ${code}` : `Untitled section ${position + 1}`);
    const ref = `Composition section ${code ?? title}`;
    const raw = unwrapDiv(parseXhtml(asString(fhirSection.text?.div) ?? ''));
    const placed = sectionKindOf(code, asString(fhirSection.title), parent);
    const nested = asArray<unknown>(fhirSection.section).filter(isObject).map((s) => ({ section: s as FhirSection, parent: placed === 'title' ? parent : placed, depth: depth + 1 }));
    // Children come straight after their parent, before its next sibling (document order).
    queue.unshift(...nested);
    if (placed === 'title' && primary) {
      const read = readTitleSection(raw, ref);
      header = { ...header, ...read.header, title: header.title ?? title };
      warnings.push(...read.warnings);
      continue;
    }
    if (placed === 'title') {
      // A second document's header is shown as a section of its own, its statements still raised as warnings.
      warnings.push(...readTitleSection(raw, ref).warnings);
    }
    const kind: SectionKind = placed === 'title' ? 'additional' : placed;
    if (code && IPS_SECTION_CODES.has(code)) isIps = true;
    const entries = asArray<Reference>(fhirSection.entry).filter(isObject);
    const key = `${options.documentTitle ? `${options.documentTitle}:` : ''}${position}:${code ?? title}`;
    sectionEntries.set(key, entries);
    const { reading, history } = readHistorySection(raw, kind);
    const section: Section = {
      key,
      title,
      code,
      group: groupOfKind(kind),
      kind,
      narrative: sanitise(raw),
      notRecorded: reading.state === 'not-recorded',
      emptyReason: emptyReasonOf(fhirSection.emptyReason),
      reading,
      ...(history ? { history } : {}),
      source: { kind: 'section', ref },
    };
    if (options.documentTitle) section.documentTitle = options.documentTitle;
    sections.push(section);
  }
  const status = codeWord(composition.status);
  return { header, sections, warnings, sectionEntries, isScr, isIps, ...(status ? { status } : {}) };
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
