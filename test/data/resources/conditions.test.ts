import { expect } from '@open-wc/testing';
import { NO_NAME_CONDITION, NO_TEXT_FLAG } from '../../../src/data/resources/conditions.js';
import { snomed, summarise } from './summarise.js';

const clinical = (code: string) => ({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code }] });
const verification = (code: string) => ({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code }] });

describe('resources: Condition and Flag', () => {
  it('reads a UK Core Condition with its statuses and dates', () => {
    const summary = summarise({
      resourceType: 'Condition',
      id: 'UKCore-Condition-BleedingFromEar-Example',
      clinicalStatus: clinical('active'),
      verificationStatus: verification('confirmed'),
      category: [{ coding: [{ code: 'encounter-diagnosis' }] }],
      code: snomed('2424003', 'Bleeding from ear'),
      onsetDateTime: '2019-12-10',
      recordedDate: '2019-12-10T13:00:00+00:00',
    });
    expect(summary.conditions).to.have.length(1);
    expect(summary.conditions[0]).to.deep.include({ name: 'Bleeding from ear', coded: true, clinical: 'active', verification: 'confirmed' });
    expect(summary.conditions[0].onset?.text).to.equal('10-Dec-2019');
    expect(summary.conditions[0].recorded?.text).to.equal('10-Dec-2019 13:00');
  });

  it('H5: a resolved Condition keeps its status and abatement (R4 f201 fever)', () => {
    const summary = summarise({
      resourceType: 'Condition',
      id: 'f201',
      clinicalStatus: clinical('resolved'),
      verificationStatus: verification('confirmed'),
      code: snomed('386661006', 'Fever'),
      onsetDateTime: '2013-04-02',
      abatementString: 'around April 9, 2013',
      recordedDate: '2013-04-04',
    });
    expect(summary.conditions[0]).to.include({ clinical: 'resolved' });
    expect(summary.conditions[0].abatement?.text).to.equal('around April 9, 2013');
  });

  it('reads onset and abatement from Period, Age and Range', () => {
    const summary = summarise(
      { resourceType: 'Condition', id: 'p', code: { text: 'Asthma' }, onsetPeriod: { start: '2001' }, abatementPeriod: { start: '2002-01', end: '2003-05' } },
      { resourceType: 'Condition', id: 'a', code: { text: 'Eczema' }, onsetAge: { value: 2, unit: 'years' }, abatementRange: { low: { value: 10, unit: 'years' }, high: { value: 12, unit: 'years' } } },
    );
    expect(summary.conditions.map((c) => [c.onset?.text, c.abatement?.text])).to.deep.equal([
      ['2001', 'May-2003'],
      ['Age 2 years', 'Age 10 years to 12 years'],
    ]);
  });

  it('H5: an entered-in-error Condition is hidden and counted', () => {
    const summary = summarise({ resourceType: 'Condition', code: { text: 'Diabetes' }, verificationStatus: verification('entered-in-error') });
    expect(summary.conditions).to.be.empty;
    expect(summary.hidden.enteredInError).to.equal(1);
  });

  it('H4: a Condition with no name is still shown', () => {
    const summary = summarise({ resourceType: 'Condition', id: 'x', clinicalStatus: clinical('active') });
    expect(summary.conditions[0]).to.include({ name: NO_NAME_CONDITION, coded: false });
  });

  it('reads a Flag (UK Core peanut allergy flag) and hides an entered-in-error one', () => {
    const summary = summarise(
      {
        resourceType: 'Flag',
        id: 'UKCore-Flag-FoodAllergy-Example',
        status: 'active',
        code: { coding: [{ system: 'http://snomed.info/sct', code: '711000000107', display: 'Peanut-free diet' }], text: 'Patient has a severe peanut allergy.' },
        period: { start: '2019-12-10' },
      },
      { resourceType: 'Flag', status: 'entered-in-error', code: { text: 'Wrong patient' } },
      { resourceType: 'Flag', status: 'inactive' },
    );
    expect(summary.flags.map((f) => [f.text, f.status, f.period?.text])).to.deep.equal([
      ['Patient has a severe peanut allergy.', 'active', '10-Dec-2019'],
      [NO_TEXT_FLAG, 'inactive', undefined],
    ]);
    expect(summary.flags[0].source.ref).to.equal('Flag/UKCore-Flag-FoodAllergy-Example');
    expect(summary.hidden.enteredInError).to.equal(1);
  });

  it('H5: Condition and Flag statuses are read in any case, or in words, and unknown words are kept as sent', () => {
    // [name, clinicalStatus, verificationStatus, shown?, clinical, verification]
    const table: [string, unknown, unknown, boolean, string | undefined, string | undefined][] = [
      ['upper-case codes', clinical('RESOLVED'), verification(' Confirmed '), true, 'resolved', 'confirmed'],
      ['entered in error, mixed case', clinical('active'), verification('Entered-In-Error'), false, undefined, undefined],
      ['entered in error, in words', undefined, { text: 'Entered in error' }, false, undefined, undefined],
      ['statuses in words', { text: 'Remission' }, { text: 'Provisional' }, true, 'remission', 'provisional'],
      ['unknown words kept', { text: 'Under review' }, { text: 'Possible' }, true, 'Under review', 'Possible'],
    ];
    for (const [name, clinicalStatus, verificationStatus, shown, c, v] of table) {
      const summary = summarise({ resourceType: 'Condition', id: 'c', code: { text: 'Asthma' }, clinicalStatus, verificationStatus });
      expect(summary.conditions.length, name).to.equal(shown ? 1 : 0);
      expect(summary.hidden.enteredInError, name).to.equal(shown ? 0 : 1);
      if (shown) expect([summary.conditions[0].clinical, summary.conditions[0].verification], name).to.deep.equal([c, v]);
    }
    const flags = summarise({ resourceType: 'Flag', id: 'f1', status: ' Entered-in-Error', code: { text: 'x' } }, { resourceType: 'Flag', id: 'f2', status: 'ACTIVE', code: { text: 'Violent' } });
    expect(flags.flags.map((f) => f.status)).to.deep.equal(['active']);
    expect(flags.hidden.enteredInError).to.equal(1);
  });
});
