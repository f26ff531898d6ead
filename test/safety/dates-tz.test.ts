/**
 * Hazard H8 across time zones. This file runs four times: in the default group (the
 * machine's zone) and in the groups `tz-kiritimati` (UTC+14), `tz-adak` (UTC-10/-9) and
 * `tz-katmandu` (UTC+05:45) that web-test-runner.config.mjs defines. A date-only value must
 * show the same calendar day in every one of them; a browser west of Greenwich reading
 * `2026-11-21` as UTC midnight would show 20-Nov, one east of it converting to UTC would show
 * the wrong day the other way.
 * A time sent with a zone must show the same instant on the local clock "Retrieved at" uses,
 * with what was sent beside it when the offsets differ: its exact text is written out below
 * for each zone (UTC for the default group on CI).
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { formatDateTime, parseFhirDate } from '../../src/data/dates.js';
import { ENDPOINT, fhirJson, mount, settle, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { allergy, bundle, nhsNumber, patientResource } from './support/patients.js';

afterEach(() => resetHandlers());

/** Set by the group's test page; absent in the default group. */
const expected = (window as { __expectedTimeZone?: string }).__expectedTimeZone;
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Minutes west of UTC on a given day, as the engine sees it (negative east of Greenwich). */
const offset = new Date(2026, 10, 21, 12).getTimezoneOffset();

/**
 * Zoned times and their exact text in each zone. Adak keeps UTC-10 in winter and UTC-9 in
 * summer, so the same `-10:00` time needs no "sent as" in January and does in July.
 */
const ZONED: Record<string, Record<string, string>> = {
  UTC: {
    '2024-01-14T23:30:00-10:00': '15-Jan-2024 09:30 (sent as 14-Jan-2024 23:30 UTC-10:00)',
    '2024-07-14T23:30:00-10:00': '15-Jul-2024 09:30 (sent as 14-Jul-2024 23:30 UTC-10:00)',
    '2026-11-21T23:30:00Z': '21-Nov-2026 23:30',
    '2026-11-21T00:15:00+14:00': '20-Nov-2026 10:15 (sent as 21-Nov-2026 00:15 UTC+14:00)',
    '2026-03-29T00:30:00+05:30': '28-Mar-2026 19:00 (sent as 29-Mar-2026 00:30 UTC+05:30)',
    '2026-03-29T00:30:00+05:45': '28-Mar-2026 18:45 (sent as 29-Mar-2026 00:30 UTC+05:45)',
  },
  'Pacific/Kiritimati': {
    '2024-01-14T23:30:00-10:00': '15-Jan-2024 23:30 (sent as 14-Jan-2024 23:30 UTC-10:00)',
    '2024-07-14T23:30:00-10:00': '15-Jul-2024 23:30 (sent as 14-Jul-2024 23:30 UTC-10:00)',
    '2026-11-21T23:30:00Z': '22-Nov-2026 13:30 (sent as 21-Nov-2026 23:30 UTC)',
    '2026-11-21T00:15:00+14:00': '21-Nov-2026 00:15',
    '2026-03-29T00:30:00+05:30': '29-Mar-2026 09:00 (sent as 29-Mar-2026 00:30 UTC+05:30)',
    '2026-03-29T00:30:00+05:45': '29-Mar-2026 08:45 (sent as 29-Mar-2026 00:30 UTC+05:45)',
  },
  'America/Adak': {
    '2024-01-14T23:30:00-10:00': '14-Jan-2024 23:30',
    '2024-07-14T23:30:00-10:00': '15-Jul-2024 00:30 (sent as 14-Jul-2024 23:30 UTC-10:00)',
    '2026-11-21T23:30:00Z': '21-Nov-2026 13:30 (sent as 21-Nov-2026 23:30 UTC)',
    '2026-11-21T00:15:00+14:00': '20-Nov-2026 00:15 (sent as 21-Nov-2026 00:15 UTC+14:00)',
    '2026-03-29T00:30:00+05:30': '28-Mar-2026 10:00 (sent as 29-Mar-2026 00:30 UTC+05:30)',
    '2026-03-29T00:30:00+05:45': '28-Mar-2026 09:45 (sent as 29-Mar-2026 00:30 UTC+05:45)',
  },
  'Asia/Katmandu': {
    '2024-01-14T23:30:00-10:00': '15-Jan-2024 15:15 (sent as 14-Jan-2024 23:30 UTC-10:00)',
    '2024-07-14T23:30:00-10:00': '15-Jul-2024 15:15 (sent as 14-Jul-2024 23:30 UTC-10:00)',
    '2026-11-21T23:30:00Z': '22-Nov-2026 05:15 (sent as 21-Nov-2026 23:30 UTC)',
    '2026-11-21T00:15:00+14:00': '20-Nov-2026 16:00 (sent as 21-Nov-2026 00:15 UTC+14:00)',
    '2026-03-29T00:30:00+05:30': '29-Mar-2026 00:45 (sent as 29-Mar-2026 00:30 UTC+05:30)',
    '2026-03-29T00:30:00+05:45': '29-Mar-2026 00:30',
  },
};
/** Which table this run checks: the group's zone, or UTC for a default group running in UTC. */
const zoneKey = expected ?? (['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT'].includes(zone) ? 'UTC' : zone);

describe(`H8: dates in the browser's time zone (${zone}, UTC${offset <= 0 ? '+' : '-'}${Math.abs(offset / 60)})`, () => {
  it('H8: the browser really runs in the time zone this group asked for', () => {
    if (expected === undefined) {
      // The default group: whatever the machine's zone is, the engine must agree with itself.
      expect(zone).to.be.a('string').and.not.equal('');
      return;
    }
    expect(zone).to.equal(expected);
    const offsets: Record<string, number[]> = { 'Pacific/Kiritimati': [-840], 'America/Adak': [600, 540], 'Asia/Katmandu': [-345] };
    expect(offsets[expected], `the test knows ${expected}`).to.exist;
    expect(offsets[expected]).to.include(offset);
  });

  const days: [string, string][] = [
    ['2026-11-21', '21-Nov-2026'],
    ['2026-01-01', '01-Jan-2026'],
    ['2025-12-31', '31-Dec-2025'],
    ['2024-02-29', '29-Feb-2024'],
    ['1961-03-07', '07-Mar-1961'],
    ['2026-03-29', '29-Mar-2026'],
  ];
  it('H8: a date-only value keeps its calendar day in this zone (year ends, leap day, clock-change day)', () => {
    for (const [raw, text] of days) expect(parseFhirDate(raw)?.text, raw).to.equal(text);
  });

  it('H8: a dateTime without a zone keeps the wall-clock time it was written with in this zone, 24-hour', () => {
    expect(parseFhirDate('2026-11-21T23:30:00')?.text).to.equal('21-Nov-2026 23:30');
    expect(parseFhirDate('2026-11-21T00:15')?.text).to.equal('21-Nov-2026 00:15');
    expect(parseFhirDate('2026-11-21T13:05:00.250')?.text).to.equal('21-Nov-2026 13:05');
  });

  it('H8: a dateTime with a zone shows the same instant on this zone\'s clock, with what was sent when the offsets differ', () => {
    const table = ZONED[zoneKey];
    if (table === undefined) {
      // A developer's machine in another zone: the rule, worked out from the engine's reading of the instant.
      for (const raw of Object.keys(ZONED.UTC)) expect(parseFhirDate(raw)?.text.startsWith(formatDateTime(new Date(raw))), raw).to.be.true;
      return;
    }
    for (const [raw, text] of Object.entries(table)) expect(parseFhirDate(raw)?.text, raw).to.equal(text);
  });

  it('H8: "future" is judged against today in this zone: today and yesterday are never flagged, tomorrow is', () => {
    const now = new Date();
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const shift = (days: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, 12);
    expect(parseFhirDate(iso(shift(0)), now)?.implausible).to.be.undefined;
    expect(parseFhirDate(iso(shift(-1)), now)?.implausible).to.be.undefined;
    expect(parseFhirDate(iso(shift(1)), now)?.implausible).to.equal('future');
  });

  it('H8: the card shows a recorded time sent with a zone on this zone\'s clock, beside "Retrieved at", with what was sent', async () => {
    const nhs = nhsNumber(51);
    const raw = '2024-01-14T23:30:00-10:00';
    await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle([patientResource(nhs, 'HALE', 'Dennis'), allergy('a', 'Peanut', { recordedDate: raw })]))));
    const el = await mount(nhs);
    await settle(el, ['loaded']);
    const text = visibleText(el);
    const shown = ZONED[zoneKey]?.[raw] ?? parseFhirDate(raw)!.text;
    expect(text).to.contain(shown);
    expect(text.includes('(sent as 14-Jan-2024 23:30 UTC-10:00)')).to.equal(shown.includes('sent as'));
  });

  it('H8: the card shows a date of birth and a recorded date on the same day in this zone, and "Retrieved at" in local 24-hour time', async () => {
    const nhs = nhsNumber(50);
    await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle([patientResource(nhs, 'HALE', 'Dennis', { birthDate: '1952-01-01' }), allergy('a', 'Peanut', { recordedDate: '2025-12-31' })]))));
    const before = formatDateTime(new Date());
    const el = await mount(nhs);
    await settle(el, ['loaded']);
    const text = visibleText(el);
    expect(text).to.contain('01-Jan-1952');
    expect(text).to.contain('31-Dec-2025');
    expect(text).not.to.contain('31-Dec-1951');
    expect(text).not.to.contain('01-Jan-2026');
    expect([before, formatDateTime(new Date())].some((t) => text.includes(t)), 'the retrieved time in local time').to.be.true;
  });
});
