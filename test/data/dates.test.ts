import { expect } from '@open-wc/testing';
import { createdText, dateOrVerbatim, formatDateTime, parseFhirDate, plannedDate } from '../../src/data/dates.js';

// Local time 21-Nov-2026 12:00. A fixed "now" keeps the future-date checks stable.
const NOW = new Date(2026, 10, 21, 12, 0);

/**
 * Runs `fn` with a Date constructor that throws if given a string, and a Date.parse that
 * throws: proof that a value was formatted by string splitting, not by the engine's
 * parser (which reads `2026-11-21` as UTC midnight and shifts it west of Greenwich).
 */
function withoutDateParsing<T>(fn: () => T): T {
  const RealDate = Date;
  const guarded = new Proxy(RealDate, {
    construct(target, args) {
      if (typeof args[0] === 'string') throw new Error('new Date(string) was used');
      return Reflect.construct(target, args);
    },
    get(target, key) {
      if (key === 'parse') return () => { throw new Error('Date.parse was used'); };
      return Reflect.get(target, key);
    },
  });
  globalThis.Date = guarded;
  try {
    return fn();
  } finally {
    globalThis.Date = RealDate;
  }
}

describe('dates: parseFhirDate', () => {
  // The CI machine runs in UTC, where a Date-parsing bug would not show: so the tests also
  // prove the code never parses a date-only value with Date (see withoutDateParsing).
  it('H8: a date-only value is formatted 21-Nov-2026 and never shifts by time zone', () => {
    const value = withoutDateParsing(() => parseFhirDate('2026-11-21', NOW));
    expect(value).to.deep.equal({ raw: '2026-11-21', text: '21-Nov-2026', precision: 'day' });
  });

  it('H8: partial dates stay partial (Mar-2015, 2010)', () => {
    expect(parseFhirDate('2015-03', NOW)).to.deep.equal({ raw: '2015-03', text: 'Mar-2015', precision: 'month' });
    expect(parseFhirDate('2010', NOW)).to.deep.equal({ raw: '2010', text: '2010', precision: 'year' });
  });

  it('H8: a dateTime without a zone keeps the wall-clock time as written, 24-hour', () => {
    expect(parseFhirDate('2021-02-15T09:05', NOW)).to.deep.equal({ raw: '2021-02-15T09:05', text: '15-Feb-2021 09:05', precision: 'time' });
    expect(parseFhirDate('2019-12-10T23:30:00', NOW)?.text).to.equal('10-Dec-2019 23:30');
    expect(parseFhirDate('2019-12-10T00:00:59.123456', NOW)?.text).to.equal('10-Dec-2019 00:00');
  });

  it('H8: a dateTime with a zone is shown in the reader\'s local time, with what was sent when the offsets differ', () => {
    // Each expectation is worked out here from the engine's own reading of the instant (an
    // ISO string with an offset is exactly specified), so this holds in any zone; the fixed
    // zones' exact texts are in test/safety/dates-tz.test.ts.
    const table: [string, string][] = [
      ['2024-01-14T23:30:00-10:00', '14-Jan-2024 23:30 UTC-10:00'],
      ['2026-11-21T14:31:00+00:00', '21-Nov-2026 14:31 UTC'],
      ['2023-06-15T15:00:00.000Z', '15-Jun-2023 15:00 UTC'],
      ['2019-12-10T23:30:00-05:00', '10-Dec-2019 23:30 UTC-05:00'],
      ['2024-03-31T01:30:00+05:30', '31-Mar-2024 01:30 UTC+05:30'],
      ['2024-07-01T00:00:00+14:00', '01-Jul-2024 00:00 UTC+14:00'],
      ['2024-02-29T23:59:59-12:00', '29-Feb-2024 23:59 UTC-12:00'],
      ['2024-12-31T23:30Z', '31-Dec-2024 23:30 UTC'],
    ];
    for (const [raw, sent] of table) {
      const instant = new Date(raw.replace(/T(\d\d:\d\d)Z$/, 'T$1:00Z'));
      const offset = /Z$/.test(raw) ? 0 : Number(raw.slice(-6, -3)) * 60 + Math.sign(Number(raw.slice(-6, -3)) || 1) * Number(raw.slice(-2));
      const same = -instant.getTimezoneOffset() === offset;
      const expected = same ? formatDateTime(instant) : `${formatDateTime(instant)} (sent as ${sent})`;
      expect(parseFhirDate(raw, NOW), raw).to.deep.equal({ raw, text: expected, precision: 'time' });
    }
  });

  it('H8: a zoned time reads on the same clock as "Retrieved at": the moment a Date holds is shown as formatDateTime shows it', () => {
    const moment = new Date(2026, 10, 21, 9, 5);
    const iso = moment.toISOString();
    expect(parseFhirDate(iso, NOW)?.text.startsWith(formatDateTime(moment)), iso).to.be.true;
  });

  it('H8: month names are English three-letter abbreviations for every month', () => {
    const months = Array.from({ length: 12 }, (_, i) => parseFhirDate(`2001-${String(i + 1).padStart(2, '0')}`, NOW)?.text);
    expect(months).to.deep.equal([
      'Jan-2001', 'Feb-2001', 'Mar-2001', 'Apr-2001', 'May-2001', 'Jun-2001',
      'Jul-2001', 'Aug-2001', 'Sep-2001', 'Oct-2001', 'Nov-2001', 'Dec-2001',
    ]);
  });

  it('H8: 1970-01-01 is flagged as a sentinel, at any time on that day', () => {
    expect(parseFhirDate('1970-01-01', NOW)?.implausible).to.equal('sentinel');
    expect(parseFhirDate('1970-01-01T00:00:00Z', NOW)?.implausible).to.equal('sentinel');
    expect(parseFhirDate('1970-01-01T13:45:00+01:00', NOW)?.implausible).to.equal('sentinel');
    // Only that day: a real birth date in 1970 is not a sentinel.
    expect(parseFhirDate('1970-09-11', NOW)?.implausible).to.be.undefined;
    expect(parseFhirDate('1970', NOW)?.implausible).to.be.undefined;
  });

  it('H8: a date after today is flagged future, compared at its own precision', () => {
    expect(parseFhirDate('2026-11-22', NOW)?.implausible).to.equal('future');
    expect(parseFhirDate('2026-12', NOW)?.implausible).to.equal('future');
    expect(parseFhirDate('2027', NOW)?.implausible).to.equal('future');
    expect(parseFhirDate('2026-11-22T00:01:00', NOW)?.implausible).to.equal('future');
    // Today, this month and this year are not in the future.
    expect(parseFhirDate('2026-11-21', NOW)?.implausible).to.be.undefined;
    expect(parseFhirDate('2026-11-21T23:59:00', NOW)?.implausible).to.be.undefined;
    // A zoned time is judged by the day it falls on here: late tonight is not the future, early tomorrow is.
    expect(parseFhirDate(new Date(2026, 10, 21, 23, 59).toISOString(), NOW)?.implausible).to.be.undefined;
    expect(parseFhirDate(new Date(2026, 10, 22, 0, 1).toISOString(), NOW)?.implausible).to.equal('future');
    expect(parseFhirDate('2026-11', NOW)?.implausible).to.be.undefined;
    expect(parseFhirDate('2026', NOW)?.implausible).to.be.undefined;
  });

  it('defaults "now" to the current date', () => {
    const nextYear = String(new Date().getFullYear() + 1);
    expect(parseFhirDate(nextYear)?.implausible).to.equal('future');
    expect(parseFhirDate('2000-01-01')?.implausible).to.be.undefined;
  });

  it('H8: offsets no zone has are not read as instants', () => {
    for (const raw of ['2024-01-01T10:00:00+15:00', '2024-01-01T10:00:00-14:30', '2024-01-01T10:00:00+05:60']) expect(parseFhirDate(raw, NOW), raw).to.be.undefined;
    expect(parseFhirDate('2024-01-01T10:00:00-14:00', NOW)?.precision).to.equal('time');
  });

  it('accepts leap days and rejects impossible dates', () => {
    expect(parseFhirDate('2024-02-29', NOW)?.text).to.equal('29-Feb-2024');
    expect(parseFhirDate('2000-02-29', NOW)?.text).to.equal('29-Feb-2000');
    expect(parseFhirDate('2023-02-29', NOW)).to.be.undefined;
    expect(parseFhirDate('1900-02-29', NOW)).to.be.undefined;
    expect(parseFhirDate('2023-04-31', NOW)).to.be.undefined;
    expect(parseFhirDate('2023-13', NOW)).to.be.undefined;
    expect(parseFhirDate('2023-00', NOW)).to.be.undefined;
    expect(parseFhirDate('2023-03-00', NOW)).to.be.undefined;
    expect(parseFhirDate('2023-03-01T24:00:00Z', NOW)).to.be.undefined;
    expect(parseFhirDate('2023-03-01T12:60:00Z', NOW)).to.be.undefined;
  });

  it('returns undefined for anything that is not a FHIR date', () => {
    for (const raw of ['14-May-2020', '30 Apr 2020', '21/11/2026', '', '   ', '2026-1-5', 'yesterday', '20261121']) {
      expect(parseFhirDate(raw, NOW), raw).to.be.undefined;
    }
    for (const raw of [null, undefined, 42, {}, [], true, ['2020-01-01']]) {
      expect(parseFhirDate(raw, NOW)).to.be.undefined;
    }
  });

  it('keeps the raw value exactly as sent', () => {
    expect(parseFhirDate(' 2015-03 ', NOW)).to.deep.equal({ raw: ' 2015-03 ', text: 'Mar-2015', precision: 'month' });
  });
});

describe('dates: dateOrVerbatim', () => {
  it('H8: a value shaped like a FHIR date that no calendar has is shown exactly as sent and flagged impossible', () => {
    const impossible = [
      '2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-06-31', '2023-00', '2023-13', '2023-03-00', '0000-01-01', '0000',
      '2024-01-01T25:00', '2024-01-01T24:00:00Z', '2024-01-01T10:60', '2024-01-01T10:00:61', '2024-02-30T10:00:00Z',
      '2024-01-01T10:00:00+15:00', ' 2023-02-29 ',
    ];
    for (const raw of impossible) expect(dateOrVerbatim(raw, NOW), raw).to.deep.equal({ raw, text: raw.trim(), precision: 'year', implausible: 'impossible' });
    // Not FHIR-shaped: shown as sent, not called impossible (a narrative date, a word, a typo'd format).
    for (const raw of ['14-May-2020', '30 Apr 2020', 'childhood', '2026-1-5', '20261121', '2024-01-01 10:00', '31/02/2024']) {
      expect(dateOrVerbatim(raw, NOW)?.implausible, raw).to.be.undefined;
    }
    // Real dates are not flagged, and a planned end keeps the impossible flag (only "future" is expected there).
    expect(dateOrVerbatim('2024-02-29', NOW)?.implausible).to.be.undefined;
    expect(plannedDate('2023-02-29', NOW)?.implausible).to.equal('impossible');
  });

  it('H8: formats FHIR dates and shows anything else exactly as sent, never hiding it', () => {
    expect(dateOrVerbatim('2015-03', NOW)?.text).to.equal('Mar-2015');
    expect(dateOrVerbatim('14-May-2020', NOW)).to.deep.equal({ raw: '14-May-2020', text: '14-May-2020', precision: 'year' });
    expect(dateOrVerbatim('childhood', NOW)?.text).to.equal('childhood');
    expect(dateOrVerbatim('', NOW)).to.be.undefined;
    expect(dateOrVerbatim(17, NOW)).to.be.undefined;
  });
});

describe('dates: formatDateTime', () => {
  it('formats a moment in local time, 24-hour, with a two-digit day', () => {
    expect(formatDateTime(new Date(2026, 10, 21, 14, 31))).to.equal('21-Nov-2026 14:31');
    expect(formatDateTime(new Date(2026, 0, 5, 9, 5))).to.equal('05-Jan-2026 09:05');
    expect(formatDateTime(new Date(2026, 11, 31, 0, 0))).to.equal('31-Dec-2026 00:00');
  });
});

describe('dates: createdText (an SCR\'s "Summary Created", read from its narrative)', () => {
  it('H8: a created time that can be read one way only is shown in the CUI form; anything else exactly as written', () => {
    const table: [string, string][] = [
      // Day, three-letter month in any case, four-digit year; hyphens or spaces; with or without a time.
      ['14-Nov-2026 09:12', '14-Nov-2026 09:12'],
      ['03 Nov 2026 16:40', '03-Nov-2026 16:40'],
      ['30 Apr 2020 16:13', '30-Apr-2020 16:13'],
      ['3-nov-2026 9:05', '03-Nov-2026 09:05'],
      ['14-NOV-2026', '14-Nov-2026'],
      ['14 nov 2026, 09:12', '14-Nov-2026 09:12'],
      ['  14-Nov-2026   09:12  ', '14-Nov-2026 09:12'],
      // Seconds are dropped: the CUI shows minutes.
      ['14-Nov-2026 09:12:59', '14-Nov-2026 09:12'],
      // Day first, as UK records write it.
      ['14/11/2026 09:12', '14-Nov-2026 09:12'],
      ['04/11/2026', '04-Nov-2026'],
      ['4/1/2026', '04-Jan-2026'],
      // FHIR forms; partial dates stay partial.
      ['2026-11-14', '14-Nov-2026'],
      ['2026-11-14T09:12', '14-Nov-2026 09:12'],
      ['2026-11-14 09:12:30', '14-Nov-2026 09:12'],
      ['2026-11', 'Nov-2026'],
      ['2010', '2010'],
      ['29-Feb-2024 00:00', '29-Feb-2024 00:00'],
      // Verbatim: ambiguous or not a date.
      ['14-Nov-06', '14-Nov-06'],
      ['14/11/26 09:12', '14/11/26 09:12'],
      ['11/14/2026', '11/14/2026'],
      ['29-Feb-2023', '29-Feb-2023'],
      ['31/04/2026', '31/04/2026'],
      ['31-Nov-2026 09:12', '31-Nov-2026 09:12'],
      ['14-Nov-2026 24:00', '14-Nov-2026 24:00'],
      ['14-Nov-2026 09:60', '14-Nov-2026 09:60'],
      ['14-Nov-2026 09:12:60', '14-Nov-2026 09:12:60'],
      ['14-Nov-0000', '14-Nov-0000'],
      ['2026-02-30', '2026-02-30'],
      ['14-Nov-2026 9:12 PM', '14-Nov-2026 9:12 PM'],
      ['14 November 2026', '14 November 2026'],
      ['14-Nox-2026', '14-Nox-2026'],
      ['Sat 14-Nov-2026', 'Sat 14-Nov-2026'],
      ['14-Nov-2026 09:12 (approx.)', '14-Nov-2026 09:12 (approx.)'],
      ['yesterday', 'yesterday'],
      ['', ''],
    ];
    for (const [written, shown] of table) expect(createdText(written), written).to.equal(shown);
  });

  it('H8: a created time with a zone is shown on the reader\'s clock, as every other zoned time on the card', () => {
    for (const written of ['2026-11-14T09:12:00Z', '2026-11-14T09:12:00-10:00']) {
      expect(createdText(written), written).to.equal(parseFhirDate(written)?.text);
    }
  });
});
