/**
 * FHIR dates → NHS CUI dates (`21-Nov-2026`, `Mar-2015`, `2010`, `21-Nov-2026 14:31`).
 *
 * Date-only values are split as strings and never handed to `new Date(string)`: the
 * engine reads `2026-11-21` as UTC midnight, so a browser west of Greenwich would show
 * the day before (hazard H8). A day has no time zone; it stays the day that was written.
 *
 * A dateTime with a zone (`Z`, `-10:00`) names one instant. It is shown in the reader's
 * local time, the clock the card's "Retrieved at" uses, so the two can be compared: shown as
 * written, `23:30 -10:00` beside a local "Retrieved at" reads as 23:30 here, which it was
 * not. When the sender's offset differs from the reader's at that instant, what was sent
 * follows in brackets (`15-Jan-2024 09:30 (sent as 14-Jan-2024 23:30 UTC-10:00)`), so the
 * time can still be matched against the source system. A dateTime without a zone names no
 * instant and keeps the wall-clock time as written.
 *
 * A value shaped like a FHIR date that no calendar has (`2023-02-29`, `2024-13-01`, `T25:00`)
 * is shown exactly as sent and flagged `impossible`, never silently shown as if it were a date.
 */
import type { DateValue } from './model.js';

/** Fixed English names: `toLocaleDateString` would follow the browser's locale. */
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// FHIR `date` is YYYY, YYYY-MM or YYYY-MM-DD; `dateTime`/`instant` add a time and a zone.
// Seconds and zone are optional here although FHIR requires them: senders omit them, and
// the time as written is still unambiguous to a reader.
// One pattern: a time only after a whole date, a zone only after a time.
const FHIR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

export const pad2 = (n: number | string): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `[y, m, d]` of a local calendar day. */
export const dayOf = (date: Date): [number, number, number] => [date.getFullYear(), date.getMonth() + 1, date.getDate()];

/**
 * -1, 0, 1 comparing a calendar day `[y, m, d]` (0 for a part a partial date lacks) with
 * today. A partial date is compared only as far as it goes: `2024` is neither before nor
 * after a day in 2024, and ends before today only once 2024 is over.
 */
export function compareDay(day: [number, number, number], today: [number, number, number]): number {
  for (let i = 0; i < 3; i++) {
    if (day[i] === 0) return 0;
    if (day[i] !== today[i]) return day[i] < today[i] ? -1 : 1;
  }
  return 0;
}

/** A day as the CUI shows it: `14-Jan-2024`. */
const dayText = (year: number, month: number, day: number): string => `${pad2(day)}-${MONTHS[month - 1]}-${String(year).padStart(4, '0')}`;

/** A day and time as the CUI shows it: `14-Jan-2024 23:30`. */
const dayAndTime = (year: number, month: number, day: number, hour: number, minute: number): string =>
  `${dayText(year, month, day)} ${pad2(hour)}:${pad2(minute)}`;

/** A moment in the reader's local time, e.g. when the record was retrieved. */
export const formatDateTime = (date: Date): string =>
  dayAndTime(date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes());

/** Minutes east of UTC from `Z` or `±hh:mm`; undefined for an offset no zone has (beyond ±14:00). */
function offsetMinutes(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return undefined;
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** `UTC`, `UTC-10:00`, `UTC+05:30`: how the sender's offset is named after "sent as". */
function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/**
 * The instant a zoned dateTime names, from its parts (not by the engine's string parser,
 * whose reading of FHIR's optional seconds and long fractions is not specified).
 */
function instantOf(year: number, month: number, day: number, hour: number, minute: number, offset: number): Date {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute));
  // Date.UTC reads years 0–99 as 1900–1999, so the year is set on its own.
  date.setUTCFullYear(year, month - 1, day);
  return new Date(date.getTime() - offset * 60000);
}

/**
 * Reads a FHIR `date`, `dateTime` or `instant`. Returns undefined for anything that is not
 * one (including impossible dates such as `2023-02-30`); the caller decides whether to show
 * the raw text instead.
 */
export function parseFhirDate(raw: unknown, now: Date = new Date()): DateValue | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = FHIR_DATE.exec(raw.trim());
  if (!m) return undefined;
  // A part the value lacks reads as 0.
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  let time: { hour: number; minute: number; offset?: number } | undefined;
  if (m[4] !== undefined) {
    if (hour > 23 || minute > 59 || second > 60) return undefined;
    time = { hour, minute };
    if (m[7] !== undefined) {
      time.offset = offsetMinutes(m[7]);
      if (time.offset === undefined) return undefined;
    }
  }
  if (year < 1) return undefined;
  if (m[2] !== undefined && (month < 1 || month > 12)) return undefined;
  if (m[3] !== undefined && (day < 1 || day > daysInMonth(year, month))) return undefined;

  const yyyy = String(year).padStart(4, '0');
  let text: string;
  let precision: DateValue['precision'];
  /** The calendar day the reader sees, for the "future" check. */
  let shownDay: [number, number, number] = [year, month, day];
  if (month === 0) {
    text = yyyy;
    precision = 'year';
  } else if (day === 0) {
    text = `${MONTHS[month - 1]}-${yyyy}`;
    precision = 'month';
  } else if (time === undefined) {
    text = dayText(year, month, day);
    precision = 'day';
  } else {
    precision = 'time';
    const sent = dayAndTime(year, month, day, time.hour, time.minute);
    if (time.offset === undefined) {
      text = sent;
    } else {
      const local = instantOf(year, month, day, time.hour, time.minute, time.offset);
      shownDay = dayOf(local);
      text = formatDateTime(local);
      // getTimezoneOffset is minutes west of UTC; the sender's offset is minutes east.
      if (-local.getTimezoneOffset() !== time.offset) text += ` (sent as ${sent} ${offsetLabel(time.offset)})`;
    }
  }

  const result: DateValue = { raw, text, precision };
  // 1970-01-01 is what a source system emits for a missing date (Unix epoch zero): judged on
  // the day that was sent, which is the day the source wrote.
  if (year === 1970 && month === 1 && day === 1) result.implausible = 'sentinel';
  else if (compareDay(shownDay, dayOf(now)) > 0) result.implausible = 'future';
  return result;
}

/**
 * A date to show whatever its form: a FHIR date formatted for the CUI, or else the text
 * exactly as sent (e.g. `14-May-2020`, `childhood`), so a malformed date is never hidden;
 * an impossible FHIR-shaped one is flagged `impossible`.
 * Verbatim text is given precision `year`, the weakest claim, so nothing downstream
 * treats it as an exact day.
 */
export function dateOrVerbatim(raw: unknown, now: Date = new Date()): DateValue | undefined {
  const parsed = parseFhirDate(raw, now);
  if (parsed) return parsed;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const text = raw.trim();
  const verbatim: DateValue = { raw, text, precision: 'year' };
  // Shaped like a FHIR date but not a real one (`2023-02-29`, `T25:00`, a `+15:00` offset):
  // the sender meant a date and something is wrong with it, so it is flagged, not just shown.
  if (FHIR_DATE.test(text)) verbatim.implausible = 'impossible';
  return verbatim;
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

/** A day written day first: `14-Nov-2026`, `03 nov 2026`, `14-Nov 2026`, `14/11/2026`; then an optional 24-hour `hh:mm[:ss]`. */
const WRITTEN = /^(\d{1,2})(?:[- ]([a-z]{3})[- ]|\/(\d{1,2})\/)(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/i;

/**
 * When an SCR says its summary was created (the Title section's `Summary Created: …`), in the
 * CUI form when the text can be read only one way, otherwise exactly as written. The whole
 * text must be one date, with or without a 24-hour time (seconds are dropped, as the CUI
 * shows minutes):
 * - `14-Nov-2026 09:12`, `03 Nov 2026 16:40`, `3-NOV-2026`: day, three-letter English month
 *   in any case, four-digit year, joined by hyphens or by spaces;
 * - `14/11/2026 09:12`: day first, as UK records write it;
 * - FHIR forms (`2026-11-14`, `2026-11`, `2026-11-14T09:12:00+00:00`, or with a space for the
 *   `T`) as {@link parseFhirDate} reads them: a zoned time in the reader's clock, a partial date partial.
 * A time without a zone is wall-clock time as written. Verbatim: two-digit years (`14-Nov-06`:
 * the century would be a guess), days or times that do not exist, 12-hour times, full month
 * names, anything else.
 */
export function createdText(text: string): string {
  const value = text.trim();
  const fhir = parseFhirDate(value.replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T'));
  if (fhir) return fhir.text;
  const w = WRITTEN.exec(value);
  if (!w) return text;
  const [d, y] = [Number(w[1]), Number(w[4])];
  const m = w[2] ? MONTH_INDEX[w[2].toLowerCase()] : Number(w[3]);
  const [hh, mm, ss] = [Number(w[5] ?? 0), Number(w[6] ?? 0), Number(w[7] ?? 0)];
  if (!(m >= 1 && m <= 12) || y < 1 || d < 1 || d > daysInMonth(y, m) || hh > 23 || mm > 59 || ss > 59) return text;
  return w[5] === undefined ? `${pad2(d)}-${MONTHS[m - 1]}-${y}` : dayAndTime(y, m, d, hh, mm);
}

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
