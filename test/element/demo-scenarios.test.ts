/**
 * Every demo scenario through the element, as a newcomer would click through them: the
 * state and error kind it ends in, what a clinician reads, and axe in that state.
 */
import { expect } from '@open-wc/testing';
import type { AllergyStatusLabel } from '../../src/data/model.js';
import { formatNhsNumber } from '../../src/data/nhs-number.js';
import type { ScrErrorDetail, ScrLoadDetail } from '../../src/index.js';
import { handlers } from '../../demo/mocks/handlers.js';
import { scenarios } from '../../demo/mocks/scenarios.js';
import { allRows, mountForEvent, technicalText, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';

/** What must be read in each loaded scenario: its allergy label and a line of its content. */
const READS: Record<string, { label: AllergyStatusLabel; text: string }> = {
  'full-scr': { label: 'known', text: 'Penicillin allergy' },
  'scr-additional-info': { label: 'known', text: 'Deliberately withheld' },
  'structured-uk-core': { label: 'known', text: 'Penicillins' },
  'ips-document': { label: 'known', text: 'Allergies and adverse reactions' },
  'no-known-allergies': { label: 'no-known', text: 'No known allergies' },
  'no-allergy-data': { label: 'not-recorded', text: 'Allergies not recorded' },
  'slow-response': { label: 'known', text: 'Penicillin allergy' },
  'no-nhs-number': { label: 'known', text: 'does not state an NHS number' },
  // 600 stopped medicines: the 20 most recent, and a button for the rest (issue 14, item 6).
  'long-history': { label: 'known', text: 'Showing the 20 most recent of 600 stopped medicines. Show all 600 stopped medicines' },
};

afterEach(() => resetHandlers());

describe('demo scenarios through the element', () => {
  for (const scenario of scenarios) {
    const { state, errorKind } = scenario.expected;
    it(`${scenario.id}: ends ${state}${errorKind ? ` (${errorKind})` : ''}, reads as expected, and passes axe`, async function () {
      // The slow scenario waits 4 s by design.
      this.timeout(scenario.id === 'slow-response' ? 60000 : 8000);
      await useHandlers(...handlers);
      const type = state === 'error' ? 'scr-error' : 'scr-load';
      const { el, event } = await mountForEvent<ScrLoadDetail | ScrErrorDetail>(type, formatNhsNumber(scenario.nhsNumber), '/api/scr');
      expect(el.getAttribute('state')).to.equal(state);
      const text = visibleText(el);
      expect(text).to.contain(formatNhsNumber(scenario.nhsNumber));
      if (state === 'error') {
        expect((event.detail as ScrErrorDetail).kind).to.equal(errorKind);
        // The system's own words are kept for IT staff under "Technical details", not in what the clinician reads.
        expect(technicalText(el)).to.contain((event.detail as ScrErrorDetail).message);
      } else if (state === 'loaded') {
        const reads = READS[scenario.id];
        expect(reads, `READS has an entry for ${scenario.id}`).to.exist;
        expect((event.detail as ScrLoadDetail).summary.allergyStatus.label).to.equal(reads.label);
        expect(text.toLowerCase()).to.contain(reads.text.toLowerCase());
      } else {
        expect(text).to.contain('Allergies unavailable');
      }
      // A long record is still adding rows; axe needs a DOM that holds still (long-tables.test.ts checks that state).
      await allRows(el);
      await expect(el).to.be.accessible();
    });
  }
});
