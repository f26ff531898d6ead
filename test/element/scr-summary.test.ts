import { expect, oneEvent } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { ScrErrorDetail, ScrLoadDetail } from '../../src/index.js';
import { ENDPOINT, fhirJson, mount, mountForEvent, settle, shadow, technicalText, visibleText, watchFetchSignals } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { emptySearchset, NHS_A, NHS_B, patient, resourceBundle, scrBundle } from '../helpers/records.js';

afterEach(() => resetHandlers());

describe('<scr-summary> request contract', () => {
  it('sends GET <endpoint>?patient=<system>|<digits> with the FHIR Accept header', async () => {
    const seen: Request[] = [];
    await useHandlers(http.get(ENDPOINT, ({ request }) => (seen.push(request.clone()), fhirJson(scrBundle()))));
    const el = await mount('943 476 5919');
    await settle(el);
    expect(seen).to.have.length(1);
    const url = new URL(seen[0].url);
    expect(url.origin).to.equal(location.origin);
    expect(url.search).to.equal('?patient=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C9434765919');
    expect(seen[0].headers.get('accept')).to.equal('application/fhir+json');
  });

  it('joins the patient parameter with & when the endpoint already has a query', async () => {
    const seen: string[] = [];
    await useHandlers(http.get(ENDPOINT, ({ request }) => (seen.push(request.url), fhirJson(scrBundle()))));
    const el = await mount(NHS_A, `${ENDPOINT}?_format=json`);
    await settle(el);
    expect(new URL(seen[0]).search).to.equal('?_format=json&patient=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C9434765919');
  });

  it('replaces {nhsNumber} in the endpoint with the ten digits', async () => {
    const seen: string[] = [];
    await useHandlers(http.get(`${ENDPOINT}/:nhs`, ({ request }) => (seen.push(request.url), fhirJson(scrBundle()))));
    const el = await mount('943 476 5919', `${ENDPOINT}/{nhsNumber}`);
    await settle(el);
    expect(new URL(seen[0]).pathname).to.equal(`${ENDPOINT}/9434765919`);
    expect(new URL(seen[0]).search).to.equal('');
  });

  it('is idle with no NHS number and makes no request', async () => {
    let requests = 0;
    await useHandlers(http.get(ENDPOINT, () => (requests++, fhirJson(scrBundle()))));
    const el = await mount(undefined);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(el.getAttribute('state')).to.equal('idle');
    expect(requests).to.equal(0);
  });

  it('H1: an NHS number failing modulus 11 is an error in the widget and no request is made', async () => {
    let requests = 0;
    await useHandlers(http.get(ENDPOINT, () => (requests++, fhirJson(scrBundle()))));
    const { el, event } = await mountForEvent<ScrErrorDetail>('scr-error', '943 476 5918');
    expect(event.detail.kind).to.equal('invalid-nhs-number');
    expect(el.getAttribute('state')).to.equal('error');
    expect(visibleText(el)).to.contain('943 476 5918');
    expect(visibleText(el)).to.contain('not a valid NHS number');
    await new Promise((r) => setTimeout(r, 100));
    expect(requests).to.equal(0);
  });
});

describe('<scr-summary> loaded record', () => {
  it('shows the SCR narrative allergies and medicines, the identity and the source, and fires scr-load', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(scrBundle({ name: 'CARTER, Robin' }))));
    const { el, event } = await mountForEvent<ScrLoadDetail>('scr-load', '943 476 5919');
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.summary.shape).to.equal('scr-document');
    expect(el.getAttribute('state')).to.equal('loaded');
    const text = visibleText(el);
    expect(text).to.contain('NHS No. 943 476 5919');
    expect(text).to.contain('CARTER, Robin');
    expect(text).to.contain('07-Mar-1961');
    expect(text).to.contain('Known allergies');
    expect(text).to.contain('Penicillin V');
    expect(text).to.contain('Amlodipine 5mg tablets');
    expect(text).to.contain('Riverside Surgery, 1 Mill Lane, Leeds LS1 1AA.');
    expect(text).to.contain('14-Nov-2026 09:12');
    expect(text).to.contain('JONES, Amy (Dr)');
    expect(text).to.match(/Retrieved at \d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}/);
    // Narrative tables are real tables with header cells.
    const narrativeTable = shadow(el).querySelector('.narrative table');
    expect(narrativeTable?.querySelectorAll('th').length).to.equal(5);
  });

  it('H2: switching patient while a slow request is in flight shows only the new patient', async () => {
    await useHandlers(
      http.get(ENDPOINT, async ({ request }) => {
        const nhs = new URL(request.url).searchParams.get('patient')?.split('|')[1];
        if (nhs === NHS_A) {
          await delay(600);
          return fhirJson(scrBundle({ nhsNumber: NHS_A, name: 'FIRST, Patient', allergies: [['01-Jan-2026', 'Latex', '', '', '']] }));
        }
        return fhirJson(scrBundle({ nhsNumber: NHS_B, name: 'SECOND, Patient', allergies: [['01-Jan-2026', 'Peanut', '', '', '']] }));
      }),
    );
    const fetches = watchFetchSignals();
    const el = await mount(NHS_A);
    await settle(el, ['loading']);
    el.setAttribute('nhs-number', NHS_B);
    await el.updateComplete;
    expect(visibleText(el)).not.to.contain('FIRST');
    await settle(el);
    expect(visibleText(el)).to.contain('SECOND, Patient');
    // Wait past the first response's delay: it must never replace the second patient.
    await new Promise((r) => setTimeout(r, 800));
    await el.updateComplete;
    const text = visibleText(el);
    expect(text).to.contain('Peanut');
    expect(text).not.to.contain('Latex');
    expect(text).not.to.contain('FIRST');
    fetches.restore();
    expect(fetches.signals).to.have.length(2);
    expect(fetches.signals[0].aborted, 'the first request was aborted').to.be.true;
    expect(fetches.signals[1].aborted).to.be.false;
  });

  it('H2: the previous patient disappears as soon as the NHS number changes', async () => {
    await useHandlers(
      http.get(ENDPOINT, async ({ request }) => {
        const nhs = new URL(request.url).searchParams.get('patient')?.split('|')[1];
        if (nhs === NHS_B) await delay(400);
        return fhirJson(scrBundle({ nhsNumber: nhs, name: nhs === NHS_A ? 'FIRST, Patient' : 'SECOND, Patient' }));
      }),
    );
    const el = await mount(NHS_A);
    await settle(el);
    expect(visibleText(el)).to.contain('FIRST, Patient');
    el.nhsNumber = NHS_B;
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    expect(visibleText(el)).not.to.contain('FIRST');
    expect(visibleText(el)).to.contain('999 000 0018');
  });

  it('H1: a record naming a different NHS number is blocked with kind patient-mismatch', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(scrBundle({ nhsNumber: NHS_B, name: 'OTHER, Person' }))));
    const { el, event } = await mountForEvent<ScrErrorDetail>('scr-error', NHS_A);
    expect(event.detail.kind).to.equal('patient-mismatch');
    expect(el.getAttribute('state')).to.equal('error');
    const text = visibleText(el);
    expect(text).not.to.contain('OTHER');
    expect(text).not.to.contain('Penicillin');
    expect(text).to.contain('different NHS number');
  });

  it('H1: a record stating no NHS number renders under an identity warning', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(scrBundle({ nhsNumber: undefined }))));
    const el = await mount(NHS_A);
    await settle(el);
    expect(el.getAttribute('state')).to.equal('loaded');
    const warning = shadow(el).querySelector('.callout.identity');
    expect(warning?.textContent).to.contain('does not state an NHS number');
    expect(visibleText(el)).to.contain('Penicillin V');
  });
});

describe('<scr-summary> empty and error states', () => {
  it('H3: an empty searchset is the empty state, labelled "Allergies unavailable", not "no allergies"', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(emptySearchset)));
    const { el, event } = await mountForEvent<ScrLoadDetail>('scr-load', NHS_A);
    expect(event.detail.summary.empty).to.be.true;
    expect(el.getAttribute('state')).to.equal('empty');
    const text = visibleText(el);
    expect(text).to.contain('Allergies unavailable');
    expect(text).not.to.contain('No known allergies');
  });

  for (const status of [403, 420]) {
    it(`H11: HTTP ${status} with an OperationOutcome is a refusal, never an empty record`, async () => {
      const outcome = {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'forbidden', details: { text: 'Access control: consent to view is not recorded for this record' } }],
      };
      await useHandlers(http.get(ENDPOINT, () => fhirJson(outcome, { status })));
      const { el, event } = await mountForEvent<ScrErrorDetail>('scr-error', NHS_A);
      expect(event.detail).to.include({ kind: 'refused', status });
      const text = visibleText(el);
      expect(text).to.contain('Access refused');
      expect(text).not.to.contain('Allergies unavailable');
      // The service's own words are kept for IT staff; asking again cannot change a refusal.
      expect(technicalText(el)).to.contain('consent to view is not recorded');
      expect(shadow(el).querySelector('button.retry')).to.equal(null);
    });
  }

  it('H11: HTTP 500 with an OperationOutcome shows its diagnostics and kind http', async () => {
    const outcome = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception', diagnostics: 'Upstream SCR service unavailable' }] };
    await useHandlers(http.get(ENDPOINT, () => fhirJson(outcome, { status: 500 })));
    const { el, event } = await mountForEvent<ScrErrorDetail>('scr-error', NHS_A);
    expect(event.detail).to.include({ kind: 'http', status: 500 });
    expect(visibleText(el)).to.contain('The record service had a problem');
    expect(technicalText(el)).to.contain('Upstream SCR service unavailable');
    expect(technicalText(el)).to.contain('http (HTTP 500)');
  });

  const badBodies: [string, () => Response, string, RegExp][] = [
    ['malformed JSON', () => new Response('{"resourceType":"Bundle","entry":[', { headers: { 'Content-Type': 'application/fhir+json' } }), 'parse', /not valid JSON/],
    ['an HTML page with status 200', () => new Response('<!doctype html><title>Sign in</title>', { headers: { 'Content-Type': 'text/html' } }), 'parse', /web page/],
    ['JSON that is not FHIR', () => HttpResponse.json({ hello: 'world' }), 'parse', /not a FHIR resource/],
    ['a single non-Bundle resource', () => fhirJson(patient(NHS_A)), 'unsupported', /single Patient resource/],
    ['an STU3 payload', () => fhirJson(resourceBundle([patient(NHS_A), { resourceType: 'AllergyIntolerance', clinicalStatus: 'active', code: { text: 'Penicillin' } }])), 'unsupported', /not in FHIR R4/],
    ['an empty 200 body', () => new Response('', { status: 200 }), 'parse', /empty response/],
  ];
  for (const [name, respond, kind, message] of badBodies) {
    it(`H11: ${name} gives a ${kind} error with a specific message`, async () => {
      await useHandlers(http.get(ENDPOINT, respond));
      const { el, event } = await mountForEvent<ScrErrorDetail>('scr-error', NHS_A);
      expect(event.detail.kind).to.equal(kind);
      expect(event.detail.message).to.match(message);
      expect(technicalText(el)).to.match(message);
      expect(visibleText(el)).not.to.match(message);
    });
  }

  it('H11: a network failure that outlasts the automatic retries is kind network, and "Try again" requests the record again', async () => {
    let calls = 0;
    // The first request and its two automatic retries fail; the manual retry succeeds.
    await useHandlers(http.get(ENDPOINT, () => (++calls <= 3 ? HttpResponse.error() : fhirJson(scrBundle()))));
    const { el, event } = await mountForEvent<ScrErrorDetail>('scr-error', NHS_A);
    expect(event.detail.kind).to.equal('network');
    expect(calls).to.equal(3);
    (shadow(el).querySelector('button.retry') as HTMLButtonElement).click();
    await settle(el, ['loaded']);
    expect(calls).to.equal(4);
    expect(visibleText(el)).to.contain('Penicillin V');
  });

  it('H11: a response slower than the time-out ends in kind timeout', async () => {
    await useHandlers(http.get(ENDPOINT, async () => (await delay(2000), fhirJson(scrBundle()))));
    const el = await mount(NHS_A);
    el.timeout = 300;
    const event = (await oneEvent(el, 'scr-error')) as CustomEvent<ScrErrorDetail>;
    expect(event.detail.kind).to.equal('timeout');
  });
});

describe('<scr-summary> focus()', () => {
  it('moves focus to the card\'s title when the record appears, and not if the reader has moved on meanwhile', async () => {
    await useHandlers(http.get(ENDPOINT, async () => (await delay(150), fhirJson(scrBundle()))));
    const elsewhere = document.body.appendChild(document.createElement('button'));
    try {
      const el = await mount(NHS_A);
      el.focus();
      await settle(el, ['loaded']);
      await el.updateComplete;
      const title = shadow(el).getElementById('scr-title')!;
      expect(title.tagName).to.equal('H2');
      expect(title.tabIndex).to.equal(-1);
      expect(document.activeElement === el, 'the element holds focus').to.be.true;
      expect(shadow(el).activeElement === title, 'its title holds focus').to.be.true;
      // Another patient; the reader moves to a control of the page while it loads: focus stays there.
      title.blur();
      el.nhsNumber = NHS_B;
      el.focus();
      await el.updateComplete;
      elsewhere.focus();
      await settle(el, ['loaded', 'error']);
      await el.updateComplete;
      expect(document.activeElement === elsewhere, 'focus stayed where the reader put it').to.be.true;
      await expect(el).to.be.accessible();
    } finally {
      elsewhere.remove();
    }
  });
});
