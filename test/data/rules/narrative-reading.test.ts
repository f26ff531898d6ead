/**
 * Class 3 and 6: what a section's text says, from its structure and whole statements only.
 * Each row: a narrative written here (varied layouts), the section kind, and what it says.
 */
import { expect } from '@open-wc/testing';
import type { SectionKind, SectionReading } from '../../../src/data/model.js';
import { parseXhtml, unwrapDiv } from '../../../src/data/narrative.js';
import { readSectionText } from '../../../src/data/narrative-reading.js';

const read = (xhtml: string, kind: SectionKind = 'allergies') => readSectionText(unwrapDiv(parseXhtml(`<div xmlns="http://www.w3.org/1999/xhtml">${xhtml}</div>`)), kind);

const ALLERGY_HEAD = '<thead><tr><th>Date</th><th>Description</th><th>Certainty</th></tr></thead>';
const MEDS_HEAD = '<thead><tr><th>Type</th><th>Date</th><th>Medication Item</th><th>Dosage Instructions</th><th>Quantity</th></tr></thead>';
const NO_INFO = 'No relevant information available for this category.';

type Row = [string, string, SectionKind, Pick<SectionReading, 'state'> & { names?: string[]; notes?: string[][]; negations?: string[] }];

const rows: Row[] = [
  ['td rows', `<table>${ALLERGY_HEAD}<tbody><tr><td>12-May-2020</td><td>Penicillin</td><td/></tr><tr><td>01-Jan-2021</td><td>Latex</td><td/></tr></tbody></table>`, 'allergies', { state: 'entries', names: ['Penicillin', 'Latex'] }],
  ['body rows in <th scope="row">', `<table>${ALLERGY_HEAD}<tbody><tr><th scope="row">12-May-2020</th><td>Penicillin</td><td/></tr><tr><th scope="row">03-Mar-2022</th><td>Peanut</td><td/></tr></tbody></table>`, 'allergies', { state: 'entries', names: ['Penicillin', 'Peanut'] }],
  ['header written in <td> inside <thead>', `<table><thead><tr><td>Date</td><td>Description</td></tr></thead><tbody><tr><td>12-May-2020</td><td>Aspirin</td></tr></tbody></table>`, 'allergies', { state: 'entries', names: ['Aspirin'] }],
  ['no thead, a first row of <th> is the header', `<table><tr><th>Date</th><th>Description</th></tr><tr><td>12-May-2020</td><td>Aspirin</td></tr></table>`, 'allergies', { state: 'entries', names: ['Aspirin'] }],
  ['"no relevant information" inside a real row is an entry', `<table>${ALLERGY_HEAD}<tbody><tr><td>12-May-2020</td><td>Penicillin</td><td>no relevant information available on certainty</td></tr></tbody></table>`, 'allergies', { state: 'entries', names: ['Penicillin'] }],
  ['the statement as a whole row', `<table>${ALLERGY_HEAD}<tbody><tr><td colspan="3">${NO_INFO}</td></tr></tbody></table>`, 'allergies', { state: 'not-recorded' }],
  ['the statement in the name cell of a row', `<table>${ALLERGY_HEAD}<tbody><tr><td/><td>${NO_INFO}</td><td/></tr></tbody></table>`, 'allergies', { state: 'not-recorded' }],
  ['the statement as a paragraph, any case', `<p>NO RELEVANT INFORMATION AVAILABLE FOR THIS CATEGORY</p>`, 'allergies', { state: 'not-recorded' }],
  ['a reaction table nested inside a row counts as one entry', `<table>${ALLERGY_HEAD}<tbody><tr><td>12-May-2020</td><td>Penicillin</td><td><table><tr><th>Reaction</th></tr><tr><td>Rash</td></tr><tr><td>Wheeze</td></tr></table></td></tr></tbody></table>`, 'allergies', { state: 'entries', names: ['Penicillin'] }],
  ['entries written as paragraphs are unclear', `<p>Penicillin - rash</p><p>Latex - swelling</p>`, 'allergies', { state: 'unclear' }],
  ['entries written as a list are unclear', `<ul><li>Penicillin</li><li>Latex</li></ul>`, 'allergies', { state: 'unclear' }],
  ['a table plus loose entries is unclear', `<table>${ALLERGY_HEAD}<tbody><tr><td>12-May-2020</td><td>Penicillin</td><td/></tr></tbody></table><p>Also peanut</p>`, 'allergies', { state: 'unclear', names: ['Penicillin'] }],
  ['a "no known allergies" row is a negation, not an entry', `<table>${ALLERGY_HEAD}<tbody><tr><td>12-May-2020</td><td>No known allergies</td><td/></tr></tbody></table>`, 'allergies', { state: 'no-known', negations: ['No known allergies'] }],
  ['a scoped "no known" paragraph', `<p>No known drug allergy.</p>`, 'allergies', { state: 'no-known', negations: ['No known drug allergy.'] }],
  ['an empty table says nothing', `<table>${ALLERGY_HEAD}<tbody></tbody></table>`, 'allergies', { state: 'empty' }],
  ['highlighted statements, headings and "Summary Sent" are not entries', `<h3>Allergies</h3><p class="HighlightedStatement">Withheld.</p><table>${ALLERGY_HEAD}<tbody><tr><td>1-Jan-2020</td><td>Egg</td><td/></tr></tbody></table><p id="SendTime">Summary Sent: 14-May-2020 14:31</p>`, 'allergies', { state: 'entries', names: ['Egg'] }],
  ['class 6: continuation rows belong to the medicine above', `<table>${MEDS_HEAD}<tbody><tr><td>Repeat Medication</td><td>Authorised: 25 Mar 2020</td><td>Aspirin 300mg tablets</td><td>take 1</td><td>60 tablet</td></tr><tr><td colspan="2"/><td>Reason for Medication: Viral headache</td><td colspan="2"/></tr><tr><td/><td colspan="4">***Date Discontinued: 25 Mar 2020, Reason: Clinical grounds***</td></tr></tbody></table>`, 'discontinued-medications', { state: 'entries', names: ['Aspirin 300mg tablets'], notes: [['Reason for Medication: Viral headache', '***Date Discontinued: 25 Mar 2020, Reason: Clinical grounds***']] }],
  ['class 6: a row with no Type and no Date continues the medicine above whatever it says', `<table>${MEDS_HEAD}<tbody><tr><td>Acute Medication</td><td>Prescribed: 1 Apr 2020</td><td>Amoxicillin 500mg capsules</td><td>tds</td><td>21</td></tr><tr><td></td><td></td><td>Patient advised to complete course</td><td></td><td></td></tr></tbody></table>`, 'acute-medications', { state: 'entries', names: ['Amoxicillin 500mg capsules'], notes: [['Patient advised to complete course']] }],
  ['class 6: continuation rows in another column order', `<table><thead><tr><th>Medication Item</th><th>Date</th><th>Type</th></tr></thead><tbody><tr><td>Ramipril 5mg capsules</td><td>Last Issued: 01-Nov-2026</td><td>Repeat Medication</td></tr><tr><td>***Review due***</td><td/><td/></tr></tbody></table>`, 'repeat-medications', { state: 'entries', names: ['Ramipril 5mg capsules'], notes: [['***Review due***']] }],
  ['class 6: an annotation with no medicine above it is unclear', `<table>${MEDS_HEAD}<tbody><tr><td colspan="2"/><td>Reason for Medication: Pain</td><td colspan="2"/></tr></tbody></table>`, 'repeat-medications', { state: 'unclear' }],
  ['a table without a header counts its rows by their whole text', `<table><tr><td>Falls risk</td></tr><tr><td>Lives alone</td></tr></table>`, 'additional', { state: 'entries', names: ['Falls risk', 'Lives alone'] }],
];

describe('rule: narrative reading (classes 3 and 6)', () => {
  for (const [name, xhtml, kind, want] of rows) {
    it(`H3: ${name} → ${want.state}`, () => {
      const got = read(xhtml, kind);
      expect(got.state).to.equal(want.state);
      if (want.names) expect(got.entries.map((e) => e.name)).to.deep.equal(want.names);
      if (want.notes) expect(got.entries.map((e) => e.notes)).to.deep.equal(want.notes);
      if (want.negations) expect(got.negations).to.deep.equal(want.negations);
    });
  }

  it('H4: a medicine entry keeps its Date column text as written', () => {
    const got = read(`<table>${MEDS_HEAD}<tbody><tr><td>Acute Medication</td><td>Prescribed: 12-May-2020</td><td>Co-codamol</td><td/><td/></tr></tbody></table>`, 'acute-medications');
    expect(got.entries).to.deep.equal([{ name: 'Co-codamol', date: 'Prescribed: 12-May-2020', notes: [] }]);
  });
});
