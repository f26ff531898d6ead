/**
 * Issue 15: a long record is made into the model a few hundred resources a task
 * (src/data/steps.ts), so a 5,000-entry record never holds the page for one long task. Read
 * in tasks, the model is the one `normalise` gives at once; the page gets turns in between;
 * a reading that is no longer wanted stops.
 */
import { expect } from '@open-wc/testing';
import { normalise, normaliseSteps } from '../../src/data/normalise.js';
import { runInTasks } from '../../src/data/steps.js';
import { richScr } from '../a11y/records.js';
import { NHS_A } from '../helpers/records.js';
import { manyMedicines, nhsNumber } from '../safety/support/patients.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const NHS = nhsNumber(44);

describe('a long record read a part a task', () => {
  for (const [name, payload, nhs] of [
    ['an SCR document', richScr(), NHS_A],
    ['2,000 medicines', manyMedicines(NHS, 'Deltadrug', 2000), NHS],
    ['not a Bundle', { resourceType: 'Patient' }, NHS],
  ] as const) {
    it(`${name}: the same result as normalise() at once`, async () => {
      const options = { requestedNhsNumber: nhs, now: NOW };
      const inTasks = await runInTasks(normaliseSteps(payload, options), new AbortController().signal, 0);
      expect(inTasks).to.deep.equal(normalise(payload, options));
    });
  }

  it('pauses between parts: a timer set as 2,000 medicines start to be read fires before the model is ready', async () => {
    let fired = 0;
    const timers = [0, 1, 2].map(() => setTimeout(() => (fired += 1), 0));
    const result = await runInTasks(normaliseSteps(manyMedicines(NHS, 'Deltadrug', 2000), { requestedNhsNumber: NHS, now: NOW }), new AbortController().signal, 0);
    timers.forEach(clearTimeout);
    expect(result.ok).to.equal(true);
    expect(fired, 'the page had turns while the record was read').to.equal(3);
  });

  it('stops when the reading is no longer wanted (another patient, a reload)', async () => {
    const abort = new AbortController();
    const reading = runInTasks(normaliseSteps(manyMedicines(NHS, 'Deltadrug', 2000), { requestedNhsNumber: NHS, now: NOW }), abort.signal, 0);
    abort.abort(new DOMException('switched', 'AbortError'));
    let error: unknown;
    await reading.catch((e) => (error = e));
    expect((error as DOMException)?.name).to.equal('AbortError');
  });
});
