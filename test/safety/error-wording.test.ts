/**
 * H11: each failure has its own title and advice in plain words; "Try again" only where
 * asking again can help; the system's own words only under "Technical details".
 */
import { expect, fixture } from '@open-wc/testing';
import { handlers } from '../../demo/mocks/handlers.js';
import { scenarios } from '../../demo/mocks/scenarios.js';
import { formatNhsNumber } from '../../src/data/nhs-number.js';
import { mountForEvent, shadow, technicalText, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { html, render } from 'lit';
import { failurePresentation, retryHelps } from '../../src/data/failure-kinds.js';
import { MISMATCH_MESSAGE } from '../../src/data/identity.js';
import type { Failure } from '../../src/data/model.js';
import { ENTERED_IN_ERROR_MESSAGE } from '../../src/data/normalise.js';
import { renderError } from '../../src/views/states.js';
import { strings } from '../../src/views/strings.js';

const TECHNICAL = /\bJSON\b|FHIR|STU3|\bR4\b|\bHTTP\b|\b[1-5]\d\d\b|pars(e|ing)|PSIS|Error type|\b(patient-mismatch|invalid-nhs-number|entered-in-error|permission-declined|record-changed|unsupported|unauthorized|timeout|config|http)\b/i;

/** [failure, retry helps]: every kind, the finer causes and the statuses that decide a retry. */
const table: [Failure, boolean][] = [
  [{ kind: 'refused', message: strings.accessRefused, diagnostics: '[PSIS-30418] - ACF does not permit access', status: 420 }, false],
  [{ kind: 'refused', cause: 'opted-out', message: strings.optedOut }, false],
  [{ kind: 'permission-declined', message: strings.permissionDeclined }, false],
  [{ kind: 'permission-declined', cause: 'permission-stopped', message: strings.permissionStopped }, false],
  [{ kind: 'patient-mismatch', message: MISMATCH_MESSAGE('9990000000') }, false],
  [{ kind: 'invalid-nhs-number', message: strings.invalidNhsNumber('abc') }, false],
  [{ kind: 'unsupported', message: 'This record is not in FHIR R4, which this widget reads: STU3 profile (Bundle).' }, false],
  [{ kind: 'entered-in-error', message: ENTERED_IN_ERROR_MESSAGE }, false],
  [{ kind: 'config', message: strings.alertSettings }, false],
  [{ kind: 'unauthorized', status: 401, message: 'HTTP 401' }, false],
  [{ kind: 'parse', message: 'The response is not valid JSON.' }, false],
  [{ kind: 'http', status: 404, message: 'HTTP 404 Not Found' }, false],
  [{ kind: 'http', status: 400, message: 'HTTP 400' }, false],
  [{ kind: 'http', status: 500, message: 'HTTP 500' }, true],
  [{ kind: 'http', status: 503, message: 'HTTP 503' }, true],
  [{ kind: 'http', status: 429, message: 'HTTP 429' }, true],
  [{ kind: 'network', message: 'network error' }, true],
  [{ kind: 'timeout', message: 'The record service did not answer within 10 s.' }, true],
  [{ kind: 'record-changed', message: strings.recordChanged }, true],
];

describe('H11: errors a clinician can act on', () => {
  it('H11: retryHelps: only a connection, a time-out, a server fault or rate limit, or a changed record', () => {
    for (const [failure, retry] of table) expect(retryHelps(failure), `${failure.kind} ${failure.status ?? ''}`).to.equal(retry);
  });

  it('H11: each kind of failure has its own title', () => {
    const titles = table.filter(([f]) => !(f.kind === 'http' && f.status && f.status !== 404)).map(([f]) => strings.errorTitles[failurePresentation(f).key]);
    expect(new Set(titles).size).to.equal(titles.length);
  });

  for (const [failure, retry] of table) {
    const label = `${failure.kind}${failure.cause ? ` (${failure.cause})` : ''}${failure.status ? ` ${failure.status}` : ''}`;
    it(`H11: ${label}: plain title and advice, ${retry ? 'with' : 'no'} "Try again", the system's words only under "Technical details"`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      render(renderError(failure, '9990000000', 2, () => {}, strings, failurePresentation(failure)), host);
      const details = host.querySelector('details')!;
      expect(details.open).to.be.false;
      expect(details.querySelector('summary')!.textContent).to.equal('Technical details');
      expect(details.textContent).to.contain(failure.message);
      if (failure.diagnostics) expect(details.textContent).to.contain(failure.diagnostics);
      expect(details.querySelector('.error-kind code')!.textContent!.split(' ')[0]).to.equal(failure.kind);
      const seen = host.innerText.replace(/\d{3} \d{3} \d{4}/g, '');
      expect(seen).to.contain(strings.errorTitles[failurePresentation(failure).key]);
      expect(seen, 'no technical words in what the clinician reads').not.to.match(TECHNICAL);
      const button = [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again');
      expect(!!button).to.equal(retry);
    });
  }

  // Through the element: what the card shows and what the live region says, for every demo failure.
  for (const scenario of scenarios.filter((s) => s.expected.state === 'error')) {
    it(`H11: demo "${scenario.id}": neither the card nor the live region uses technical words; the system's words are under "Technical details"`, async () => {
      await useHandlers(...handlers);
      try {
        const { el, event } = await mountForEvent<{ message: string }>('scr-error', formatNhsNumber(scenario.nhsNumber), '/api/scr');
        const live = shadow(el).querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '';
        expect(live).to.match(/^Error: /);
        const digitsRemoved = (text: string) => text.replace(/\d{3} \d{3} \d{4}|\d{10}/g, '');
        expect(digitsRemoved(live), 'the live region').not.to.match(TECHNICAL);
        expect(digitsRemoved(visibleText(el)), 'the card').not.to.match(TECHNICAL);
        expect(technicalText(el)).to.contain(event.detail.message);
      } finally {
        resetHandlers();
      }
    });
  }
});
