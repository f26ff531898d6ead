/**
 * Every demo scenario through the element, as a newcomer would click through them: the
 * state and error kind it ends in, what a clinician reads, and axe in that state.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
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

describe('the demo page at 320 px', () => {
  afterEach(async () => {
    document.querySelector('iframe.demo')?.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('picking a patient moves focus to the widget\'s title heading, in view', async function () {
    this.timeout(60000);
    await setViewport({ width: 320, height: 640 });
    const frame = document.createElement('iframe');
    frame.className = 'demo';
    frame.style.cssText = 'position: fixed; inset: 0; width: 320px; height: 640px; border: 0';
    frame.src = '/demo/index.html';
    document.body.append(frame);
    const win = frame.contentWindow!;
    const doc = () => frame.contentDocument!;
    const widget = () => doc().querySelector('scr-summary')!;
    // The demo starts on its first patient; wait for it, then pick another as a reader would.
    await waitUntil(() => widget()?.getAttribute('state') === 'loaded' && doc().getElementById('scenario-no-known-allergies'), 'the demo never loaded', { timeout: 40000 });
    const radio = doc().getElementById('scenario-no-known-allergies') as HTMLInputElement;
    radio.focus();
    radio.click();
    const title = () => widget().shadowRoot!.getElementById('scr-title');
    await waitUntil(() => widget().shadowRoot!.activeElement === title() && title() !== null, 'focus never reached the title', { timeout: 10000 });
    expect(doc().activeElement === widget(), 'the widget holds focus').to.be.true;
    expect(widget().shadowRoot!.textContent).to.contain('No known allergies');
    const box = title()!.getBoundingClientRect();
    expect(win.innerWidth).to.equal(320);
    // The list of patients is long at 320 px: the title is far down the page, yet on screen.
    expect(box.top + win.scrollY).to.be.greaterThan(2 * win.innerHeight);
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(win.innerHeight);
  });
});
