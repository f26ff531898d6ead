/**
 * Renders an allow-listed narrative tree. Tags come from a fixed table of literals, text
 * is bound as text and the only attributes are numbers and enums: the record's markup
 * cannot reach the DOM as markup (hazard H9).
 *
 * Presentation only is added, never wording: dates are kept on one line and very long
 * unbroken strings may break anywhere (`recordText`), each body cell of a table carries its
 * column's header text (as the record wrote it) for the stacked narrow layout, the cells
 * of a drug-name or substance column are emphasised (CUI), and a table without a caption
 * gets the section's title as a visually hidden one.
 */
import { nothing, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NarrativeElement, NarrativeNode, NarrativeTag, SectionGroup } from '../data/model.js';
import { textOf } from '../data/narrative.js';
import { recordText } from './common.js';
import { rowBlocks, takeRows, type RowBudget } from './rows.js';
import type { Strings } from './strings.js';

const TAGS: Record<NarrativeTag, StaticValue> = {
  div: literal`div`, p: literal`p`, span: literal`span`, br: literal`br`, hr: literal`hr`, b: literal`b`,
  strong: literal`strong`, i: literal`i`, em: literal`em`, u: literal`u`, sub: literal`sub`, sup: literal`sup`,
  small: literal`small`, pre: literal`pre`, code: literal`code`, blockquote: literal`blockquote`, ul: literal`ul`,
  ol: literal`ol`, li: literal`li`, dl: literal`dl`, dt: literal`dt`, dd: literal`dd`,
  // Narrative headings become paragraphs with emphasis: their levels would break the host page's outline.
  h1: literal`p`, h2: literal`p`, h3: literal`p`, h4: literal`p`, h5: literal`p`, h6: literal`p`,
  table: literal`table`, caption: literal`caption`, thead: literal`thead`, tbody: literal`tbody`, tfoot: literal`tfoot`,
  tr: literal`tr`, th: literal`th`, td: literal`td`, colgroup: literal`colgroup`, col: literal`col`,
};

const VOID_TAGS = new Set<NarrativeTag>(['br', 'hr', 'col']);
const HEADINGS = new Set<NarrativeTag>(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Column headers (lower case, as SCR, IPS and GP systems write them) whose cells name the drug or substance. */
const NAME_COLUMNS: Record<SectionGroup, Set<string>> = {
  medications: new Set(['medication item', 'medication', 'medicine', 'drug', 'drug name']),
  allergies: new Set(['description', 'substance', 'allergen', 'causative agent']),
  additional: new Set(['medication item', 'medication', 'drug']),
};

export interface NarrativeOptions {
  t: Strings;
  /** Which part of the record the narrative belongs to (chooses the name columns to emphasise). */
  group?: SectionGroup;
  /** A caption for tables that have none (visually hidden: the section heading shows it already). */
  caption?: string;
  /** Body rows this render may build (views/rows.ts); without one, every row. */
  rows?: RowBudget;
}

interface TableScope {
  /** The row the labels come from (not itself labelled). */
  header?: NarrativeElement;
  labels: string[];
  nameColumns: Set<number>;
  /** Body rows rendered, and left for a later pass. */
  shown: number;
  held: number;
}

interface Walk {
  options: NarrativeOptions;
  table?: TableScope;
  /** Inside a `thead`: its cells are headers, not labelled body cells. */
  inHead?: boolean;
}

export function renderNarrative(nodes: NarrativeNode[], options: NarrativeOptions): (TemplateResult | string)[] {
  return nodes.map((n) => renderNode(n, { options }));
}


const elements = (nodes: NarrativeNode[]) => nodes.filter((n): n is NarrativeElement => typeof n !== 'string');

/** The header row: the `thead`'s first row, or a first row made only of `th` cells. */
function headerRow(table: NarrativeElement): NarrativeElement | undefined {
  const kids = elements(table.children);
  const thead = kids.find((k) => k.tag === 'thead');
  if (thead) return elements(thead.children).find((k) => k.tag === 'tr');
  const first = kids.find((k) => k.tag === 'tr') ?? elements(kids.find((k) => k.tag === 'tbody')?.children ?? []).find((k) => k.tag === 'tr');
  const cells = first ? elements(first.children).filter((c) => c.tag === 'th' || c.tag === 'td') : [];
  return cells.length && cells.every((c) => c.tag === 'th') ? first : undefined;
}

function tableScope(table: NarrativeElement, group: SectionGroup | undefined): TableScope {
  const labels: string[] = [];
  const nameColumns = new Set<number>();
  const row = headerRow(table);
  for (const c of row ? elements(row.children).filter((k) => k.tag === 'th' || k.tag === 'td') : []) {
    const text = textOf(c);
    for (let i = 0; i < Math.max(1, c.attrs.colspan ?? 1); i += 1) {
      if (group && NAME_COLUMNS[group].has(text.toLowerCase())) nameColumns.add(labels.length);
      labels.push(text);
    }
  }
  return { header: row, labels, nameColumns, shown: 0, held: 0 };
}

function renderChildren(node: NarrativeElement, walk: Walk): unknown[] {
  if (node.tag === 'tr' && walk.table && !walk.inHead && node !== walk.table.header) {
    // Body cells get their column's header text; colspans move the column on.
    let column = 0;
    return node.children.map((child) => {
      if (typeof child === 'string' || (child.tag !== 'td' && child.tag !== 'th')) return renderNode(child, walk);
      const at = column;
      column += Math.max(1, child.attrs.colspan ?? 1);
      return renderCell(child, walk, at);
    });
  }
  if (walk.table && !walk.inHead && walk.options.rows && (node.tag === 'tbody' || node.tag === 'table')) {
    return bodyRows(node, walk, walk.table, walk.options.rows);
  }
  return node.children.map((child) => renderNode(child, walk));
}

const isBodyRow = (node: NarrativeNode, scope: TableScope): node is NarrativeElement =>
  typeof node !== 'string' && node.tag === 'tr' && node !== scope.header;

/**
 * A table's body rows within the pass's budget, in blocks that later passes do not rebuild
 * (views/rows.ts). Whitespace between rows is dropped: a table lays it out as nothing.
 */
function bodyRows(node: NarrativeElement, walk: Walk, scope: TableScope, budget: RowBudget): unknown[] {
  const rows = node.children.filter((c) => isBodyRow(c, scope));
  const others = node.children.filter((c) => !isBodyRow(c, scope) && (typeof c !== 'string' || c.trim() !== ''));
  const shown = takeRows(rows.length, budget);
  scope.shown += shown;
  scope.held += rows.length - shown;
  return [
    ...others.map((child) => renderNode(child, walk)),
    ...rowBlocks(shown, [rows[0], walk.options.t], (start, end) => rows.slice(start, end).map((row) => renderNode(row, walk))),
  ];
}

function renderCell(node: NarrativeElement, walk: Walk, column: number): TemplateResult {
  const tag = TAGS[node.tag];
  const scope = walk.table!;
  // A cell spanning several columns (e.g. "No relevant information available…") belongs to none of them.
  const label = (node.attrs.colspan ?? 1) > 1 ? undefined : scope.labels[column] || undefined;
  const cls = scope.nameColumns.has(column) ? 'name-cell' : undefined;
  const { colspan, rowspan } = node.attrs;
  return html`<${tag} class=${ifDefined(cls)} data-label=${ifDefined(label)} colspan=${ifDefined(colspan)} rowspan=${ifDefined(rowspan)} scope=${ifDefined(node.attrs.scope)}>${
    node.children.length && label ? html`<div class="cell-value">${renderChildren(node, { ...walk, table: undefined })}</div>` : node.children.length ? renderChildren(node, { ...walk, table: undefined }) : nothing
  }</${tag}>`;
}

function renderNode(node: NarrativeNode, walk: Walk): TemplateResult | string {
  if (typeof node === 'string') return recordText(node);
  const tag = TAGS[node.tag];
  if (node.highlighted) {
    return html`<div class="callout warning" part="warning"><p class="callout-label">${walk.options.t.warningPrefix}</p>${renderChildren(node, walk)}</div>`;
  }
  if (VOID_TAGS.has(node.tag)) return html`<${tag}>`;
  const { colspan, rowspan, scope } = node.attrs;
  if (node.tag === 'table') {
    const inner: Walk = { options: walk.options, table: tableScope(node, walk.options.group) };
    const hasCaption = node.children.some((c) => typeof c !== 'string' && c.tag === 'caption');
    const caption = !hasCaption && walk.options.caption ? html`<caption class="visually-hidden">${walk.options.caption}</caption>` : nothing;
    const body = renderChildren(node, inner);
    const { shown, held } = inner.table!;
    const pending = held ? html`<p class="rows-pending">${walk.options.t.rowsPending(shown, shown + held)}</p>` : nothing;
    return html`<table>${caption}${body}</table>${pending}`;
  }
  const next: Walk = node.tag === 'thead' ? { ...walk, inHead: true } : node.tag === 'tbody' || node.tag === 'tfoot' ? { ...walk, inHead: false } : walk;
  const cls = HEADINGS.has(node.tag) ? 'narrative-heading' : walk.table && node === walk.table.header && !walk.inHead ? 'header-row' : undefined;
  return html`<${tag} class=${ifDefined(cls)} colspan=${ifDefined(colspan)} rowspan=${ifDefined(rowspan)} scope=${ifDefined(scope)}>${
    node.children.length ? renderChildren(node, next) : nothing
  }</${tag}>`;
}
