import { expect } from '@open-wc/testing';
import { choiceDate, quantityText } from '../../../src/data/resources/common.js';
import { NOW, summarise } from './summarise.js';

/** One reading of a Quantity for ages, ranges and doses alike (it once existed twice, and the copies disagreed). */
const QUANTITIES: [string, unknown, string | undefined][] = [
  ['value and unit', { value: 45, unit: 'years' }, '45 years'],
  ['code when no unit', { value: 2, code: 'mg' }, '2 mg'],
  ['unit wins over code', { value: 2, unit: 'milligram', code: 'mg' }, '2 milligram'],
  ['no unit', { value: 1.5 }, '1.5'],
  ['comparator kept', { value: 5, unit: 'mg', comparator: '<' }, '<5 mg'],
  ['comparator >=', { value: 65, unit: 'a', comparator: '>=' }, '>=65 a'],
  ['zero is a value', { value: 0, unit: 'mL' }, '0 mL'],
  ['NaN is no value', { value: NaN, unit: 'mg' }, undefined],
  ['Infinity is no value', { value: Infinity, unit: 'mg' }, undefined],
  ['a string value is no number', { value: '5', unit: 'mg' }, undefined],
  ['no value', { unit: 'mg' }, undefined],
  ['not an object', 5, undefined],
];

describe('resources/common: quantityText', () => {
  it('reads a Quantity the same way wherever it appears', () => {
    for (const [name, q, text] of QUANTITIES) expect(quantityText(q), name).to.equal(text);
  });

  it('an onset age and a medicine dose are spelled by that one reading', () => {
    for (const [name, q, text] of QUANTITIES) {
      expect(choiceDate({ onsetAge: q }, 'onset', NOW)?.text, name).to.equal(text === undefined ? undefined : `Age ${text}`);
      const summary = summarise({ resourceType: 'MedicationStatement', id: 'm', status: 'active', medicationCodeableConcept: { text: 'Morphine oral solution' }, dosage: [{ doseAndRate: [{ doseQuantity: q }] }] });
      const [medicine] = Object.values(summary.medicines).flat();
      expect(medicine.dose, name).to.equal(text);
    }
  });
});
