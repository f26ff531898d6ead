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

const failures: [string, string, () => Response | Promise<Response>][] = [
  ['network: the connection fails', 'network', () => HttpResponse.error()],
  ['http: HTTP 500 with an OperationOutcome', 'http', () => fhirJson(outcome('exception', 'Upstream service failed'), { status: 500 })],
  ['http: HTTP 404 with no body', 'http', () => new Response(null, { status: 404 })],
  ['http: HTTP 400 with an HTML body', 'http', () => raw('<html><body>Bad request</body></html>', 'text/html', 400)],
  ['parse: truncated JSON', 'parse', () => raw('{"resourceType":"Bundle","entry":[{"resource":', 'application/fhir+json')],
  ['parse: an HTML login page with HTTP 200', 'parse', () => raw('<!doctype html><title>Sign in</title><form>…</form>', 'text/html')],
  ['parse: an empty 200 body', 'parse', () => raw('', 'application/fhir+json')],
  ['parse: JSON that is not FHIR', 'parse', () => HttpResponse.json({ records: [] })],
  ['refused: HTTP 403', 'refused', () => fhirJson(outcome('forbidden', 'Access denied'), { status: 403 })],
  ['refused: HTTP 420 (PSIS-30418)', 'refused', () => fhirJson(outcome('business-rule', '[PSIS-30418] - ACF does not permit access to resource'), { status: 420 })],
  ['refused: an OperationOutcome forbidding access with HTTP 200', 'refused', () => fhirJson(outcome('forbidden', 'Consent not recorded'))],
  ['unsupported: an STU3 payload', 'unsupported', () => fhirJson(bundle([patientResource(NHS, 'LLOYD'), { resourceType: 'AllergyIntolerance', clinicalStatus: 'active', code: { text: 'Penicillin' } }]))],
  ['unsupported: a FHIR version declared in the content type', 'unsupported', () => raw(JSON.stringify(bundle([patientResource(NHS, 'LLOYD')])), 'application/fhir+json; fhirVersion=3.0')],
  ['unsupported: a single resource instead of a Bundle', 'unsupported', () => fhirJson(allergy('a', 'Penicillin'))],
  ['patient-mismatch: a record for someone else', 'patient-mismatch', () => fhirJson(taggedRecord(OTHER, 'ELSE'))],
];

describe('H11: every failure is an error with a way to try again, never an empty record', () => {
  for (const [what, kind, respond] of failures) {
    it(`H11: ${what} ends in the error state (${kind}) with "Try again" and nothing that reads as a record`, async function () {
      this.timeout(15000);
      await useHandlers(http.get(ENDPOINT, respond));
      const errors: ScrErrorDetail[] = [];
      document.addEventListener('scr-error', (e) => errors.push((e as CustomEvent<ScrErrorDetail>).detail), { once: true });
      const el = await mount(NHS);
      await settle(el, ['loaded', 'empty', 'error'], 10000);
      expect(el.getAttribute('state')).to.equal('error');
      expect(errors.map((e) => e.kind)).to.deep.equal([kind]);
      const text = visibleText(el);
      expect(text).to.contain(errors[0].message);
      for (const words of RECORD_WORDS) expect(text, `error state shows "${words}"`).not.to.contain(words);
      expect(shadow(el).querySelector('[part~="allergy-status"]')).to.be.null;
      const retry = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again');
      expect(retry, 'a "Try again" button').to.exist;
      expect((retry as HTMLElement).offsetHeight, 'the button is visible').to.be.greaterThan(0);
    });
  }

  it('H11: a response slower than the time-out ends in the timeout error with "Try again", not a blank or loading card', async () => {
    await useHandlers(http.get(ENDPOINT, async () => (await delay(3000), fhirJson(taggedRecord(NHS, 'SLOW')))));
    const el = await mount(NHS);
    el.timeout = 300;
    await settle(el, ['error'], 4000);
    const text = visibleText(el);
    expect(text).to.match(/did not answer within/);
    for (const words of RECORD_WORDS) expect(text).not.to.contain(words);
    expect([...shadow(el).querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Try again')).to.be.true;
  });

  it('H11: "Try again" after a failure requests the record again and shows it', async () => {
    let calls = 0;
    await useHandlers(http.get(ENDPOINT, () => (++calls === 1 ? fhirJson(outcome('exception', 'Temporary fault'), { status: 500 }) : fhirJson(taggedRecord(NHS, 'BACK')))));
    const el = await mount(NHS);
    await settle(el, ['error']);
    const retry = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again')!;
    retry.click();
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
    expect(visibleText(el)).to.contain('not a valid NHS number');
    for (const words of RECORD_WORDS) expect(visibleText(el)).not.to.contain(words);
    expect(calls).to.equal(0);
  });
});
