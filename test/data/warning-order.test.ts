import { expect } from '@open-wc/testing';
import type { RecordWarning, WarningKind } from '../../src/data/model.js';
import { orderWarnings, severityOf, WARNING_ORDER } from '../../src/data/warning-order.js';
import { strings } from '../../src/views/strings.js';

const w = (kind: WarningKind, text: string = kind): RecordWarning => ({ kind, text });

describe('warning order: the most serious first', () => {
  it('H6: severityOf ranks identity, then permission to view, contradiction, incomplete, highlighted statements, then notes on reading', () => {
    const table: [WarningKind, number][] = [
      ['identity', 0], ['consent', 1], ['contradiction', 2], ['incomplete', 3], ['highlighted', 4],
      ['ambiguous-reference', 5], ['not-in-narrative', 6], ['document', 7], ['service', 8], ['list-warning', 9],
    ];
    for (const [kind, rank] of table) expect(severityOf(kind), kind).to.equal(rank);
    expect(severityOf('unheard-of' as WarningKind), 'an unknown kind sorts last, never dropped').to.equal(WARNING_ORDER.length);
  });

  it('H6: orderWarnings puts the most serious first, keeps the record’s order within a kind, and drops nothing', () => {
    const input = [w('service', 's1'), w('highlighted', 'h1'), w('identity'), w('incomplete'), w('highlighted', 'h2'), w('consent')];
    expect(orderWarnings(input).map((x) => x.text)).to.deep.equal(['identity', 'consent', 'incomplete', 'h1', 'h2', 's1']);
    expect(input[0].text, 'the input is not reordered in place').to.equal('s1');
  });

  it('H6: every warning kind has its own title', () => {
    const titles = WARNING_ORDER.map((k) => strings.warningTitles[k]);
    expect(titles.every(Boolean)).to.be.true;
    expect(new Set(titles).size).to.equal(titles.length);
  });
});
