/** Small pieces every part of the card uses: headings at the host's level, dates, tags, tables, collapsible sections. */
import { nothing, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { DateValue, HistoryLimit, Provenance } from '../data/model.js';
import { rowBlocks, takeRows, type RowBudget } from './rows.js';
import type { Strings } from './strings.js';

/** The top-level parts of a loaded record that a reader can collapse. */
export type SectionKey = 'warnings' | 'allergies' | 'medicines' | 'additional';

/** What every view of a loaded record needs besides the model. */
export interface ViewContext {
  /** The wording table (the defaults with the host's overrides). */
  t: Strings;
  /** The level of the card's own heading (1–6). */
  level: number;
  /** Sections the reader has collapsed; every other section is expanded. */
  collapsed: ReadonlySet<SectionKey>;
  onToggle: (key: SectionKey) => void;
  /** Table rows this render may build; the element renders the rest in later passes. */
  rows: RowBudget;
  /** Shortened histories the reader asked to see whole, by key; `all` while printing. */
  wholeHistory?: ReadonlySet<string> | 'all';
  /** "Show all" was pressed: `said` is what the live region says. */
  onShowAll?: (key: string, said: string) => void;
}

const picked = new WeakMap<HistoryLimit, unknown[]>();

/** The items a shortened history keeps, in record order (the same array every render, so their rows are not rebuilt). */
export function kept<T>(items: readonly T[], limit: HistoryLimit): readonly T[] {
  let out = picked.get(limit) as T[] | undefined;
  if (!out) picked.set(limit, (out = limit.shown.map((i) => items[i])));
  return out;
}

/**
 * A group that may be a shortened history (src/data/history-limit.ts): `show(short)`
 * renders its items (only those kept when `short`), followed while shortened by what is
 * shown, in words, and the "Show all" button. `rowOffset` counts the table rows before the
 * first item's (a header row), so the element can focus the first newly shown row.
 */
export function history(ctx: ViewContext, key: string, what: string, limit: HistoryLimit | undefined, show: (short: boolean) => unknown, rowOffset = 1): unknown {
  const { t, wholeHistory: whole } = ctx;
  if (!limit) return show(false);
  const asked = whole !== 'all' && !!whole?.has(key);
  const short = !asked && whole !== 'all';
  return html`<div class="history" data-history=${key} data-focus-row=${limit.firstHidden + rowOffset}>${show(short)}${
    short
      ? html`<p class="history-note">${t.historyShown(limit.kept, limit.total, what, limit.by === 'date')}
          <button type="button" class="secondary history-more" @click=${() => ctx.onShowAll?.(key, t.historyAllShown(limit.total, what))}>${t.historyShowAll(limit.total, what)}</button></p>`
      : asked ? html`<p class="history-note" tabindex="-1">${t.historyAllShown(limit.total, what)}</p>` : nothing
  }</div>`;
}

const HEADING_TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading `depth` levels below the card's own (the card's level fits the host page). */
export function heading(level: number, depth: number, content: unknown, id?: string): TemplateResult {
  const n = Math.min(6, Math.max(1, level + depth));
  const tag = HEADING_TAGS[n - 1];
  // The card's title takes focus from the element's focus(), never from Tab.
  return html`<${tag} class="h${depth}" id=${id ?? nothing} tabindex=${id === 'scr-title' ? -1 : nothing}>${content}</${tag}>`;
}

/** A date in CUI form; implausible dates are flagged in words, not hidden or shown plainly (H8). */
export function date(value: DateValue | undefined, t: Strings): TemplateResult | string {
  if (!value) return t.notRecorded;
  const shown = dateText(value.text);
  if (!value.implausible) return shown;
  return html`${shown} <strong class="tag tag-warning">${t.implausible[value.implausible]}</strong>`;
}

/**
 * `17-Jun-2009 11:20`: the date and the time each stay whole, but may go on two lines in a
 * narrow column. Anything after them (what a zoned time was sent as) wraps like other text.
 */
function dateText(text: string): TemplateResult {
  const [day, time, ...rest] = text.split(' ');
  if (time === undefined) return html`<span class="date">${text}</span>`;
  return html`<span class="date"><span class="date-part">${day}</span> <span class="date-part">${time}</span>${rest.length ? ` ${rest.join(' ')}` : ''}</span>`;
}

/**
 * Labelled dates, one a line, laid out in two aligned columns (label, date) so the dates of
 * every row line up: `Onset: 12-May-2026` over `Recorded: 14-May-2026`.
 */
export function dateList(entries: [string, DateValue | undefined][], t: Strings): TemplateResult | string {
  const shown = entries.filter(([, v]) => v !== undefined);
  if (shown.length === 0) return t.notRecorded;
  return html`<span class="date-list">${shown.map(
    // A plausible date is one element, the row's second grid cell; a flagged one is wrapped with its flag.
    ([label, value]) => html`<span class="date-row"><span class="date-label">${label}:</span> ${value?.implausible ? html`<span>${date(value, t)}</span>` : date(value, t)}</span>`,
  )}</span>`;
}

/** Dates as records write them (`03-Feb-2019`, `Mar-2015`, the SCR API's `27 Oct 2026`). */
const RECORD_DATE = /\b(?:\d{1,2}[- ])?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[- ]\d{4}\b/;
/** A run of 20 or more characters with no space: a dm+d name run together, a URL, a code. */
const LONG_RUN = /\S{20,}/;
const SPECIAL = new RegExp(`${RECORD_DATE.source}|${LONG_RUN.source}`, 'g');

/**
 * Text from the record, unchanged, with two presentation hints: dates never break across
 * lines (CUI), and very long unbroken runs may break anywhere, so they wrap in a narrow
 * column without forcing the table wider, while ordinary words are never split.
 */
export function recordText(text: string): TemplateResult | string {
  if (!RECORD_DATE.test(text) && !LONG_RUN.test(text)) return text;
  const parts: (TemplateResult | string)[] = [];
  let at = 0;
  for (const match of text.matchAll(SPECIAL)) {
    const cls = RECORD_DATE.test(match[0]) && match[0].length < 20 ? 'date' : 'long';
    parts.push(text.slice(at, match.index), html`<span class=${cls}>${match[0]}</span>`);
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}

export function tag(text: string, tone: 'grey' | 'red' | 'yellow' | 'blue' = 'grey'): TemplateResult {
  return html`<strong class="tag tag-${tone}">${text}</strong>`;
}

export const notCodedTag = (t: Strings) => tag(t.notCoded, 'yellow');

/** The tags after an item's name: not coded, and not in the summary text (an SCR's coded entry that its text does not list). */
export function itemTags(item: { coded: boolean; notInNarrative?: boolean }, t: Strings): TemplateResult | typeof nothing {
  if (item.coded && !item.notInNarrative) return nothing;
  return html`${item.coded ? nothing : html` ${notCodedTag(t)}`}${item.notInNarrative ? html` ${tag(t.notInNarrative, 'blue')}` : nothing}`;
}

/** A FHIR status code in words; a code the table does not know is shown as the record gives it. */
export function statusWord(code: string, t: Strings): string {
  return Object.hasOwn(t.statusLabels, code) ? t.statusLabels[code] : code;
}

/**
 * A data table with a caption and column headers, one row per item. Rows beyond this
 * pass's budget are left for the next pass, and the table says how many it shows meanwhile.
 */
export function table<T>(ctx: ViewContext, caption: string, headers: string[], items: readonly T[], row: (item: T) => TemplateResult): TemplateResult {
  const shown = takeRows(items.length, ctx.rows);
  // The column count picks the column tracks of the rows' grid; each block of rows is a
  // tbody of its own, which the browser skips whole while it is off screen (element/styles.ts).
  return html`<div class="table-wrap"><table class="cols-${headers.length}">
    <caption>${caption}</caption>
    <thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
    ${shown ? rowBlocks(shown, [items, ctx.t], (start, end) => html`<tbody>${items.slice(start, end).map(row)}</tbody>`) : html`<tbody></tbody>`}
  </table>${shown < items.length ? html`<p class="rows-pending">${ctx.t.rowsPending(shown, items.length)}</p>` : nothing}</div>`;
}

/** Each cell carries its column name so the stacked (narrow) layout can label it; one wrapper keeps the value in one grid cell. */
export function cell(label: string, content: unknown, className?: string): TemplateResult {
  return html`<td data-label=${label} class=${className ?? nothing}><div class="cell-value">${content}</div></td>`;
}

/**
 * A top-level part of the record whose heading holds a button that shows and hides it:
 * `aria-expanded` on the button, `aria-controls` naming the region in the same shadow root.
 * A collapsed region is `hidden`; print styles show it again (a printout is the whole record).
 */
export function collapsible(
  ctx: ViewContext,
  key: SectionKey,
  title: string,
  count: string | undefined,
  body: unknown,
  part: string,
): TemplateResult {
  const expanded = !ctx.collapsed.has(key);
  const region = `scr-region-${key}`;
  const headingId = `scr-${key}`;
  return html`<section class="group ${key}" part=${part} aria-labelledby=${headingId}>
    ${heading(
      ctx.level,
      1,
      html`<button type="button" class="toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${region} @click=${() => ctx.onToggle(key)}
        ><span class="chevron" aria-hidden="true"></span><span class="toggle-text">${title}${count ? html` <span class="count">${count}</span>` : nothing}</span></button
      >`,
      headingId,
    )}
    <div class="section-body" id=${region} ?hidden=${!expanded}>${body}</div>
  </section>`;
}

export function sourceOf(provenance: Provenance): string {
  return provenance.ref;
}
