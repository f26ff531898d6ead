/**
 * Issue 14, item 6: which items a long history shows while shortened. Each row: the items
 * (history or current, with their stated dates), and what is kept: the most recent 20 by
 * the dates the record states, or the first 20 in record order when not every item states a
 * usable date; current items always.
 */
import { expect } from '@open-wc/testing';
import { dateKey, HISTORY_LIMIT, limitHistory, readHistorySection } from '../../../src/data/history-limit.js';
import { parseFhirDate } from '../../../src/data/dates.js';
import type { HistoryLimit } from '../../../src/data/model.js';
import { parseXhtml, unwrapDiv } from '../../../src/data/narrative.js';

interface Item {
  past: boolean;
  date?: string;
}

const past = (n: number, date?: (i: number) => string | undefined): Item[] => Array.from({ length: n }, (_, i) => ({ past: true, date: date?.(i) }));
const current = (n: number): Item[] => Array.from({ length: n }, () => ({ past: false }));
const day = (i: number) => `${1900 + Math.floor(i / 28)}-03-${String((i % 28) + 1).padStart(2, '0')}`;
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const limit = (items: Item[]) => limitHistory(items, (i) => i.past, (i) => [i.date?.includes('-') ? parseFhirDate(i.date) ?? i.date : i.date]);

const rows: [string, Item[], Pick<HistoryLimit, 'by' | 'total'> & { shown: number[]; firstHidden: number } | undefined][] = [
  ['20 stopped: not shortened', past(20, day), undefined],
  ['21 undated stopped: the first 20 as listed', past(21), { by: 'record', total: 21, shown: range(0, 20), firstHidden: 20 }],
  ['600 dated oldest first: the last 20 (the most recent), in record order', past(600, day), { by: 'date', total: 600, shown: range(580, 600), firstHidden: 0 }],
  ['600 dated newest first: the first 20', past(600, (i) => day(599 - i)), { by: 'date', total: 600, shown: range(0, 20), firstHidden: 20 }],
  ['one undated among 30: record order, not a claim of recency', [...past(29, day), { past: true }], { by: 'record', total: 30, shown: range(0, 20), firstHidden: 20 }],
  ['a flagged date (sentinel) is not a usable date', [...past(29, day), { past: true, date: '1970-01-01' }], { by: 'record', total: 30, shown: range(0, 20), firstHidden: 20 }],
  ['a two-digit year in text is not a usable date', [...past(29, (i) => `0${(i % 9) + 1} Mar 2015`), { past: true, date: '14-Nov-06' }], { by: 'record', total: 30, shown: range(0, 20), firstHidden: 20 }],
  [
    '50 current and 30 stopped: every current one, and the 20 most recent stopped',
    [...current(50), ...past(30, day)],
    { by: 'date', total: 30, shown: [...range(0, 50), ...range(60, 80)], firstHidden: 50 },
  ],
  [
    'current ones among the history keep their places',
    [...past(10, day), ...current(3), ...past(15, (i) => day(i + 10))],
    { by: 'date', total: 25, shown: [...range(5, 10), ...range(10, 28)], firstHidden: 0 },
  ],
  ['text dates as SCRs write them, partial ones too', past(25, (i) => (i === 24 ? 'Last Issued: Mar-2026' : `Prescribed: ${i + 1} Jan 2020`)), { by: 'date', total: 25, shown: range(5, 25), firstHidden: 0 }],
];

describe('rule: long histories (issue 14, item 6)', () => {
  for (const [name, items, expected] of rows) {
    it(`${name}`, () => {
      const got = limit(items);
      if (!expected) return expect(got).to.equal(undefined);
      expect(got, 'shortened').to.exist;
      expect({ by: got!.by, total: got!.total, shown: got!.shown, firstHidden: got!.firstHidden, kept: got!.kept }).to.deep.equal({ ...expected, kept: HISTORY_LIMIT });
    });
  }

  it('dates stated in text and as FHIR dates sort alike; a two-digit year or a word is no date', () => {
    expect(dateKey('Last Issued: 28 May 2026')).to.equal('2026-05-28');
    expect(dateKey('14-May-2020')).to.equal('2020-05-14');
    expect(dateKey('Mar-2015')).to.equal('2015-03');
    expect(dateKey(parseFhirDate('2020-05-14T10:30:00Z'))).to.equal('2020-05-14T10:30');
    expect(dateKey('14-Nov-06')).to.equal(undefined);
    expect(dateKey('married 2020')).to.equal(undefined);
    expect(dateKey(parseFhirDate('2999-01-01'))).to.equal(undefined);
  });

  it('an SCR table of 25 discontinued repeats keeps the rows of the 20 most recent, each with its continuation rows', () => {
    const head = '<thead><tr><th>Type</th><th>Date</th><th>Medication Item</th><th>Dosage Instructions</th><th>Quantity</th></tr></thead>';
    const body = Array.from(
      { length: 25 },
      (_, i) =>
        `<tr><td>Repeat Medication</td><td>Last Issued: ${(i % 28) + 1} Jun 2026</td><td>Drug${i + 1} 5mg tablets</td><td>One daily</td><td>28</td></tr><tr><td/><td colspan="4">***Date Discontinued: note ${i + 1}***</td></tr>`,
    ).join('');
    const raw = unwrapDiv(parseXhtml(`<div><table>${head}<tbody>${body}</tbody></table></div>`));
    const { reading, history } = readHistorySection(raw, 'discontinued-medications');
    expect(reading.entries.length, 'the reading counts every entry').to.equal(25);
    expect(history).to.exist;
    const text = JSON.stringify(history!.narrative);
    for (let i = 1; i <= 25; i++) {
      expect(text.includes(`Drug${i} 5mg`), `Drug${i}`).to.equal(i > 5);
      expect(text.includes(`note ${i}***`), `note ${i}`).to.equal(i > 5);
    }
    // The first row left out, among every row of the text: the header row, then Drug1's row.
    expect(history!.firstHidden).to.equal(1);
    expect(readHistorySection(raw, 'repeat-medications').history, 'current repeats are never shortened').to.equal(undefined);
  });

  it('H6: a row holding a highlighted statement is never left out of a shortened table', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `<tr><td>Last Issued: ${(i % 28) + 1} Jun 2026</td><td>Drug${i + 1}</td></tr>`);
    // The oldest entry, left out by date, carries a highlighted statement.
    rows[0] = '<tr><td>Last Issued: 1 Jun 2026</td><td>Drug1<p class="HighlightedStatement">Withheld items in this table.</p></td></tr>';
    const raw = unwrapDiv(parseXhtml(`<div><table><thead><tr><th>Date</th><th>Medication Item</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`));
    const { history } = readHistorySection(raw, 'discontinued-medications');
    const text = JSON.stringify(history!.narrative);
    expect(text).to.contain('Withheld items in this table.');
    expect(text, 'another old entry is left out').not.to.contain('"Drug2"');
  });
});
