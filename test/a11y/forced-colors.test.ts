/**
 * Issue 14: every demo scenario in forced colours (Windows High Contrast) passes axe, and the
 * four allergy states keep four different border styles there, where colours are replaced by
 * the system's. Its own file: with the sweeps of axe.test.ts it would outlast one file's time.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { handlers } from '../../demo/mocks/handlers.js';
import { shadow } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { QUICK, resetMedia, scenario } from './support.js';

afterEach(async () => {
  resetHandlers();
  await resetMedia();
});


describe('forced colours in every state', () => {
  it('every demo scenario in forced colours passes axe, and the four allergy states keep four border styles there', async function () {
    this.timeout(240000);
    await useHandlers(...handlers);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const looks = new Map<string, string>();
      // Every state and look; the 600-row history adds only more rows of a look already covered.
      for (const s of QUICK.filter((x) => x.id !== 'long-history')) {
        const el = await scenario(s.id);
        const flag = shadow(el).querySelector('.strip-allergy, .allergy-status strong') as HTMLElement | null;
        if (flag) {
          const state = [...(flag.classList.length > 1 ? flag.classList : flag.closest('.allergy-status')!.classList)].find((c) => c.startsWith('status-'));
          if (state) looks.set(state, `${getComputedStyle(flag).borderTopStyle} ${getComputedStyle(flag, '::before').content}`);
        }
        await expect(el, `${s.id} forced colours`).to.be.accessible();
      }
      expect([...looks.keys()].sort()).to.deep.equal(['status-known', 'status-no-known', 'status-not-recorded', 'status-unavailable']);
      expect(new Set([...looks.values()].map((l) => l.split(' ')[0])).size, [...looks].join('; ')).to.equal(4);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});
