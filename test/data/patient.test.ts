import { expect } from '@open-wc/testing';
import { isNhsNumberSystem, NHS_NUMBER_OID, NHS_NUMBER_SYSTEM } from '../../src/data/nhs-number.js';
import { formatHumanName, nhsNumbersOf, readPatient } from '../../src/data/patient.js';

const NHS = 'https://fhir.nhs.uk/Id/nhs-number';
const OID = 'urn:oid:2.16.840.1.113883.2.1.4.1';

describe('patient', () => {
  it('H1: reads the NHS number, CUI name and date of birth of a UK Core Patient', () => {
    const patient = {
      resourceType: 'Patient',
      id: 'UKCore-Patient-RichardSmith-Example',
      identifier: [{ system: NHS, value: '9912003888' }],
      name: [{ use: 'official', family: 'SMITH', given: ['Richard'] }],
      birthDate: '1970-09-11',
    };
    expect(readPatient(patient)).to.deep.equal({
      nhsNumber: '9912003888',
      name: 'SMITH, Richard',
      birthDate: { raw: '1970-09-11', text: '11-Sep-1970', precision: 'day' },
    });
  });

  it('H1: strips spaces from the NHS number and ignores other identifier systems', () => {
    expect(readPatient({ identifier: [{ system: 'https://example.org/mrn', value: '123' }, { system: NHS, value: '991 200 3888' }] }).nhsNumber).to.equal('9912003888');
    expect(readPatient({ identifier: [{ system: 'https://example.org/mrn', value: '9912003888' }] }).nhsNumber).to.be.undefined;
  });

  it('H1: a malformed NHS number is kept as stated so the identity check can reject it', () => {
    expect(readPatient({ identifier: [{ system: NHS, value: '99120O3888' }] }).nhsNumber).to.equal('99120O3888');
  });

  it('H1: both NHS number systems are recognised, and only those two', () => {
    expect([NHS_NUMBER_SYSTEM, NHS_NUMBER_OID]).to.deep.equal([NHS, OID]);
    const table: [unknown, boolean][] = [
      [NHS, true],
      [OID, true],
      ['https://fhir.nhs.uk/Id/nhs-number/', false],
      ['urn:oid:2.16.840.1.113883.2.1.4.1.1', false],
      ['urn:oid:2.16.840.1.113883.2.1.3.2.4.18.23', false],
      ['https://example.org/mrn', false],
      [undefined, false],
      [42, false],
    ];
    for (const [system, expected] of table) expect(isNhsNumberSystem(system), String(system)).to.equal(expected);
  });

  it('H1: every NHS number a Patient states is read, under either system, whatever the order and use', () => {
    const table: [string, unknown[], string[], string | undefined][] = [
      // name, identifiers, every number stated, the number shown
      ['OID only', [{ system: OID, value: '9912003888' }], ['9912003888'], '9912003888'],
      ['OID, spaced', [{ system: OID, value: ' 991 200 3888 ' }], ['9912003888'], '9912003888'],
      ['URL then OID, same number', [{ system: NHS, value: '9912003888' }, { system: OID, value: '9912003888' }], ['9912003888'], '9912003888'],
      ['URL then OID, different', [{ system: NHS, value: '9912003888' }, { system: OID, value: '9000000009' }], ['9912003888', '9000000009'], '9912003888'],
      ['OID then URL, different', [{ system: OID, value: '9000000009' }, { system: NHS, value: '9912003888' }], ['9000000009', '9912003888'], '9000000009'],
      ['two under the URL', [{ system: NHS, value: '9912003888' }, { system: NHS, value: '9000000009' }], ['9912003888', '9000000009'], '9912003888'],
      ['old first', [{ system: NHS, value: '9000000009', use: 'old' }, { system: NHS, value: '9912003888' }], ['9000000009', '9912003888'], '9912003888'],
      ['old last, under the OID', [{ system: NHS, value: '9912003888', use: 'official' }, { system: OID, value: '9000000009', use: 'old' }], ['9912003888', '9000000009'], '9912003888'],
      ['only old', [{ system: OID, value: '9000000009', use: 'old' }], ['9000000009'], '9000000009'],
      ['other systems ignored', [{ system: 'https://example.org/mrn', value: '9000000009' }, { system: OID, value: '9912003888' }], ['9912003888'], '9912003888'],
      ['no value', [{ system: OID }, { system: NHS, value: '  ' }, { system: NHS, value: 9912003888 }], [], undefined],
    ];
    for (const [name, identifier, all, shown] of table) {
      expect(nhsNumbersOf({ identifier }), name).to.deep.equal(all);
      expect(readPatient({ identifier }).nhsNumber, name).to.equal(shown);
    }
    expect(nhsNumbersOf(null)).to.deep.equal([]);
    expect(nhsNumbersOf({ identifier: { system: OID, value: '9912003888' } })).to.deep.equal(['9912003888']);
  });

  it('prefers a current NHS number over one marked old', () => {
    const patient = { identifier: [{ system: NHS, value: '1111111111', use: 'old' }, { system: NHS, value: '9912003888' }] };
    expect(readPatient(patient).nhsNumber).to.equal('9912003888');
  });

  it('formats names FAMILY, Given (Title), preferring official, and keeps text verbatim', () => {
    expect(formatHumanName({ family: 'Jackson', given: ['Jane', 'Ann'], prefix: ['Miss'] })).to.equal('JACKSON, Jane Ann (Miss)');
    expect(formatHumanName({ text: 'JACKSON Jane (Miss)', family: 'Jackson' })).to.equal('JACKSON Jane (Miss)');
    expect(formatHumanName({ given: ['Cher'] })).to.equal('Cher');
    expect(formatHumanName({})).to.be.undefined;
    const patient = { name: [{ use: 'usual', given: ['Dick'], family: 'Smith' }, { use: 'official', family: 'Smith', given: ['Richard'], prefix: ['Mr'] }] };
    expect(readPatient(patient).name).to.equal('SMITH, Richard (Mr)');
    expect(readPatient({ name: [{ use: 'old', family: 'Jones' }, { use: 'usual', family: 'Smith' }] }).name).to.equal('SMITH');
  });

  it('H8: a sentinel date of birth is flagged, and a malformed one is shown as sent', () => {
    expect(readPatient({ birthDate: '1970-01-01' }).birthDate?.implausible).to.equal('sentinel');
    expect(readPatient({ birthDate: '11/09/1970' }).birthDate?.text).to.equal('11/09/1970');
  });

  it('tolerates hostile shapes without throwing', () => {
    for (const input of [null, undefined, 42, 'Patient', [], { identifier: 'x', name: 'Bob', birthDate: 19700911 }, { identifier: { system: NHS, value: 9912003888 }, name: [null, { family: 7, given: 'Ann' }] }]) {
      expect(() => readPatient(input)).not.to.throw();
    }
    expect(readPatient({ identifier: { system: NHS, value: '9912003888' }, name: { family: 'Solo' } })).to.deep.equal({ nhsNumber: '9912003888', name: 'SOLO' });
    expect(readPatient({ name: [{ family: 7, given: 'Ann' }] }).name).to.equal('Ann');
  });
});
