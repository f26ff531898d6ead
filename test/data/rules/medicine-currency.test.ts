/** Class 2: status × intent × doNotPerform × dates → the group a coded medicine is listed in. */
import { expect } from '@open-wc/testing';
import { medicineCurrency, type MedicineFacts } from '../../../src/data/medicine-currency.js';
import type { MedicineGroup } from '../../../src/data/model.js';

const TODAY: [number, number, number] = [2026, 11, 21];
const base: MedicineFacts = { status: 'active', doNotPerform: false, course: 'repeat' };

const rows: [string, Partial<MedicineFacts>, MedicineGroup, string][] = [
  ['active repeat', {}, 'repeat', 'active'],
  ['active acute', { course: 'acute' }, 'acute', 'active'],
  ['active, no course', { course: 'other' }, 'other', 'active'],
  ['active order', { intent: 'order' }, 'repeat', 'active'],
  ['doNotPerform active', { doNotPerform: true }, 'prohibited', 'do-not-perform'],
  ['doNotPerform with no status', { doNotPerform: true, status: undefined }, 'prohibited', 'do-not-perform'],
  ['doNotPerform stopped', { doNotPerform: true, status: 'stopped' }, 'stopped', 'prohibition-ended'],
  ['doNotPerform past its end date', { doNotPerform: true, end: [2026, 1, 1] }, 'stopped', 'prohibition-ended'],
  ['intent proposal', { intent: 'proposal' }, 'unconfirmed', 'intent-proposal'],
  ['intent plan', { intent: 'plan' }, 'unconfirmed', 'intent-plan'],
  ['draft', { status: 'draft' }, 'unconfirmed', 'draft'],
  ['intended', { status: 'intended' }, 'unconfirmed', 'intended'],
  ['unknown', { status: 'unknown' }, 'unconfirmed', 'unknown'],
  ['no status', { status: undefined }, 'unconfirmed', 'no-status'],
  ['an unrecognised status word', { status: 'paused' }, 'unconfirmed', 'unrecognised-status'],
  ['on-hold', { status: 'on-hold' }, 'on-hold', 'on-hold'],
  ['suspended', { status: 'suspended' }, 'on-hold', 'on-hold'],
  ['not-taken', { status: 'not-taken' }, 'stopped', 'not-taken'],
  ['cancelled', { status: 'cancelled' }, 'stopped', 'cancelled'],
  ['stopped', { status: 'stopped' }, 'stopped', 'stopped'],
  ['completed', { status: 'completed', course: 'acute' }, 'stopped', 'completed'],
  ['active, ended yesterday', { end: [2026, 11, 20] }, 'stopped', 'ended'],
  ['active, ends today', { end: [2026, 11, 21] }, 'repeat', 'active'],
  ['active, ends next year', { end: [2027, 5, 1] }, 'repeat', 'active'],
  ['active, ended last month (partial date)', { end: [2026, 10, 0] }, 'stopped', 'ended'],
  ['active, ends this month (partial date)', { end: [2026, 11, 0] }, 'repeat', 'active'],
  ['active, ended in 2021 (year only)', { end: [2021, 0, 0] }, 'stopped', 'ended'],
  ['active, starts next week', { start: [2026, 11, 28] }, 'unconfirmed', 'not-started'],
  ['active, started today', { start: [2026, 11, 21] }, 'repeat', 'active'],
  ['plan that ended: not an order whatever its dates', { intent: 'plan', end: [2020, 1, 1] }, 'unconfirmed', 'intent-plan'],
];

describe('rule: medicine currency (class 2, H5)', () => {
  for (const [name, facts, group, why] of rows) {
    it(`H5: ${name} → ${group} (${why})`, () => {
      expect(medicineCurrency({ ...base, ...facts }, TODAY)).to.deep.equal({ group, why });
    });
  }
});
