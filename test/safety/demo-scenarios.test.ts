/**
 * The demo's clinical-safety scenarios (demo/mocks/safety-scenarios.ts), one per hazard a
 * clinician can see, through the element and the demo's own mock endpoint: each ends in the
 * state it describes, shows what it promises and hides what it must.
 */
import { expect } from '@open-wc/testing';
import { formatNhsNumber } from '../../src/data/nhs-number.js';
import type { ScrErrorDetail } from '../../src/index.js';
import { handlers } from '../../demo/mocks/handlers.js';
import { safetyScenarios } from '../../demo/mocks/safety-scenarios.js';
import { allScenarios } from '../../demo/mocks/scenarios.js';
import { mountForEvent, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { outsideAllowList } from './support/hostile-strings.js';

const originalAlert = window.alert;
let alerts: unknown[] = [];
beforeEach(() => {
  alerts = [];
  window.alert = (message?: unknown) => void alerts.push(message);
});
afterEach(() => {
  window.alert = originalAlert;
  resetHandlers();
});

describe('demo: one scenario per visible hazard', () => {
  it('H1, H3, H4, H5, H6, H8, H9, H14: the demo has a safety scenario for each hazard a clinician can see, each with a unique valid NHS number', () => {
    const covered = new Set(safetyScenarios.flatMap((s) => s.hazards));
    for (const id of ['H1', 'H3', 'H4', 'H5', 'H6', 'H8', 'H9', 'H14']) expect(covered.has(id), id).to.be.true;
    const numbers = allScenarios.map((s) => s.nhsNumber);
    expect(new Set(numbers).size).to.equal(numbers.length);
  });

  for (const scenario of safetyScenarios) {
    const { state, errorKind } = scenario.expected;
    it(`${scenario.hazards.join('/')}: demo scenario "${scenario.id}" ends ${state}${errorKind ? ` (${errorKind})` : ''} and reads as described`, async () => {
      await useHandlers(...handlers);
      const type = state === 'error' ? 'scr-error' : 'scr-load';
      const { el, event } = await mountForEvent(type, formatNhsNumber(scenario.nhsNumber), '/api/scr');
      expect(el.getAttribute('state')).to.equal(state);
      if (errorKind) expect((event.detail as ScrErrorDetail).kind).to.equal(errorKind);
      const text = visibleText(el);
      for (const words of scenario.shows) expect(text, `shows "${words}"`).to.contain(words);
      for (const words of scenario.hides ?? []) expect(text, `hides "${words}"`).not.to.contain(words);
      await new Promise((r) => setTimeout(r, 100));
      expect(alerts, 'no script from the record ran').to.deep.equal([]);
      expect(outsideAllowList(el.shadowRoot!)).to.deep.equal([]);
    });
  }
});
