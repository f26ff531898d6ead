import { expect } from '@open-wc/testing';
import {
  codeWord,
  conceptName,
  findCoding,
  readStatus,
  conceptText,
  hasCode,
  isTransferDegraded,
  NO_KNOWN_ALLERGY,
  SNOMED,
  statusCode,
  TRANSFER_DEGRADED,
} from '../../src/data/codes.js';

describe('codes', () => {
  it('conceptText prefers text, then the first display, then the first code', () => {
    expect(conceptText({ text: 'Penicillin', coding: [{ display: 'Benzylpenicillin' }] })).to.equal('Penicillin');
    expect(conceptText({ coding: [{ code: '1' }, { code: '2', display: 'Cashew nuts' }] })).to.equal('Cashew nuts');
    expect(conceptText({ coding: [{ system: SNOMED, code: '227493005' }] })).to.equal('227493005');
    expect(conceptText({ text: '  ', coding: [] })).to.be.undefined;
  });

  it('conceptText tolerates wrong shapes', () => {
    expect(conceptText(null)).to.be.undefined;
    expect(conceptText(42)).to.be.undefined;
    expect(conceptText([{ text: 'x' }])).to.be.undefined;
    expect(conceptText({ coding: 'not an array', text: 5 })).to.be.undefined;
    expect(conceptText({ coding: { display: 'Single object' } })).to.equal('Single object');
    expect(conceptText({ coding: [null, 3, { display: 'Third' }] })).to.equal('Third');
    // A bare string where a CodeableConcept belongs is still the sender's words.
    expect(conceptText('Peanut')).to.equal('Peanut');
  });

  it('hasCode checks codes and, when given, the system', () => {
    const cc = { coding: [{ system: SNOMED, code: '409137002' }] };
    expect(hasCode(cc, SNOMED, NO_KNOWN_ALLERGY.keys())).to.be.true;
    expect(hasCode(cc, undefined, ['409137002'])).to.be.true;
    expect(hasCode(cc, 'http://loinc.org', ['409137002'])).to.be.false;
    expect(hasCode(cc, SNOMED, ['716186003'])).to.be.false;
    expect(hasCode(undefined, SNOMED, ['716186003'])).to.be.false;
  });

  it('statusCode reads R4 CodeableConcepts and STU3 bare strings', () => {
    expect(statusCode({ coding: [{ code: 'other' }, { system: 'x', code: 'active' }] }, 'x')).to.equal('active');
    expect(statusCode({ coding: [{ code: 'confirmed' }] })).to.equal('confirmed');
    expect(statusCode('entered-in-error')).to.equal('entered-in-error');
    expect(statusCode([])).to.be.undefined;
  });

  it('lists the four "no known allergy" codes with their scopes', () => {
    expect([...NO_KNOWN_ALLERGY.entries()].map(([code, v]) => [code, v.scope])).to.deep.equal([
      ['716186003', 'all'],
      ['409137002', 'drug'],
      ['429625007', 'food'],
      ['428607008', 'environment'],
    ]);
  });

  it('a transfer-degraded code shows code.text verbatim and is not coded', () => {
    expect([...TRANSFER_DEGRADED]).to.have.members(['196461000000101', '196421000000109']);
    const cc = {
      coding: [{ system: SNOMED, code: '196461000000101', display: 'Transfer-degraded drug allergy' }],
      text: 'Amoxicillin 250mg capsules',
    };
    expect(isTransferDegraded(cc)).to.be.true;
    expect(conceptName(cc)).to.deep.equal({ text: 'Amoxicillin 250mg capsules', coded: false });
    // Without text the degraded display is still honest, and still not coded.
    expect(conceptName({ coding: cc.coding })).to.deep.equal({ text: 'Transfer-degraded drug allergy', coded: false });
  });

  it('conceptName: coded needs a code; text alone is not coded', () => {
    expect(conceptName({ coding: [{ system: SNOMED, code: '372687004', display: 'Amoxicillin' }] })).to.deep.equal({ text: 'Amoxicillin', coded: true });
    expect(conceptName({ text: 'Sesame' })).to.deep.equal({ text: 'Sesame', coded: false });
    expect(conceptName(undefined)).to.deep.equal({ text: undefined, coded: false });
  });

  it('H5: codeWord and statusCode compare codes trimmed and case-insensitively', () => {
    const table: [unknown, string | undefined][] = [['Active', 'active'], [' HIGH ', 'high'], ['entered-in-error', 'entered-in-error'], ['', undefined], ['  ', undefined], [7, undefined]];
    for (const [value, word] of table) expect(codeWord(value), String(value)).to.equal(word);
    expect(statusCode({ coding: [{ system: ' x ', code: ' Refuted ' }] }, 'x')).to.equal('refuted');
    expect(statusCode(' Inactive ')).to.equal('inactive');
  });

  it('H5: readStatus honours a code, a bare string or words, and returns anything else as sent', () => {
    const allowed = ['active', 'inactive', 'entered-in-error'] as const;
    const table: [unknown, { code?: string; asSent?: string }][] = [
      [{ coding: [{ code: 'Active' }] }, { code: 'active' }],
      ['INACTIVE', { code: 'inactive' }],
      [{ text: 'Entered in error' }, { code: 'entered-in-error' }],
      [{ text: 'entered_in_error' }, { code: 'entered-in-error' }],
      [{ coding: [{ code: 'x1', display: 'Inactive' }] }, { code: 'inactive' }],
      [{ coding: [{ code: 'x1' }], text: 'Dormant' }, { asSent: 'Dormant' }],
      [{ coding: [{ code: 'x1' }] }, { asSent: 'x1' }],
      ['dormant', { asSent: 'dormant' }],
      [{ text: ' ' }, {}],
      [undefined, {}],
      [42, {}],
    ];
    for (const [value, reading] of table) expect(readStatus(value, allowed), JSON.stringify(value)).to.deep.equal(reading);
  });

  it('H3: findCoding can require a system, and returns the code trimmed', () => {
    const cc = { coding: [{ system: 'http://example.org', code: '716186003' }, { system: SNOMED, code: ' 409137002 ', display: 'NKDA' }] };
    expect(findCoding(cc, NO_KNOWN_ALLERGY.keys())?.code).to.equal('716186003');
    expect(findCoding(cc, NO_KNOWN_ALLERGY.keys(), SNOMED)).to.deep.equal({ system: SNOMED, code: '409137002', display: 'NKDA' });
    expect(findCoding({ coding: [{ code: '716186003' }] }, NO_KNOWN_ALLERGY.keys(), SNOMED)).to.be.undefined;
  });
});
