import { expect } from '@open-wc/testing';
import { formatHumanName, readPatient } from '../../src/data/patient.js';

const NHS = 'https://fhir.nhs.uk/Id/nhs-number';

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
