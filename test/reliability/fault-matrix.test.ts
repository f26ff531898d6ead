/**
 * The fault matrix (docs/reliability.md): one test per row, each through the element with
 * the network mocked by MSW, asserting what a clinician would notice: the state, the
 * `scr-error` kind, and the words on the card. Titles start with the row id the document
 * uses (F01…), so the two can be checked against each other.
 *
 * Every test also asserts that nothing was thrown on the page: an uncaught error is how a
 * widget ends up as a spinner forever or a blank card.
 */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { htmlErrorPage, notFound404, consentRefused403, consentRefused420, serverError500, stu3Payload, truncatedJsonBody } from '../../demo/records/index.js';
import { ENDPOINT, fhirJson, technicalText, visibleText, watchFetchSignals } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { NHS_A, NHS_B, patient, resourceBundle, scrBundle } from '../helpers/records.js';
import { mountAndSettle, mountScr, requestedNhs, sleep, watchPageErrors, type Settled } from './support/harness.js';

const STU3_NHS = '9990150028';
const FHIR = { 'Content-Type': 'application/fhir+json' };
const HTML = { 'Content-Type': 'text/html; charset=utf-8' };
const gatewayPage = (status: number) => `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status} Gateway error</h1><p>nginx</p></body></html>`;
const outcome = (code: string, diagnostics: string) => ({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics }] });

let page: ReturnType<typeof watchPageErrors>;
beforeEach(() => (page = watchPageErrors()));
afterEach(() => {
  page.stop();
  resetHandlers();
  expect(page.errors, 'uncaught errors on the page').to.deep.equal([]);
});

function expectError(settled: Settled, kind: string, status?: number): void {
  expect(settled.type, `expected scr-error ${kind}, got ${settled.type}`).to.equal('scr-error');
  if (settled.type !== 'scr-error') return;
  expect(settled.detail.kind).to.equal(kind);
  if (status !== undefined) expect(settled.detail.status).to.equal(status);
}

/**
 * An error card: state error, the failure's own title in plain words on the card, the system's
 * message only under "Technical details", and "Try again" only where asking again can help.
 */
function expectErrorCard(el: HTMLElement & { shadowRoot: ShadowRoot | null }, message: RegExp, retry: boolean): void {
  expect(el.getAttribute('state')).to.equal('error');
  expect(technicalText(el as never)).to.match(message);
  expect(el.shadowRoot?.querySelector('.callout.error .callout-label')?.textContent?.trim(), 'a title of its own').to.not.equal('');
  expect(!!el.shadowRoot?.querySelector('button.retry'), retry ? 'a retry action' : 'no retry action').to.equal(retry);
}

/** A count of requests to the test endpoint, and the handler to use. */
function counting(respond: (n: number, request: Request) => Response | Promise<Response>) {
  const state = { calls: 0, times: [] as number[] };
  const handler = http.get(ENDPOINT, ({ request }) => {
    state.calls += 1;
    state.times.push(performance.now());
    return respond(state.calls, request);
  });
  return { state, handler };
}

describe('fault matrix: bodies that are not a usable record', () => {
  it('F01 200 with an HTML body: error parse, "a web page instead of FHIR data"', async () => {
    await useHandlers(http.get(ENDPOINT, () => new HttpResponse(htmlErrorPage, { headers: HTML })));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'parse', 200);
    expectErrorCard(el, /sent a web page instead of FHIR data/, false);
    expect(visibleText(el)).not.to.contain('temporarily unavailable');
  });

  it('F02 200 with truncated JSON: error parse, "not valid JSON (it may have been cut off)"', async () => {
    await useHandlers(http.get(ENDPOINT, () => new HttpResponse(truncatedJsonBody, { headers: FHIR })));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'parse');
    expectErrorCard(el, /not valid JSON \(it may have been cut off\)/, false);
  });

  it('F03 200 with invalid JSON (NaN, single quotes, trailing comma): error parse', async () => {
    await useHandlers(http.get(ENDPOINT, () => new HttpResponse("{'resourceType': 'Bundle', 'total': NaN,}", { headers: FHIR })));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'parse');
    expectErrorCard(el, /not valid JSON/, false);
  });

  it('F04 JSON that is not FHIR: error parse, "not a FHIR resource"', async () => {
    await useHandlers(http.get(ENDPOINT, () => HttpResponse.json({ status: 'ok', data: [{ allergy: 'Penicillin' }] })));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'parse');
    expectErrorCard(el, /JSON but not a FHIR resource/, false);
    expect(visibleText(el)).not.to.contain('Penicillin');
  });

  it('F05 a FHIR resource that is neither Bundle nor OperationOutcome: error unsupported', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson({ resourceType: 'AllergyIntolerance', code: { text: 'Penicillin' } })));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'unsupported');
    expectErrorCard(el, /single AllergyIntolerance resource; a Summary Care Record is expected as a FHIR Bundle/, false);
    expect(visibleText(el)).not.to.contain('Penicillin');
  });

  it('F06 an STU3 payload (GP Connect profiles, plain-code statuses): error unsupported, nothing shown', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(stu3Payload)));
    const { el, settled } = await mountAndSettle({ nhsNumber: STU3_NHS });
    expectError(settled, 'unsupported');
    expectErrorCard(el, /not in FHIR R4/, false);
    expect(visibleText(el)).not.to.contain('LLOYD');
  });

  it('F07 a payload labelled fhirVersion=3.0 in its Content-Type: error unsupported', async () => {
    await useHandlers(http.get(ENDPOINT, () => new HttpResponse(JSON.stringify(scrBundle()), { headers: { 'Content-Type': 'application/fhir+json; fhirVersion=3.0' } })));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'unsupported');
    expectErrorCard(el, /FHIR version 3\.0; this widget reads FHIR R4/, false);
    expect(visibleText(el)).not.to.contain('Penicillin');
  });

  it('F08 an R5 payload (MedicationStatement.medication as CodeableReference): error unsupported', async () => {
    const r5 = resourceBundle([patient(NHS_A), { resourceType: 'MedicationStatement', status: 'recorded', medication: { concept: { text: 'Amlodipine 5mg tablets' } } }]);
    await useHandlers(http.get(ENDPOINT, () => fhirJson(r5)));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'unsupported');
    expectErrorCard(el, /CodeableReference, as in FHIR R5/, false);
    expect(visibleText(el)).not.to.contain('Amlodipine');
  });

  it('F09 204 No Content: error parse, "an empty response (HTTP 204)", never an empty record', async () => {
    await useHandlers(http.get(ENDPOINT, () => new HttpResponse(null, { status: 204 })));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'parse', 204);
    expectErrorCard(el, /sent an empty response \(HTTP 204\)/, false);
    expect(visibleText(el)).not.to.match(/Allergies unavailable|No known allergies/);
  });

  it('F10 200 with an empty or whitespace-only body: error parse, "an empty response (HTTP 200)"', async () => {
    await useHandlers(http.get(ENDPOINT, () => new HttpResponse(' \n\t ', { headers: FHIR })));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'parse', 200);
    expectErrorCard(el, /sent an empty response \(HTTP 200\)/, false);
  });
});

describe('fault matrix: redirects', () => {
  it('F11 a 302 redirect to the record is followed and the record is shown', async () => {
    await useHandlers(
      http.get(ENDPOINT, () => new HttpResponse(null, { status: 302, headers: { Location: '/test-api/moved/scr' } })),
      http.get('/test-api/moved/scr', () => fhirJson(scrBundle({ name: 'MOVED, Record' }))),
    );
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expect(settled.type).to.equal('scr-load');
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(visibleText(el)).to.contain('MOVED, Record');
  });

  it('F12 a redirect to a login page that answers HTML: error parse, "a proxy, login or error page may have answered"', async () => {
    await useHandlers(
      http.get(ENDPOINT, () => new HttpResponse(null, { status: 302, headers: { Location: '/test-api/login' } })),
      http.get('/test-api/login', () => new HttpResponse('<!doctype html><title>Sign in</title><form><input name=user></form>', { headers: HTML })),
    );
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'parse', 200);
    expectErrorCard(el, /A proxy, login or error page may have answered/, false);
  });

  it('F13 a redirect loop: error network (the browser gives up after 20 redirects)', async () => {
    await useHandlers(http.get(ENDPOINT, () => new HttpResponse(null, { status: 302, headers: { Location: ENDPOINT } })));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A, retries: 0 });
    expectError(settled, 'network');
    expectErrorCard(el, /could not be reached/, true);
  });
});

describe('fault matrix: HTTP statuses', () => {
  it('F14 401: error unauthorized, "did not accept this system’s sign-in", not retried', async () => {
    const { state, handler } = counting(() => fhirJson(outcome('login', 'Bearer token expired'), { status: 401 }));
    await useHandlers(handler);
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'unauthorized', 401);
    expectErrorCard(el, /did not accept this system’s sign-in \(HTTP 401\)/, false);
    expect(technicalText(el)).to.contain('Bearer token expired');
    expect(state.calls).to.equal(1);
  });

  it('F15 403 with a consent OperationOutcome: error refused, the refusal and its diagnostics shown, not retried', async () => {
    const { state, handler } = counting(() => fhirJson(consentRefused403, { status: 403 }));
    await useHandlers(handler);
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'refused', 403);
    expectErrorCard(el, /Access to this Summary Care Record was refused/, false);
    expect(technicalText(el)).to.contain('[PSIS-30418]');
    expect(state.calls).to.equal(1);
  });

  it('F16 404 with an OperationOutcome: error http 404, its diagnostics shown, not read as "no record"', async () => {
    const { state, handler } = counting(() => fhirJson(notFound404, { status: 404 }));
    await useHandlers(handler);
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'http', 404);
    expectErrorCard(el, /found nothing at this address \(HTTP 404\)/, false);
    expect(technicalText(el)).to.contain('No Summary Care Record was found for the NHS number supplied.');
    expect(visibleText(el)).not.to.contain('Allergies unavailable');
    expect(state.calls).to.equal(1);
  });

  it('F17 404 with no body: error http 404', async () => {
    await useHandlers(http.get(ENDPOINT, () => new HttpResponse(null, { status: 404 })));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'http', 404);
    expectErrorCard(el, /HTTP 404/, false);
  });

  it('F18 420 (Spine access-control refusal): error refused', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(consentRefused420, { status: 420 })));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'refused', 420);
    expectErrorCard(el, /refused/, false);
    expect(technicalText(el)).to.contain('PSIS-30418');
  });

  it('F19 429 with Retry-After: 1 is retried after one second and the record is then shown', async () => {
    const { state, handler } = counting((n) => (n === 1 ? fhirJson(outcome('throttled', 'Rate limit'), { status: 429, headers: { 'Retry-After': '1' } }) : fhirJson(scrBundle())));
    await useHandlers(handler);
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expect(settled.type).to.equal('scr-load');
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(visibleText(el)).to.contain('Penicillin V');
    expect(state.calls).to.equal(2);
    expect(state.times[1] - state.times[0]).to.be.at.least(990);
  });

  it('F20 429 with Retry-After: 120: error http 429 at once, the requested wait stated, no early retry', async () => {
    const { state, handler } = counting(() => fhirJson(outcome('throttled', 'Rate limit'), { status: 429, headers: { 'Retry-After': '120' } }));
    await useHandlers(handler);
    const { el, settled, elapsed } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'http', 429);
    expectErrorCard(el, /too many requests \(HTTP 429\)\. It asked for a wait of 2 minutes/, true);
    expect(state.calls).to.equal(1);
    expect(elapsed).to.be.below(1000);
  });

  const statuses: [number, boolean, RegExp][] = [
    [500, false, /internal error \(HTTP 500\)/],
    [502, true, /bad answer \(HTTP 502\)/],
    [503, true, /temporarily unavailable \(HTTP 503\)/],
    [504, true, /gateway timed out waiting for the record service \(HTTP 504\)/i],
  ];
  let id = 21;
  for (const [status, retried, message] of statuses) {
    const attempts = retried ? 3 : 1;
    const rowHtml = `F${id++}`;
    const rowOutcome = `F${id++}`;
    it(`${rowHtml} ${status} with an HTML page: error http ${status}, ${attempts} attempt${attempts > 1 ? 's' : ''}`, async () => {
      const { state, handler } = counting(() => new HttpResponse(gatewayPage(status), { status, headers: HTML }));
      await useHandlers(handler);
      const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
      expectError(settled, 'http', status);
      expectErrorCard(el, message, true);
      // The HTML is not shown as text, and not as markup either.
      expect(visibleText(el)).not.to.contain('nginx');
      expect(state.calls).to.equal(attempts);
      if (retried) expect(technicalText(el)).to.contain('(Tried 3 times.)');
    });
    it(`${rowOutcome} ${status} with an OperationOutcome: error http ${status}, its diagnostics shown, ${attempts} attempt${attempts > 1 ? 's' : ''}`, async () => {
      const body = status === 500 ? serverError500 : outcome('transient', `Upstream ${status} (ref GW-${status})`);
      const { state, handler } = counting(() => fhirJson(body, { status }));
      await useHandlers(handler);
      const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
      expectError(settled, 'http', status);
      expectErrorCard(el, message, true);
      expect(technicalText(el)).to.contain(status === 500 ? 'reference DEMO-500-0001' : `ref GW-${status}`);
      expect(state.calls).to.equal(attempts);
    });
  }
});

describe('fault matrix: the connection', () => {
  it('F29 network failure on every attempt: error network after 3 attempts, "could not be reached"', async () => {
    const { state, handler } = counting(() => HttpResponse.error());
    await useHandlers(handler);
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'network');
    expectErrorCard(el, /could not be reached \(network error\)\. \(Tried 3 times\.\)/, true);
    expect(state.calls).to.equal(3);
  });

  it('F30 one network failure, then the record: shown after one automatic retry', async () => {
    const { state, handler } = counting((n) => (n === 1 ? HttpResponse.error() : fhirJson(scrBundle())));
    await useHandlers(handler);
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expect(settled.type).to.equal('scr-load');
    expect(visibleText(el)).to.contain('Penicillin V');
    expect(state.calls).to.equal(2);
  });

  it('F31 the host removes the element mid-request: the request is aborted and nothing is announced', async () => {
    let events = 0;
    const count = () => (events += 1);
    document.addEventListener('scr-load', count);
    document.addEventListener('scr-error', count);
    await useHandlers(http.get(ENDPOINT, async () => (await delay(400), fhirJson(scrBundle()))));
    const fetches = watchFetchSignals();
    try {
      const el = await mountScr({ nhsNumber: NHS_A });
      await sleep(50);
      el.remove();
      await sleep(600);
      expect(fetches.signals).to.have.length(1);
      expect(fetches.signals[0].aborted, 'the request was aborted').to.be.true;
      expect(events, 'no scr-load or scr-error after removal').to.equal(0);
    } finally {
      fetches.restore();
      document.removeEventListener('scr-load', count);
      document.removeEventListener('scr-error', count);
    }
  });

  it('F32 the patient changes mid-request: the first request is aborted and only the new patient is ever shown', async () => {
    await useHandlers(
      http.get(ENDPOINT, async ({ request }) => {
        const nhs = requestedNhs(request.url);
        if (nhs === NHS_A) await delay(500);
        return fhirJson(scrBundle({ nhsNumber: nhs, name: nhs === NHS_A ? 'FIRST, Patient' : 'SECOND, Patient' }));
      }),
    );
    const fetches = watchFetchSignals();
    try {
      const el = await mountScr({ nhsNumber: NHS_A });
      await sleep(50);
      el.setAttribute('nhs-number', NHS_B);
      await el.updateComplete;
      expect(visibleText(el)).not.to.contain('FIRST');
      await sleep(700);
      expect(el.getAttribute('state')).to.equal('loaded');
      expect(visibleText(el)).to.contain('SECOND, Patient');
      expect(visibleText(el)).not.to.contain('FIRST');
      expect(fetches.signals[0].aborted).to.be.true;
    } finally {
      fetches.restore();
    }
  });

  it('F33 a response that never ends: error timeout after the timeout attribute (500 ms), not retried, the request aborted', async () => {
    const encoder = new TextEncoder();
    const { state, handler } = counting(
      () =>
        new HttpResponse(
          new ReadableStream<Uint8Array>({
            start(controller) {
              // Headers and the first bytes arrive; the rest never does.
              controller.enqueue(encoder.encode('{"resourceType":"Bundle","type":"searchset","entry":['));
            },
          }),
          { headers: FHIR },
        ),
    );
    await useHandlers(handler);
    const fetches = watchFetchSignals();
    try {
      const { el, settled, elapsed } = await mountAndSettle({ nhsNumber: NHS_A, timeout: 500 });
      expectError(settled, 'timeout');
      expectErrorCard(el, /did not answer within 0\.5 seconds/, true);
      expect(elapsed).to.be.within(450, 2000);
      expect(state.calls).to.equal(1);
      expect(fetches.signals[0].aborted, 'the endless request was aborted, not left open').to.be.true;
    } finally {
      fetches.restore();
    }
  });

  it('F34 a server that never sends headers: error timeout after the timeout attribute', async () => {
    await useHandlers(http.get(ENDPOINT, async () => (await delay('infinite'), fhirJson(scrBundle()))));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A, timeout: 400 });
    expectError(settled, 'timeout');
    expectErrorCard(el, /did not answer within 0\.4 seconds/, true);
  });
});

describe('fault matrix: size', () => {
  it('F35 a 10 MB record is read and shown, not hung or crashed', async () => {
    // A real record plus 2,100 resources the widget does not display, each with ~5 KB of text.
    const record = scrBundle({ name: 'LARGE, Record' }) as { entry: unknown[] };
    const filler = 'Observation note '.repeat(300);
    for (let i = 0; i < 2100; i++) record.entry.push({ fullUrl: `urn:uuid:obs-${i}`, resource: { resourceType: 'Observation', id: `obs-${i}`, status: 'final', valueString: filler } });
    const body = JSON.stringify(record);
    expect(body.length).to.be.above(10 * 1024 * 1024);
    await useHandlers(http.get(ENDPOINT, () => new HttpResponse(body, { headers: FHIR })));
    const { el, settled, elapsed } = await mountAndSettle({ nhsNumber: NHS_A });
    expect(settled.type).to.equal('scr-load');
    expect(el.getAttribute('state')).to.equal('loaded');
    const text = visibleText(el);
    expect(text).to.contain('LARGE, Record');
    expect(text).to.contain('Penicillin V');
    // The SCR's coded resources match no row of its text: shown, and the card says how many (class 1).
    expect(text).to.match(/2,?100 coded entries in this record are not in its summary text/);
    expect(elapsed, 'within a few seconds').to.be.below(8000);
  });

  it('F36 10 MB of JSON cut off at the end: error parse', async () => {
    const record = scrBundle() as { entry: unknown[] };
    const filler = 'x'.repeat(5000);
    for (let i = 0; i < 2100; i++) record.entry.push({ resource: { resourceType: 'Observation', valueString: filler } });
    const body = JSON.stringify(record).slice(0, -100);
    await useHandlers(http.get(ENDPOINT, () => new HttpResponse(body, { headers: FHIR })));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expectError(settled, 'parse');
    expectErrorCard(el, /not valid JSON/, false);
  });
});

describe('fault matrix: records that are valid JSON but odd', () => {
  const penicillin = (extra: Record<string, unknown> = {}) => ({
    resourceType: 'AllergyIntolerance',
    id: 'a1',
    clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }] },
    verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'confirmed' }] },
    code: { text: 'Penicillin' },
    ...extra,
  });

  async function loaded(payload: unknown) {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(payload)));
    const { el, settled } = await mountAndSettle({ nhsNumber: NHS_A });
    expect(settled.type, settled.type === 'scr-error' ? settled.detail.message : '').to.equal('scr-load');
    expect(el.getAttribute('state')).to.equal('loaded');
    return { el, text: visibleText(el) };
  }

  it('F37 duplicate resources (same fullUrl and id twice): loaded, each copy shown, nothing silently merged', async () => {
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: [
      { fullUrl: 'urn:uuid:p', resource: patient(NHS_A) },
      { fullUrl: 'urn:uuid:a1', resource: penicillin() },
      { fullUrl: 'urn:uuid:a1', resource: penicillin() },
    ] };
    const { el, text } = await loaded(bundle);
    expect(text).to.contain('Known allergies');
    const section = (el.shadowRoot?.getElementById('scr-region-allergies') as HTMLElement).innerText;
    expect(section.match(/Penicillin/g)).to.have.length(2);
  });

  it('F38 references that point nowhere: loaded, "reference could not be resolved" shown in place of the name', async () => {
    const { text } = await loaded(resourceBundle([
      patient(NHS_A),
      { resourceType: 'MedicationStatement', status: 'active', medicationReference: { reference: 'Medication/not-in-bundle' }, subject: { reference: 'Patient/ghost' } },
      penicillin({ recorder: { reference: 'Practitioner/nowhere' } }),
    ]));
    expect(text).to.contain('Medicine name not available (reference could not be resolved)');
    expect(text).to.contain('Penicillin');
  });

  it('F39 references in a circle (List ↔ List, a contained Medication naming itself, a request based on itself): loaded, no hang', async () => {
    const { text } = await loaded(resourceBundle([
      patient(NHS_A),
      { resourceType: 'List', id: 'l1', status: 'current', mode: 'working', title: 'Loop one', entry: [{ item: { reference: 'List/l2' } }] },
      { resourceType: 'List', id: 'l2', status: 'current', mode: 'working', title: 'Loop two', entry: [{ item: { reference: 'List/l1' } }] },
      {
        resourceType: 'MedicationRequest', id: 'mr', status: 'active', intent: 'order',
        medicationReference: { reference: '#med' },
        contained: [{ resourceType: 'Medication', id: 'med', code: { text: 'Circular tablets 5mg' }, ingredient: [{ itemReference: { reference: '#med' } }] }],
        basedOn: [{ reference: 'MedicationRequest/mr' }],
      },
    ]));
    expect(text).to.contain('Circular tablets 5mg');
  });

  it('F40 resources missing required fields: loaded, each shown with "no name recorded" rather than dropped', async () => {
    const { text } = await loaded(resourceBundle([
      patient(NHS_A),
      { resourceType: 'AllergyIntolerance' },
      { resourceType: 'MedicationStatement' },
      { resourceType: 'Condition' },
    ]));
    expect(text).to.contain('Allergy with no name recorded');
    expect(text).to.contain('Medicine name not recorded');
    expect(text).to.contain('Condition with no name recorded');
    expect(text).not.to.match(/undefined|null|NaN|Invalid Date|\[object Object\]/);
  });

  it('F41 primitive extensions (_onsetDateTime with a data-absent-reason, _code): loaded, the allergy shown, no "undefined"', async () => {
    const { text } = await loaded(resourceBundle([
      patient(NHS_A),
      penicillin({
        _onsetDateTime: { extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'unknown' }] },
        recordedDate: '2020-03-01',
        _recordedDate: { id: 'rd', extension: [{ url: 'http://example.org/precision', valueString: 'day' }] },
        code: { text: 'Penicillin', coding: [{ system: 'http://snomed.info/sct', _code: { extension: [] }, code: '764146007', display: 'Penicillin' }] },
      }),
    ]));
    expect(text).to.contain('Penicillin');
    expect(text).to.contain('01-Mar-2020');
    expect(text).not.to.match(/undefined|null|NaN|Invalid Date|\[object Object\]/);
  });

  it('F42 unknown code systems: loaded, the display shown, or the code itself when there is no display', async () => {
    const { text } = await loaded(resourceBundle([
      patient(NHS_A),
      { resourceType: 'AllergyIntolerance', code: { coding: [{ system: 'urn:oid:1.2.3.4.5', code: 'X99', display: 'Local allergen XYZ' }] } },
      { resourceType: 'Condition', code: { coding: [{ system: 'http://local.example/codes', code: 'LC-0042' }] } },
    ]));
    expect(text).to.contain('Local allergen XYZ');
    expect(text).to.contain('LC-0042');
  });

  it('F43 right-to-left text, emoji and very long strings: shown verbatim and wrapped, the card never wider than its box', async () => {
    const arabic = 'حساسية البنسلين';
    const hebrew = 'אלרגיה לפניצילין';
    const emoji = '👩🏽‍⚕️ Peanut 🥜 allergy';
    const longWord = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(12);
    const { el, text } = await loaded(resourceBundle([
      patient(NHS_A, 'محمد, علي'),
      penicillin({ code: { text: arabic } }),
      penicillin({ id: 'a2', code: { text: hebrew } }),
      penicillin({ id: 'a3', code: { text: emoji } }),
      { resourceType: 'MedicationStatement', status: 'active', medicationCodeableConcept: { text: longWord }, dosage: [{ text: 'Take one '.repeat(200) }] },
    ]));
    for (const t of [arabic, hebrew, emoji]) expect(text).to.contain(t);
    // Never truncated (H7): the whole 540-character name is there.
    expect(text.replace(/\s/g, '')).to.contain(longWord);
    const card = el.shadowRoot!.querySelector('.card') as HTMLElement;
    expect(card.scrollWidth, 'no horizontal overflow').to.be.at.most(card.clientWidth + 1);
  });
});

describe('fault matrix: the document', () => {
  it('docs/reliability.md names every F test above by its exact title, and no test that does not exist', async function () {
    const response = await fetch('/docs/reliability.md');
    expect(response.ok, 'docs/reliability.md is served').to.be.true;
    const doc = await response.text();
    const cited = new Set([...doc.matchAll(/`(F\d{2} [^`]+)`/g)].map((m) => m[1]));
    const titles = new Set<string>();
    const walk = (suite: Mocha.Suite) => {
      for (const t of suite.tests) if (/^F\d{2} /.test(t.title)) titles.add(t.title);
      suite.suites.forEach(walk);
    };
    let root: Mocha.Suite = this.test!.parent!;
    while (root.parent) root = root.parent;
    walk(root);
    expect(titles.size, 'F tests found').to.be.at.least(40);
    expect([...cited].filter((t) => !titles.has(t)), 'titles cited in the document but not tests').to.deep.equal([]);
    expect([...titles].filter((t) => !cited.has(t)), 'tests missing from the document').to.deep.equal([]);
  });
});
