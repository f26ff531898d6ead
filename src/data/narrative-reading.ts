/**
 * What a section's text says, read from its structure and whole statements only (issue 11,
 * class 3). A count is the number of data rows of the section's top-level tables, whatever
 * their cell elements (`<td>` or `<th scope="row">`), with continuation rows given to the
 * entry above them; a nested table is part of its row. "Not recorded" and "no known
 * allergies" are read only from a row or paragraph that is that statement as a whole, never
 * from a phrase inside a real entry. Anything else outside a table (entries written as
 * paragraphs or lists) cannot be counted with confidence: the reading is then `unclear`,
 * and the card points to the section instead of stating a count or a label.
 */
import type { NarrativeEntry, SectionKind, SectionReading } from './model.js';
import { cellSpan, isHighlighted, textOf, type RawElement, type RawNode } from './narrative.js';

/** A whole statement that nothing is recorded (the SCR's row, IPS's sentence). */
const NOT_RECORDED_STATEMENT =
  /^(there is )?no (relevant )?information (is )?(available|recorded)( (for|about|regarding|on) [^.;]*)?\.?$/i;

/** A whole statement that no allergy (of a scope) is known. */
const NO_KNOWN_STATEMENT =
  /^(nil known|none known|nkda|nka|no known (drug |food |environmental |medication |latex )?(allerg(y|ies)|sensitivit(y|ies)|adverse (drug )?reactions?|intolerances?)( or (allerg(y|ies)|sensitivit(y|ies)|adverse (drug )?reactions?|intolerances?))?)\.?$/i;

/** Text that annotates the entry above it: the SCR wraps such rows in `***…***` or labels them. */
const STARRED = /^\*{3}[\s\S]*\*{3}$/;
const LABELLED = /^(reason for medication|date discontinued|reason|additional information|supporting information|notes?|comments?)\s*:/i;

/** Paragraphs of a section that describe the summary, not its content. */
const META_TEXT = /^summary (sent|created)\s*:/i;

const NAME_HEADERS = new Set([
  'medication item', 'medication', 'medication name', 'medicine', 'medicine name', 'drug', 'drug name', 'description',
  'substance', 'allergen', 'allergy', 'allergy name', 'causative agent', 'agent', 'vaccine', 'condition', 'condition name',
  'problem', 'item', 'name',
]);

export const isNotRecordedStatement = (text: string) => NOT_RECORDED_STATEMENT.test(text.trim());
export const isNoKnownStatement = (text: string) => NO_KNOWN_STATEMENT.test(text.trim());

const isElement = (n: RawNode): n is RawElement => typeof n !== 'string';
const children = (e: RawElement, names: string[]) => e.children.filter((c): c is RawElement => isElement(c) && names.includes(c.name));

/** A row's cells laid out by column (a `colspan` cell fills each column it spans). */
function cellsByColumn(row: RawElement): string[] {
  const out: string[] = [];
  for (const cell of children(row, ['td', 'th'])) {
    const text = textOf(cell);
    for (let i = 0; i < (cellSpan(cell.attrs.colspan) ?? 1); i++) out.push(text);
  }
  return out;
}

interface TableRows {
  header?: string[];
  body: RawElement[];
}

/** The table's own rows (never those of a table nested in a cell), split into the header row and data rows. */
function rowsOf(table: RawElement): TableRows {
  const head: RawElement[] = [];
  const body: RawElement[] = [];
  for (const part of table.children) {
    if (!isElement(part)) continue;
    if (part.name === 'tr') body.push(part);
    else if (part.name === 'thead') head.push(...children(part, ['tr']));
    else if (part.name === 'tbody' || part.name === 'tfoot') body.push(...children(part, ['tr']));
  }
  // Without a thead, a first row made only of column headers (no `scope="row"`) is the header.
  if (head.length === 0 && body.length > 0) {
    const cells = children(body[0], ['td', 'th']);
    if (cells.length > 0 && cells.every((c) => c.name === 'th' && c.attrs.scope !== 'row')) head.push(body.shift()!);
  }
  const headerRow = head.find((r) => children(r, ['td', 'th']).length > 0);
  return { header: headerRow ? cellsByColumn(headerRow).map((h) => h.toLowerCase().replace(/\s+/g, ' ').trim()) : undefined, body };
}

interface Columns {
  name?: number;
  date?: number;
  type?: number;
}

function columnsOf(header: string[] | undefined): Columns {
  if (!header) return {};
  const find = (test: (h: string) => boolean) => {
    const i = header.findIndex(test);
    return i >= 0 ? i : undefined;
  };
  return { name: find((h) => NAME_HEADERS.has(h)), date: find((h) => /\bdate\b/.test(h)), type: find((h) => h === 'type') };
}

const MEDICATION_KINDS = new Set<SectionKind>(['acute-medications', 'repeat-medications', 'discontinued-medications', 'medications']);

/**
 * A continuation row belongs to the entry above it: text the SCR stars or labels as an
 * annotation, or, in a medicines table with Type and Date columns, a row with neither (every
 * medicine the SCR lists has both).
 */
function isContinuation(cells: string[], columns: Columns, kind: SectionKind): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length > 0 && filled.every((c) => STARRED.test(c) || LABELLED.test(c))) return true;
  if (MEDICATION_KINDS.has(kind) && columns.type !== undefined && columns.date !== undefined) {
    return !cells[columns.type] && !cells[columns.date];
  }
  return false;
}

interface Reader {
  kind: SectionKind;
  entries: NarrativeEntry[];
  negations: string[];
  notRecorded: number;
  unclear: boolean;
  /** When asked for: each entry's rows (its data row, then its continuation rows), in entry order. */
  rows?: RawElement[][];
}

function readTable(table: RawElement, reader: Reader): void {
  const { header, body } = rowsOf(table);
  const columns = columnsOf(header);
  let last: NarrativeEntry | undefined;
  for (const row of body) {
    const whole = textOf(row);
    if (whole === '') continue;
    const cells = cellsByColumn(row);
    const named = columns.name !== undefined ? cells[columns.name] : undefined;
    // The statement is the row, or the cell that names the item: then the row is not an entry.
    if (isNotRecordedStatement(whole) || (named && isNotRecordedStatement(named))) {
      reader.notRecorded += 1;
      continue;
    }
    if (isContinuation(cells, columns, reader.kind)) {
      if (last) {
        last.notes.push(whole);
        reader.rows?.at(-1)!.push(row);
      }
      // An annotation with no entry above it: the table cannot be read with confidence.
      else reader.unclear = true;
      continue;
    }
    const name = named || whole;
    if (reader.kind === 'allergies' && isNoKnownStatement(name)) {
      reader.negations.push(name);
      continue;
    }
    last = { name, notes: [] };
    const date = columns.date !== undefined ? cells[columns.date] : undefined;
    if (date) last.date = date;
    reader.entries.push(last);
    reader.rows?.push([row]);
  }
}

const HEADING = /^h[1-6]$|^caption$/;

/** Walks the section: top-level tables are read; other text is read as whole statements, else it is unclear. */
function walk(nodes: RawNode[], reader: Reader): void {
  for (const node of nodes) {
    if (!isElement(node)) {
      if (node.trim() !== '') statement(node.replace(/\s+/g, ' ').trim(), reader);
      continue;
    }
    // Highlighted statements are warnings, shown where they stand; headings name, they do not list.
    if (isHighlighted(node) || HEADING.test(node.name)) continue;
    if (node.name === 'table') {
      readTable(node, reader);
      continue;
    }
    if (hasTable(node)) walk(node.children, reader);
    else {
      const text = textOf(node);
      if (text !== '') statement(text, reader);
    }
  }
}

function hasTable(node: RawElement): boolean {
  return node.children.some((c) => isElement(c) && (c.name === 'table' || hasTable(c)));
}

function statement(text: string, reader: Reader): void {
  if (META_TEXT.test(text)) return;
  if (isNotRecordedStatement(text)) reader.notRecorded += 1;
  else if (reader.kind === 'allergies' && isNoKnownStatement(text)) reader.negations.push(text);
  else reader.unclear = true;
}

/** `rows`, when given, receives each entry's rows (src/data/history-limit.ts leaves some out of a long history). */
export function readSectionText(nodes: RawNode[], kind: SectionKind, rows?: RawElement[][]): SectionReading {
  const reader: Reader = { kind, entries: [], negations: [], notRecorded: 0, unclear: false, rows };
  walk(nodes, reader);
  const { entries, negations } = reader;
  const state: SectionReading['state'] = reader.unclear
    ? 'unclear'
    : entries.length > 0
      ? 'entries'
      : negations.length > 0
        ? 'no-known'
        : reader.notRecorded > 0
          ? 'not-recorded'
          : 'empty';
  return { state, entries, negations };
}
