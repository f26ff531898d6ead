import { expect } from '@open-wc/testing';
import { formatNhsNumber, isValidNhsNumber, normaliseNhsNumber } from '../../src/data/nhs-number.js';

describe('NHS number', () => {
  it('accepts spaced input and checks modulus 11', () => {
    expect(normaliseNhsNumber(' 943 476 5919 ')).to.equal('9434765919');
    expect(isValidNhsNumber('9434765919')).to.be.true;
    expect(isValidNhsNumber('9000000009')).to.be.true;
    expect(isValidNhsNumber('5900002233')).to.be.true;
  });

  it('rejects a wrong check digit, letters and a check digit of 10', () => {
    expect(isValidNhsNumber('9434765918')).to.be.false;
    expect(normaliseNhsNumber('94347A5919')).to.be.undefined;
    expect(normaliseNhsNumber('943476591')).to.be.undefined;
    // 1000000010: the weighted sum gives check digit 10, which no valid number has.
    expect(isValidNhsNumber('1000000010')).to.be.false;
  });

  it('formats ten digits in three groups', () => {
    expect(formatNhsNumber('9434765919')).to.equal('943 476 5919');
  });
});
