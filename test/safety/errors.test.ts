/**
 * Hazard H11: an error shown as an empty record. Every kind of failure ends in the error
 * state: a message saying what went wrong, a "Try again" button, and nothing that could be
 * read as a record (no allergy label, no empty lists, no counts).
 */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { ScrErrorDetail } from '../../src/index.js';
import { ENDPOINT, fhirJson, mount, settle, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { allergy, bundle, nhsNumber, patientResource, taggedRecord } from './support/patients.js';

afterEach(() => resetHandlers());

const NHS = nhsNumber(80);
const OTHER = nhsNumber(81);
const RECORD_WORDS = ['Known allergies', 'No known allergies', 'Allergies not recorded', 'Allergies unavailable', 'No medicines are listed', 'Current medicines', 'entered in error'];

const outcome = (code: string, diagnostics: string) => ({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics }] });
const raw = (body: string, type: string, status = 200) => new Response(body, { status, headers: { 'Content-Type': type } });

/** [what, kind, response, whether retrying can help]: "Try again" only where it can. */
const failures: [string, string, () => Response | Promise<Response>, boolean][] = [
  ['network: the connection fails', 'network', () => HttpResponse.error(), true],
  ['http: HTTP 500 with an OperationOutcome', 'http', () => fhirJson(outcome('exception', 'Upstream service failed'), { status: 500 }), true],
  ['http: HTTP 404 with no body', 'http', () => new Response(null, { status: 404 }), false],
  ['http: HTTP 400 with an HTML body', 'http', () => raw('<html><body>Bad request</body></html>', 'text/html', 400), false],
  ['parse: truncated JSON', 'parse', () => raw('{"resourceType":"Bundle","entry":[{"resource":', 'application/fhir+json'), false],
  ['parse: an HTML login page with HTTP 200', 'parse', () => raw('<!doctype html><title>Sign in</title><form>…</form>', 'text/html'), false],
  ['parse: an empty 200 body', 'parse', () => raw('', 'application/fhir+json'), false],
  ['parse: JSON that is not FHIR', 'parse', () => HttpResponse.json({ records: [] }), false],
  ['refused: HTTP 403', 'refused', () => fhirJson(outcome('forbidden', 'Access denied'), { status: 403 }), false],
  ['refused: HTTP 420 (PSIS-30418)', 'refused', () => fhirJson(outcome('business-rule', '[PSIS-30418] - ACF does not permit access to resource'), { status: 420 }), false],
  ['refused: an OperationOutcome forbidding access with HTTP 200', 'refused', () => fhirJson(outcome('forbidden', 'Consent not recorded')), false],
  ['unsupported: an STU3 payload', 'unsupported', () => fhirJson(bundle([patientResource(NHS, 'LLOYD'), { resourceType: 'AllergyIntolerance', clinicalStatus: 'active', code: { text: 'Penicillin' } }])), false],
  ['unsupported: a FHIR version declared in the content type', 'unsupported', () => raw(JSON.stringify(bundle([patientResource(NHS, 'LLOYD')])), 'application/fhir+json; fhirVersion=3.0'), false],
  ['unsupported: a single resource instead of a Bundle', 'unsupported', () => fhirJson(allergy('a', 'Penicillin')), false],
  ['patient-mismatch: a record for someone else', 'patient-mismatch', () => fhirJson(taggedRecord(OTHER, 'ELSE')), false],
];

/** Words a clinician should never have to read or hear: formats, versions, status numbers, error kinds, the service's codes. */
const TECHNICAL = /\bJSON\b|FHIR|STU3|\bR4\b|\bHTTP\b|\b[1-5]\d\d\b|pars(e|ing)|PSIS|Error type|\b(patient-mismatch|invalid-nhs-number|entered-in-error|permission-declined|record-changed|unsupported|unauthorized|timeout|config|http)\b/i;
/** The NHS number (a run of digit groups) is the patient's, not a status number. */
const withoutNhsNumber = (text: string) => text.replace(/\d{3} \d{3} \d{4}/g, '');
const liveText = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent ?? '';
const tryAgain = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again');

describe('H11: every failure is an error in plain words, never an empty record', () => {
  for (const [what, kind, respond, retryable] of failures) {
    it(`H11: ${what} ends in the error state (${kind}) with its own title, ${retryable ? 'with' : 'without'} "Try again", and nothing that reads as a record`, async function () {
      this.timeout(15000);
      await useHandlers(http.get(ENDPOINT, respond));
      const errors: ScrErrorDetail[] = [];
      document.addEventListener('scr-error', (e) => errors.push((e as CustomEvent<ScrErrorDetail>).detail), { once: true });
      const el = await mount(NHS);
      await settle(el, ['loaded', 'empty', 'error'], 10000);
      expect(el.getAttribute('state')).to.equal('error');
      expect(errors.map((e) => e.kind)).to.deep.equal([kind]);
      const details = shadow(el).querySelector('details.technical-details') as HTMLDetailsElement;
      expect(details.open, 'technical details start closed').to.be.false;
      expect(details.querySelector('summary')!.textContent).to.equal('Technical details');
      // What the system reported is kept for IT staff, in the event and under "Technical details".
      expect(errors[0].message).to.contain(details.querySelector('.error-message')!.textContent!);
      const text = visibleText(el);
      const title = [...shadow(el).querySelector('.callout-label')!.childNodes].map((n) => n.textContent ?? '').filter((t) => t.trim()).at(-1)!;
      expect(text).to.contain(title.trim());
      expect(withoutNhsNumber(text), 'no technical words on the card').not.to.match(TECHNICAL);
      expect(withoutNhsNumber(liveText(el)), 'no technical words announced').not.to.match(TECHNICAL);
      expect(liveText(el)).to.have.length.greaterThan(10);
      for (const words of RECORD_WORDS) expect(text, `error state shows "${words}"`).not.to.contain(words);
      expect(shadow(el).querySelector('[part~="allergy-status"]')).to.be.null;
      const retry = tryAgain(el);
      if (retryable) {
        expect(retry, 'a "Try again" button').to.exist;
        expect((retry as HTMLElement).offsetHeight, 'the button is visible').to.be.greaterThan(0);
      } else {
        expect(retry, 'no "Try again" where asking again cannot help').to.be.undefined;
      }
    });
  }

  it('H11: a decision or record problem (refused, wrong patient) looks different from a technical fault (network)', async () => {
    const frame = async (respond: () => Response) => {
      await useHandlers(http.get(ENDPOINT, respond));
      const el = await mount(NHS);
      await settle(el, ['error'], 10000);
      const box = shadow(el).querySelector('[part~="error"]')!;
      const style = getComputedStyle(box);
      const seen = { top: style.borderTopStyle, left: style.borderLeftStyle, title: box.querySelector('.callout-label')!.textContent!.trim() };
      el.remove();
      return seen;
    };
    const refused = await frame(() => fhirJson(outcome('forbidden', 'Access denied'), { status: 403 }));
    const mismatch = await frame(() => fhirJson(taggedRecord(OTHER, 'ELSE')));
    const network = await frame(() => HttpResponse.error());
    expect(refused.top).to.equal('solid');
    expect(mismatch.top).to.equal('solid');
    expect(network.top).to.equal('none');
    expect(network.left).to.equal('dashed');
    expect(new Set([refused.title, mismatch.title, network.title]).size, 'each has its own title').to.equal(3);
  });

  it('H11: a response slower than the time-out ends in the timeout error with "Try again", not a blank or loading card', async () => {
    await useHandlers(http.get(ENDPOINT, async () => (await delay(3000), fhirJson(taggedRecord(NHS, 'SLOW')))));
    const el = await mount(NHS);
    el.timeout = 300;
    await settle(el, ['error'], 4000);
    const text = visibleText(el);
    expect(text).to.contain('The record service took too long to answer');
    expect(withoutNhsNumber(text)).not.to.match(TECHNICAL);
    for (const words of RECORD_WORDS) expect(text).not.to.contain(words);
    expect(tryAgain(el)).to.exist;
  });

  it('H11: "Try again" after a failure requests the record again and shows it', async () => {
    let calls = 0;
    await useHandlers(http.get(ENDPOINT, () => (++calls === 1 ? fhirJson(outcome('exception', 'Temporary fault'), { status: 500 }) : fhirJson(taggedRecord(NHS, 'BACK')))));
    const el = await mount(NHS);
    await settle(el, ['error']);
    tryAgain(el)!.click();
    await settle(el, ['loaded']);
    expect(calls).to.equal(2);
    expect(visibleText(el)).to.contain('FAMILYBACK');
  });

  it('H11: an NHS number that fails the check digit is an error in the widget, not a request and not an empty record', async () => {
    let calls = 0;
    await useHandlers(http.get(ENDPOINT, () => (calls += 1, fhirJson(taggedRecord(NHS, 'X')))));
    const bad = `${NHS.slice(0, 9)}${(Number(NHS[9]) + 1) % 10}`;
    const el = await mount(bad);
    await settle(el, ['error']);
    expect(visibleText(el)).to.contain('Not a valid NHS number');
    expect(tryAgain(el), 'retrying the same number cannot help').to.be.undefined;
    for (const words of RECORD_WORDS) expect(visibleText(el)).not.to.contain(words);
    expect(calls).to.equal(0);
  });
});
