/**
 * Long histories (issue 14, item 6): a group of more than 20 stopped, ended or past items
 * would bury what follows it (problems, end-of-life care) under thousands of pixels. Such a
 * group is shortened to 20 until the reader asks for all; current items are never left out,
 * counts still count every item, and printing shows everything (the element's concern).
 *
 * Which 20: the most recent by the dates the record states for them (the latest of an item's
 * dates). When not every history item states a usable date, recency cannot be known, so the
 * first 20 in record order are kept and the card says so; a flagged date (a sentinel, in the
 * future, impossible) is not a usable one, nor is a two-digit year. What is history is
 * decided by the model's own groups: stopped medicines, ended allergies, inactive or resolved
 * conditions, and SCR tables of discontinued repeats and of acute issues in the period.
 */
import { MONTHS, pad2 } from './dates.js';
import type { DateValue, HistoryLimit, HistoryLimits, Section, SectionKind, SummaryModel } from './model.js';
import { readSectionText } from './narrative-reading.js';
import { findAll, isHighlighted, sanitise, type RawElement, type RawNode } from './narrative.js';

export const HISTORY_LIMIT = 20;

/** A date as a record's text writes it: `14-May-2020`, `30 Apr 2020`, `Mar-2015`, `2020-05-14` (never a two-digit year). */
const TEXT_DATE = new RegExp(`\\b(?:(\\d{1,2})[- ])?(${MONTHS.join('|')})[- ](\\d{4})\\b|\\b(\\d{4}-\\d{2}(?:-\\d{2})?)\\b`);

/** A sortable key (`2020-05-14`, `2020-05`, `2020`, with a time after a day) for a stated date; undefined when none is usable. */
export function dateKey(value: DateValue | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return value.implausible ? undefined : value.raw.trim().slice(0, 16);
  const m = TEXT_DATE.exec(value);
  if (!m) return undefined;
  return m[4] ?? `${m[3]}-${pad2(MONTHS.indexOf(m[2]) + 1)}${m[1] ? `-${pad2(m[1])}` : ''}`;
}

/** The latest of an item's stated dates; undefined when it states none usable. */
const latest = (dates: (DateValue | string | undefined)[]) =>
  dates.map(dateKey).reduce<string | undefined>((a, b) => (a === undefined || (b !== undefined && b > a) ? b : a), undefined);

/**
 * Which of `items` a shortened group shows; undefined when it needs no shortening (20 or
 * fewer history items). `history` says which items are history; `dates` the dates each states.
 */
export function limitHistory<T>(
  items: readonly T[],
  history: (item: T) => boolean,
  dates: (item: T) => (DateValue | string | undefined)[],
  limit = HISTORY_LIMIT,
): HistoryLimit | undefined {
  const past = items.flatMap((item, i) => (history(item) ? [i] : []));
  if (past.length <= limit) return undefined;
  const keys = new Map(past.map((i) => [i, latest(dates(items[i]))]));
  const byDate = past.every((i) => keys.get(i) !== undefined);
  // Most recent first; equal dates keep record order (the sort is stable).
  const kept = new Set(byDate ? [...past].sort((a, b) => (keys.get(b)! > keys.get(a)! ? 1 : keys.get(b)! < keys.get(a)! ? -1 : 0)).slice(0, limit) : past.slice(0, limit));
  const shown = items.flatMap((item, i) => (!history(item) || kept.has(i) ? [i] : []));
  return { shown, total: past.length, kept: limit, by: byDate ? 'date' : 'record', firstHidden: past.find((i) => !kept.has(i))! };
}

/** Inactive or resolved: the words allergies are ended by (resources/allergies.ts), read the same for conditions. */
const PAST_CONDITION = new Set(['inactive', 'resolved']);

/** The shortened groups of coded items. */
export function historyLimits(model: Pick<SummaryModel, 'medicines' | 'allergies' | 'additional'>): HistoryLimits {
  const all = () => true;
  return {
    stopped: limitHistory(model.medicines.stopped, all, (m) => [m.end, m.start, m.authored]),
    ended: limitHistory(model.allergies.ended, all, (a) => [a.lastOccurrence, a.onset, a.recorded, ...a.reactions.map((r) => r.onset)]),
    conditions: limitHistory(model.additional.conditions, (c) => PAST_CONDITION.has(c.clinical ?? ''), (c) => [c.abatement, c.onset, c.recorded]),
  };
}

/** SCR tables that list history: repeats discontinued, and acute issues in the period the summary covers (never current). */
export const HISTORY_SECTIONS: readonly SectionKind[] = ['discontinued-medications', 'acute-medications'];

/**
 * A history section's reading, with its shortened text when it lists more than 20 entries:
 * the rows of the entries not kept (each data row with its continuation rows) are left out.
 */
export function readHistorySection(raw: RawNode[], kind: SectionKind): Pick<Section, 'reading' | 'history'> {
  const rows: RawElement[][] = [];
  const reading = readSectionText(raw, kind, rows);
  const limit = HISTORY_SECTIONS.includes(kind) && reading.state === 'entries' ? limitHistory(reading.entries, () => true, (e) => [e.date]) : undefined;
  if (!limit) return { reading };
  const shown = new Set(limit.shown);
  // A row holding a highlighted statement is a warning where it stands: never left out.
  const dropped = new Set(rows.flatMap((r, i) => (shown.has(i) ? [] : r.filter((row) => !findAll([row], isHighlighted).length))));
  // The first row left out, counted among every row of the section's text (as rendered, in document order).
  const firstHidden = findAll(raw, (e) => e.name === 'tr').indexOf(rows[limit.firstHidden][0]);
  return { reading, history: { ...limit, firstHidden, narrative: sanitise(without(raw, dropped)) } };
}

function without(nodes: RawNode[], dropped: Set<RawElement>): RawNode[] {
  return nodes.flatMap((n): RawNode[] => (typeof n === 'string' ? [n] : dropped.has(n) ? [] : [{ ...n, children: without(n.children, dropped) }]));
}
