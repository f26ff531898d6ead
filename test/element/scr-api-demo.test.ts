/**
 * The demo's "NHS SCR API" group (demo/mocks/scr-api-scenarios.ts) walked through as the demo
 * page sets it up, against the same mock API: the permission question answered through the
 * form as each scenario says, then the state, error kind, requests made and words shown it
 * promises, and axe in that state.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { handlers } from '../../demo/mocks/handlers.js';
import { DEMO_ALERT_CONTEXT, SCR_API_PATH, scrApiScenarios } from '../../demo/mocks/scr-api-scenarios.js';
import { createScrApi } from '../../demo/mocks/scr-api.js';
import { scenarios } from '../../demo/mocks/scenarios.js';
import { allRows, settle, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { answerInForm, described, mountApi, untilPermission } from '../helpers/scr-api.js';

afterEach(() => resetHandlers());

describe('demo: the NHS SCR API group', () => {
  it('covers every sandbox behaviour and variant the issue lists, each patient with a valid, unique number outside the bundle scenarios', () => {
    const ids = scrApiScenarios.map((s) => s.id);
    for (const id of ['api-sandbox', 'api-ask', 'api-opted-out', 'api-no-label', 'api-no-scr', 'api-stale-id', 'api-refused', 'api-bad-request', 'api-flaky', 'api-unavailable', 'api-changed-id', 'api-emergency', 'api-alert-fails', 'bundle-ask-first']) {
      expect(ids, id).to.include(id);
    }
    expect(new Set(ids).size).to.equal(ids.length);
    const bundleNumbers = new Set(scenarios.map((s) => s.nhsNumber));
    for (const s of scrApiScenarios.filter((x) => x.settings?.source !== 'bundle')) expect(bundleNumbers.has(s.nhsNumber), s.id).to.be.false;
  });

  for (const scenario of scrApiScenarios) {
    const { state, errorKind, requests, shows } = scenario.expected;
    it(`${scenario.id}: ${scenario.answer ? `answered "${scenario.answer.decision}", ` : ''}ends ${state}${errorKind ? ` (${errorKind})` : ''} after ${requests.join(', ')}, and passes axe`, async function () {
      this.timeout(10000);
      const api = createScrApi();
      const bundleRequests: string[] = [];
      await useHandlers(
        http.get('*/api/scr', () => void bundleRequests.push('GET scr')),
        ...api.handlers,
        ...handlers,
      );
      const settings = scenario.settings ?? {};
      const el = await mountApi(scenario.nhsNumber, {
        source: settings.source ?? 'scr-api',
        endpoint: settings.source === 'bundle' ? '/api/scr' : SCR_API_PATH,
        relationship: settings.relationship,
        alerts: settings.alerts,
        permission: settings.permission,
        alertContext: settings.alerts === 'post' ? DEMO_ALERT_CONTEXT : undefined,
      });
      if (scenario.answer) {
        await untilPermission(el);
        await expect(el).to.be.accessible();
        await answerInForm(el, scenario.answer.decision, scenario.answer.note);
      }
      await settle(el, ['loaded', 'empty', 'error'], 8000);
      expect(el.getAttribute('state')).to.equal(state);
      if (errorKind) expect(el.shadowRoot!.querySelector('.error-kind code')!.textContent?.split(' ')[0]).to.equal(errorKind);
      expect([...bundleRequests, ...described(api.requests)]).to.deep.equal(requests);
      const text = visibleText(el);
      for (const words of shows) expect(text, `shows "${words}"`).to.contain(words);
      await allRows(el);
      await expect(el).to.be.accessible();
    });
  }
});
