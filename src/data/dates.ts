/**
 * FHIR dates → NHS CUI dates (`21-Nov-2026`, `Mar-2015`, `2010`, `21-Nov-2026 14:31`).
 *
 * Date-only values are split as strings and never handed to `new Date(string)`: the
 * engine reads `2026-11-21` as UTC midnight, so a browser west of Greenwich would show
 * the day before (hazard H8). A dateTime keeps the wall-clock time its sender wrote; the
 * zone is not converted because the reader compares it with the GP record, which shows
 * the same wall-clock time.
 */
import type { DateValue } from './model.js';

/** Fixed English names: `toLocaleDateString` would follow the browser's locale. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// FHIR `date` is YYYY, YYYY-MM or YYYY-MM-DD; `dateTime`/`instant` add a time and a zone.
// Seconds and zone are optional here although FHIR requires them: senders omit them, and
// the time as written is still unambiguous to a reader.
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `[y, m, d]` with 0 for the parts a partial date lacks; compared part by part. */
function isAfterToday(parts: [number, number, number], now: Date): boolean {
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  for (let i = 0; i < 3; i++) {
    // A missing part (0) means "some time in that year/month": only later if an earlier part is.
    if (parts[i] === 0) return false;
    if (parts[i] !== today[i]) return parts[i] > today[i];
  }
  return false;
}

/**
 * Reads a FHIR `date`, `dateTime` or `instant`. Returns undefined for anything that is not
 * one (including impossible dates such as `2023-02-30`); the caller decides whether to show
 * the raw text instead.
 */
export function parseFhirDate(raw: unknown, now: Date = new Date()): DateValue | undefined {
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim();
  let year: number;
  let month = 0;
  let day = 0;
  let time: string | undefined;

  const dateMatch = DATE.exec(value);
  const dateTimeMatch = dateMatch ? null : DATE_TIME.exec(value);
  if (dateMatch) {
    year = Number(dateMatch[1]);
    month = dateMatch[2] ? Number(dateMatch[2]) : 0;
    day = dateMatch[3] ? Number(dateMatch[3]) : 0;
  } else if (dateTimeMatch) {
    year = Number(dateTimeMatch[1]);
    month = Number(dateTimeMatch[2]);
    day = Number(dateTimeMatch[3]);
    const hour = Number(dateTimeMatch[4]);
    const minute = Number(dateTimeMatch[5]);
    const second = dateTimeMatch[6] ? Number(dateTimeMatch[6]) : 0;
    if (hour > 23 || minute > 59 || second > 60) return undefined;
    time = `${pad2(hour)}:${pad2(minute)}`;
  } else {
    return undefined;
  }

  const hasMonth = dateTimeMatch !== null || dateMatch?.[2] !== undefined;
  const hasDay = dateTimeMatch !== null || dateMatch?.[3] !== undefined;
  if (year < 1) return undefined;
  if (hasMonth && (month < 1 || month > 12)) return undefined;
  if (hasDay && (day < 1 || day > daysInMonth(year, month))) return undefined;

  const yyyy = String(year).padStart(4, '0');
  let text: string;
  let precision: DateValue['precision'];
  if (month === 0) {
    text = yyyy;
    precision = 'year';
  } else if (day === 0) {
    text = `${MONTHS[month - 1]}-${yyyy}`;
    precision = 'month';
  } else {
    text = `${pad2(day)}-${MONTHS[month - 1]}-${yyyy}`;
    precision = 'day';
    if (time !== undefined) {
      text += ` ${time}`;
      precision = 'time';
    }
  }

  const result: DateValue = { raw, text, precision };
  // 1970-01-01 is what a source system emits for a missing date (Unix epoch zero).
  if (year === 1970 && month === 1 && day === 1) result.implausible = 'sentinel';
  else if (isAfterToday([year, month, day], now)) result.implausible = 'future';
  return result;
}

/** A moment in the reader's local time, e.g. when the record was retrieved. */
export function formatDateTime(date: Date): string {
  return (
    `${pad2(date.getDate())}-${MONTHS[date.getMonth()]}-${date.getFullYear()} ` +
    `${pad2(date.getHours())}:${pad2(date.getMinutes())}`
  );
}

/**
 * A date to show whatever its form: a FHIR date formatted for the CUI, or else the text
 * exactly as sent (e.g. `14-May-2020`, `childhood`), so a malformed date is never hidden.
 * Verbatim text is given precision `year`, the weakest claim, so nothing downstream
 * treats it as an exact day.
 */
export function dateOrVerbatim(raw: unknown, now: Date = new Date()): DateValue | undefined {
  const parsed = parseFhirDate(raw, now);
  if (parsed) return parsed;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  return { raw, text: raw.trim(), precision: 'year' };
}

/**
 * A date that may rightly lie ahead, such as the planned end of a course of medicine: a
 * future value is expected there, so only the 1970-01-01 sentinel is flagged. Flagging every
 * planned end as "in the future: check" would teach readers to ignore the flag (hazard H8).
 */
export function plannedDate(raw: unknown, now: Date = new Date()): DateValue | undefined {
  const value = dateOrVerbatim(raw, now);
  if (value?.implausible === 'future') delete value.implausible;
  return value;
}

const MONTH_INDEX: Record<string, number> = Object.fromEntries(MONTHS.map((m, i) => [m.toLowerCase(), i + 1]));

/**
 * The calendar day a narrative date names, for comparing (never for display: narrative text is
 * shown as sent). Reads the first date in the text: `14-May-2020`, `30 Apr 2020`, `14-Nov-06`
 * (a two-digit year is read as the latest such year not after `now`), `2020-05-14`,
 * `14/05/2020` (day first, as UK records write it). Undefined when none is found or the day
 * does not exist.
 */
export function narrativeDay(text: string, now: Date = new Date()): [number, number, number] | undefined {
  let y: number;
  let m: number;
  let d: number;
  const named = /\b(\d{1,2})[-\s]([A-Za-z]{3})[A-Za-z]*\.?[-\s](\d{4}|\d{2})\b/.exec(text);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const slashed = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (named && Object.hasOwn(MONTH_INDEX, named[2].toLowerCase())) {
    [d, m, y] = [Number(named[1]), MONTH_INDEX[named[2].toLowerCase()], Number(named[3])];
    if (named[3].length === 2) {
      const century = Math.floor(now.getFullYear() / 100) * 100;
      y = century + y > now.getFullYear() ? century - 100 + y : century + y;
    }
  } else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (slashed) [d, m, y] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  else return undefined;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return [y, m, d];
}
