/**
 * `source="scr-api"` through the element against the demo's mock of the NHS SCR API: the
 * requests made (paths, decoded parameters, headers, how many, in what order), what the card
 * shows and announces, the permission question, `permit()`, and the events.
 * The hazard controls are proved in test/safety/scr-api.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { ScrAlertDetail, ScrErrorDetail, ScrPermissionDetail, ScrProvider, ScrSummary } from '../../src/index.js';
import { settle, shadow, technicalText, visibleText } from '../helpers/element.js';
import { resetHandlers } from '../helpers/msw.js';
import {
  ALERT_CONTEXT,
  ALERT_TABLE,
  mountAndAnswer,
  answerInForm,
  API,
  collect,
  described,
  form,
  header,
  mountApi,
  pause,
  PATIENT,
  requestsReach,
  untilPermission,
  useApi,
  UUID_V4,
} from '../helpers/scr-api.js';

const SANDBOX_ID = 'FA60BE64-1F34-11EB-A2A8-000C29A364EB';
const live = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent;

afterEach(() => resetHandlers());

describe('scr-api: the two steps', () => {
  it('step 1 is GET {endpoint}/DocumentReference with exactly patient, type, _sort and _count; nothing else until the question is answered', async () => {
    const api = await useApi();
    const el = await mountApi(PATIENT.sandbox);
    await untilPermission(el);
    await pause();
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference']);
    const url = api.requests[0].url;
    expect(url.pathname).to.equal(`${API}/DocumentReference`);
    expect([...url.searchParams]).to.deep.equal([
      ['patient', 'https://fhir.nhs.uk/Id/nhs-number|9000000009'],
      ['type', 'http://snomed.info/sct|196981000000101'],
      ['_sort', 'date'],
      ['_count', '1'],
    ]);
    // Values are URL-encoded on the wire.
    expect(url.search).to.equal('?patient=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C9000000009&type=http%3A%2F%2Fsnomed.info%2Fsct%7C196981000000101&_sort=date&_count=1');
  });

  it('step 2, after permission, is GET {endpoint}/Bundle with the pointer’s id unchanged and the patient; the record is shown', async () => {
    const api = await useApi();
    const el = await mountApi(PATIENT.sandbox);
    await untilPermission(el);
    await answerInForm(el, 'given');
    await settle(el);
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'GET Bundle']);
    const url = api.requests[1].url;
    expect(url.pathname).to.equal(`${API}/Bundle`);
    expect([...url.searchParams]).to.deep.equal([
      ['composition.identifier', SANDBOX_ID],
      ['composition.subject:Patient.identifier', 'https://fhir.nhs.uk/Id/nhs-number|9000000009'],
    ]);
    expect(visibleText(el)).to.contain('Penicillin allergy');
    expect(visibleText(el)).to.contain('900 000 0009');
  });

  it('a trailing slash on the endpoint is tolerated, and the pointer’s attachment.url is never followed', async () => {
    const api = await useApi();
    const el = await mountApi(PATIENT.sandbox, { endpoint: `${API}/` });
    await untilPermission(el);
    el.permit({ decision: 'given' });
    await settle(el);
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(api.requests.map((r) => r.url.pathname)).to.deep.equal([`${API}/DocumentReference`, `${API}/Bundle`]);
    expect(api.requests.every((r) => r.url.host === location.host)).to.be.true;
  });

  it('an id in mixed case is sent exactly as the pointer gave it (the API compares case-sensitively)', async () => {
    const mixed = 'Fa60be64-1F34-11eb-A2A8-000c29a364EB';
    const api = await useApi(
      http.get(`*${API}/DocumentReference`, () =>
        HttpResponse.json({
          resourceType: 'Bundle',
          type: 'searchset',
          total: 1,
          entry: [{ resource: { resourceType: 'DocumentReference', masterIdentifier: { system: 'https://fhir.nhs.uk/Id/nhsSCRUUID', value: mixed } } }],
        }),
      ),
    );
    await mountAndAnswer(PATIENT.sandbox);
    const step2 = api.requests.find((r) => r.resource === 'Bundle')!;
    expect(step2.url.searchParams.get('composition.identifier')).to.equal(mixed);
  });
});

describe('scr-api: headers', () => {
  it('every request carries Accept, one X-Correlation-ID (UUID v4) for the view and a fresh X-Request-ID (UUID v4) per request', async () => {
    const api = await useApi();
    const el = await mountApi(PATIENT.emergency, { alerts: 'post', alertContext: ALERT_CONTEXT });
    await untilPermission(el);
    el.permit({ decision: 'emergency', note: 'Unconscious' });
    await settle(el);
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'POST AuditEvent', 'GET Bundle']);
    const correlation = api.requests.map((r) => header(r, 'X-Correlation-ID'));
    const request = api.requests.map((r) => header(r, 'X-Request-ID'));
    for (const id of [...correlation, ...request]) expect(id).to.match(UUID_V4);
    expect(new Set(correlation).size).to.equal(1);
    expect(new Set(request).size).to.equal(3);
    expect(request).not.to.include(correlation[0]);
    for (const r of api.requests) expect(header(r, 'Accept')).to.equal('application/fhir+json');
  });

  it('automatic retries resend the same X-Request-ID; the next request gets a new one', async () => {
    const api = await useApi();
    const el = await mountAndAnswer(PATIENT.flaky);
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'GET DocumentReference', 'GET Bundle']);
    const [first, retry, step2] = api.requests.map((r) => header(r, 'X-Request-ID'));
    expect(retry).to.equal(first);
    expect(step2).not.to.equal(first);
    expect(new Set(api.requests.map((r) => header(r, 'X-Correlation-ID'))).size).to.equal(1);
  });

  it('reload() and a patient switch start a new view with a new X-Correlation-ID', async () => {
    const api = await useApi();
    const el = await mountApi(PATIENT.noScr);
    await settle(el);
    el.reload();
    await requestsReach(api, 2);
    await settle(el);
    el.nhsNumber = PATIENT.sandbox;
    await requestsReach(api, 3);
    const ids = api.requests.map((r) => header(r, 'X-Correlation-ID'));
    expect(new Set(ids).size).to.equal(3);
  });

  it('the host’s headers and fetch are used for every request, the alert POST included; the API’s own headers win', async () => {
    const api = await useApi();
    const seen: string[] = [];
    const hostFetch: typeof fetch = (input, init) => {
      seen.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname.split('/').pop()}`);
      return fetch(input, init);
    };
    const el = await mountApi(PATIENT.emergency, {
      alerts: 'post',
      alertContext: ALERT_CONTEXT,
      headers: { 'X-Trust': 'demo', 'x-request-id': 'not-a-uuid' },
      fetch: hostFetch,
    });
    await untilPermission(el);
    el.permit({ decision: 'emergency', note: 'Unconscious' });
    await settle(el);
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(seen).to.deep.equal(['GET DocumentReference', 'POST AuditEvent', 'GET Bundle']);
    for (const r of api.requests) {
      expect(header(r, 'X-Trust')).to.equal('demo');
      expect(header(r, 'X-Request-ID')).to.match(UUID_V4);
    }
  });
});

describe('scr-api: step 1 outcomes', () => {
  it('total 0: empty, "No Summary Care Record exists for this patient", allergies unavailable, no question and no step 2', async () => {
    const api = await useApi();
    const events = collect(['scr-load', 'scr-view', 'scr-permission']);
    const el = await mountApi(PATIENT.noScr);
    await settle(el);
    await pause();
    events.stop();
    expect(el.getAttribute('state')).to.equal('empty');
    const text = visibleText(el);
    expect(text).to.contain('No Summary Care Record exists for this patient');
    expect(text).to.contain('says no Summary Care Record exists for this patient');
    expect(text).to.contain('Allergies unavailable');
    expect(text).not.to.contain('No known allergies');
    expect(live(el)).to.equal('No Summary Care Record exists for this patient.');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference']);
    expect(events.events.map((e) => e.type)).to.deep.equal(['scr-load']);
  });

  it('a pointer naming another patient is a patient-mismatch: no question, no step 2', async () => {
    let pointers = 0;
    const api = await useApi(
      http.get(`*${API}/DocumentReference`, () => {
        pointers += 1;
        return HttpResponse.json({
          resourceType: 'Bundle',
          total: 1,
          entry: [
            { resource: { resourceType: 'DocumentReference', masterIdentifier: { value: SANDBOX_ID } } },
            { resource: { resourceType: 'Patient', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990300011' }] } },
          ],
        });
      }),
    );
    const events = collect(['scr-error']);
    const el = await mountApi(PATIENT.sandbox);
    await settle(el);
    events.stop();
    expect((events.events[0].detail as ScrErrorDetail).kind).to.equal('patient-mismatch');
    expect(pointers).to.equal(1);
    expect(described(api.requests)).to.deep.equal([]);
    expect(form(el) === null, 'no permission question on the card').to.be.true;
  });

  for (const [what, nhs, label] of [
    ['"Ask"', PATIENT.ask, 'ask'],
    ['legacy "Yes"', PATIENT.sandbox, 'yes'],
    ['no label', PATIENT.noLabel, 'none'],
  ] as const) {
    it(`label ${what}: state permission, the question on the card, announced, label "${label}" in scr-permission`, async () => {
      const api = await useApi();
      const events = collect(['scr-permission']);
      const el = await mountApi(nhs);
      await untilPermission(el);
      expect(el.state).to.equal('permission');
      expect(form(el) !== null, 'the permission question is on the card').to.be.true;
      expect(visibleText(el)).to.contain('Has the patient given permission to view their Summary Care Record?');
      expect(live(el)).to.equal('Permission to view is needed before the Summary Care Record is shown.');
      expect(described(api.requests)).to.deep.equal(['GET DocumentReference']);
      await answerInForm(el, 'given');
      await settle(el);
      events.stop();
      expect(events.events.map((e) => (e.detail as ScrPermissionDetail).label)).to.deep.equal([label]);
    });
  }

  it('a 400 answer is an http error with the service’s own words; the next request is never made', async () => {
    const api = await useApi();
    const el = await mountApi(PATIENT.badRequest);
    await settle(el);
    expect(el.getAttribute('state')).to.equal('error');
    expect(technicalText(el)).to.contain('HTTP 400');
    expect(technicalText(el)).to.contain('was not accepted by the service');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference']);
  });

  it('a persistent 503 is retried (the same X-Request-ID each time) and then an http error, never an empty record', async function () {
    this.timeout(10000);
    const api = await useApi();
    const el = await mountApi(PATIENT.unavailable, { retries: 1 });
    await settle(el, ['loaded', 'empty', 'error'], 8000);
    expect(el.getAttribute('state')).to.equal('error');
    expect(technicalText(el)).to.contain('HTTP 503');
    expect(visibleText(el)).not.to.contain('HTTP');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'GET DocumentReference']);
    expect(new Set(api.requests.map((r) => header(r, 'X-Request-ID'))).size).to.equal(1);
  });
});

describe('scr-api: the permission question and permit()', () => {
  it('permit() returns false and changes nothing when no question is open', async () => {
    await useApi();
    const events = collect(['scr-permission']);
    const el = await mountApi(PATIENT.noScr);
    await settle(el);
    expect(el.permit({ decision: 'given' })).to.be.false;
    events.stop();
    expect(events.events).to.have.length(0);
    expect(el.getAttribute('state')).to.equal('empty');
  });

  it('permit() returns false and changes nothing for an override without a note, a blank note, or an unknown decision', async () => {
    const api = await useApi();
    const events = collect(['scr-permission']);
    const el = await mountApi(PATIENT.ask);
    await untilPermission(el);
    for (const decision of ['emergency', 'public-interest', 'statute', 'court-order'] as const) {
      expect(el.permit({ decision }), decision).to.be.false;
      expect(el.permit({ decision, note: '   ' }), `${decision} blank`).to.be.false;
    }
    expect(el.permit({ decision: 'maybe' as 'given' })).to.be.false;
    await pause();
    events.stop();
    expect(events.events).to.have.length(0);
    expect(el.getAttribute('state')).to.equal('permission');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference']);
  });

  it('scr-permission bubbles, is composed and cancelable, fires before any further request, and permit() returns true', async () => {
    const api = await useApi();
    const el = await mountApi(PATIENT.ask);
    await untilPermission(el);
    let seen: { event: CustomEvent<ScrPermissionDetail>; requests: number } | undefined;
    document.addEventListener('scr-permission', (e) => (seen = { event: e, requests: api.requests.length }), { once: true });
    expect(el.permit({ decision: 'emergency', note: ' Unconscious ' })).to.be.true;
    expect(seen).to.exist;
    expect(seen!.requests).to.equal(1);
    const { event } = seen!;
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    expect(event.detail).to.deep.equal({
      nhsNumber: PATIENT.ask,
      decision: 'emergency',
      note: 'Unconscious',
      label: 'ask',
      relationship: 'legitimate',
      alert: { type: '2', reason: '5', display: 'Access made in an emergency' },
    });
    await settle(el);
    expect(el.getAttribute('state')).to.equal('loaded');
    // alerts="event" (the default): the host sends the alert; the widget posts nothing.
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'GET Bundle']);
  });

  it('a second answer to the same question is refused: permit() after a decision returns false', async () => {
    await useApi();
    const el = await mountApi(PATIENT.ask);
    await untilPermission(el);
    expect(el.permit({ decision: 'given' })).to.be.true;
    expect(el.permit({ decision: 'declined' })).to.be.false;
    await settle(el);
    expect(el.getAttribute('state')).to.equal('loaded');
  });

  it('declined: no step 2, error kind permission-declined, the card says the record was not viewed', async () => {
    const api = await useApi();
    const events = collect(['scr-error', 'scr-view', 'scr-load']);
    const el = await mountApi(PATIENT.ask);
    await untilPermission(el);
    await answerInForm(el, 'declined');
    await settle(el);
    await pause();
    events.stop();
    expect(el.getAttribute('state')).to.equal('error');
    expect(events.events.map((e) => [e.type, (e.detail as ScrErrorDetail).kind])).to.deep.equal([['scr-error', 'permission-declined']]);
    expect(visibleText(el)).to.contain('The patient did not give permission to view their Summary Care Record, so the record was not viewed.');
    expect(visibleText(el)).not.to.contain('Penicillin');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference']);
  });

  it('a cancelled scr-permission stops the view like a decline, though permit() took the decision', async () => {
    const api = await useApi();
    const el = await mountApi(PATIENT.ask);
    await untilPermission(el);
    document.addEventListener('scr-permission', (e) => e.preventDefault(), { once: true });
    expect(el.permit({ decision: 'given' })).to.be.true;
    await settle(el);
    expect(el.getAttribute('state')).to.equal('error');
    expect(visibleText(el)).to.contain('the record was not viewed');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference']);
  });

  for (const [relationship, decision, alert] of ALERT_TABLE) {
    it(`relationship="${relationship}" + ${decision}: scr-permission’s alert is ${alert ?? 'none'}`, async () => {
      await useApi();
      const events = collect(['scr-permission']);
      const el = await mountApi(PATIENT.ask, { relationship });
      await untilPermission(el);
      el.permit(decision === 'given' ? { decision } : { decision: decision as 'emergency', note: 'reason' });
      await settle(el);
      events.stop();
      const detail = events.events[0].detail as ScrPermissionDetail;
      expect(detail.relationship).to.equal(relationship);
      expect(detail.alert ? `${detail.alert.type}/${detail.alert.reason}` : undefined).to.equal(alert);
    });
  }

  it('the form: submitting with no answer says what is missing and moves focus to the answers; an override asks for its reason', async () => {
    const api = await useApi();
    const el = await mountApi(PATIENT.ask);
    await untilPermission(el);
    shadow(el).querySelector<HTMLButtonElement>('form.permission button[type=submit]')!.click();
    await el.updateComplete;
    await pause(50);
    expect(visibleText(el)).to.contain('Choose an answer to continue.');
    expect(shadow(el).activeElement?.getAttribute('value')).to.equal('given');
    expect(shadow(el).querySelector('textarea') === null, 'no reason field').to.be.true;
    shadow(el).querySelector<HTMLInputElement>('input[value="court-order"]')!.click();
    await el.updateComplete;
    const reason = shadow(el).querySelector('textarea')!;
    expect(reason.required).to.be.true;
    shadow(el).querySelector<HTMLButtonElement>('form.permission button[type=submit]')!.click();
    await el.updateComplete;
    await pause(50);
    expect(visibleText(el)).to.contain('Give the reason for viewing without the patient’s permission.');
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).activeElement === reason, 'focus on the reason').to.be.true;
    expect(el.getAttribute('state')).to.equal('permission');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference']);
    await answerInForm(el, 'court-order', 'Court order 123');
    await settle(el);
    expect(el.getAttribute('state')).to.equal('loaded');
  });
});

describe('scr-api: alerts="post"', () => {
  it('an override POSTs an AuditEvent to {endpoint}/AuditEvent before step 2, with NHSD-Session-URID, and fires scr-alert { sent: true }', async () => {
    const api = await useApi();
    const events = collect(['scr-permission', 'scr-alert', 'scr-view']);
    const el = await mountApi(PATIENT.emergency, { alerts: 'post', alertContext: ALERT_CONTEXT });
    await untilPermission(el);
    await answerInForm(el, 'emergency', 'Unconscious on arrival');
    await settle(el);
    events.stop();
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'POST AuditEvent', 'GET Bundle']);
    const post = api.requests[1];
    expect(post.url.pathname).to.equal(`${API}/AuditEvent`);
    expect(header(post, 'NHSD-Session-URID')).to.equal(ALERT_CONTEXT.sessionUrid);
    expect(header(post, 'Content-Type')).to.equal('application/fhir+json');
    const body = post.body as Record<string, any>;
    expect(body.resourceType).to.equal('AuditEvent');
    expect(body.id).to.match(UUID_V4);
    expect(body.type).to.deep.equal({ system: 'https://fhir.nhs.uk/CodeSystem/SCR-AlertType', code: '2', display: 'Access Alert' });
    expect(body.subtype).to.deep.equal([{ system: 'https://fhir.nhs.uk/CodeSystem/SCR-AlertReason', code: '5', display: 'Access made in an emergency' }]);
    expect(body.outcomeDesc).to.equal('Unconscious on arrival');
    expect(body.agent.map((a: any) => [a.who.identifier.system, a.who.identifier.value, a.requestor])).to.deep.equal([
      ['https://fhir.nhs.uk/Id/nhs-number', PATIENT.emergency, false],
      ['https://fhir.nhs.uk/Id/ods-organization-code', ALERT_CONTEXT.odsCode, false],
      ['https://fhir.nhs.uk/Id/sds-user-id', ALERT_CONTEXT.userId, false],
    ]);
    expect(body.agent[2].role).to.deep.equal([{ text: ALERT_CONTEXT.role }]);
    expect(body.entity).to.deep.equal([{ what: { identifier: { value: '06EB2D34-5B8F-4C20-8E66-2F72D35E6B06' } } }]);
    expect(events.events.map((e) => e.type)).to.deep.equal(['scr-permission', 'scr-alert', 'scr-view']);
    expect(events.events[1].detail).to.deep.equal({ sent: true });
  });

  it('self-claimed + given is posted too (type 1, reason 6); legitimate + given posts nothing', async () => {
    let api = await useApi();
    let el = await mountApi(PATIENT.selfClaimed, { relationship: 'self-claimed', alerts: 'post', alertContext: ALERT_CONTEXT });
    await untilPermission(el);
    el.permit({ decision: 'given' });
    await settle(el);
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'POST AuditEvent', 'GET Bundle']);
    const body = api.requests[1].body as Record<string, any>;
    expect([body.type.code, body.subtype[0].code, body.subtype[0].display]).to.deep.equal(['1', '6', 'Other']);
    expect(body).not.to.have.property('outcomeDesc');

    resetHandlers();
    api = await useApi();
    el = await mountApi(PATIENT.ask, { alerts: 'post', alertContext: ALERT_CONTEXT });
    await untilPermission(el);
    el.permit({ decision: 'given' });
    await settle(el);
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'GET Bundle']);
  });

  it('step 2 waits for the alert’s answer', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const api = await useApi(
      http.post(`*${API}/AuditEvent`, async () => {
        await held;
        return new HttpResponse(null, { status: 201 });
      }),
    );
    const el = await mountApi(PATIENT.emergency, { alerts: 'post', alertContext: ALERT_CONTEXT });
    await untilPermission(el);
    el.permit({ decision: 'emergency', note: 'Unconscious' });
    await pause(300);
    expect(el.getAttribute('state')).to.equal('loading');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference']);
    release();
    await settle(el);
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'GET Bundle']);
    expect(el.getAttribute('state')).to.equal('loaded');
  });

  it('a rejected alert fires scr-alert { sent: false, status, message } with the service’s words', async () => {
    await useApi();
    const events = collect(['scr-alert']);
    const el = await mountApi(PATIENT.alertFails, { alerts: 'post', alertContext: ALERT_CONTEXT });
    await untilPermission(el);
    el.permit({ decision: 'emergency', note: 'Unconscious' });
    await settle(el);
    events.stop();
    const detail = events.events[0].detail as ScrAlertDetail;
    expect(detail.sent).to.be.false;
    if (detail.sent) return;
    expect(detail.status).to.equal(400);
    expect(detail.message).to.contain('The access alert was not sent');
    expect(detail.message).to.contain('not set up to receive access alerts');
  });
});

describe('scr-api: permission="ask" in bundle mode', () => {
  it('asks the same question (label "none") before its single request, then makes it', async () => {
    const requests: string[] = [];
    await useApi(
      http.get('/bundle-endpoint', ({ request }) => {
        requests.push(new URL(request.url).pathname);
        return HttpResponse.json({ resourceType: 'Bundle', type: 'searchset', total: 0 });
      }),
    );
    const events = collect(['scr-permission']);
    const el = await mountApi(PATIENT.ask, { source: 'bundle', endpoint: '/bundle-endpoint', permission: 'ask' });
    await untilPermission(el);
    await pause();
    expect(requests).to.deep.equal([]);
    await answerInForm(el, 'given');
    await settle(el);
    events.stop();
    expect(requests).to.deep.equal(['/bundle-endpoint']);
    expect((events.events[0].detail as ScrPermissionDetail).label).to.equal('none');
  });

  it('declined: the single request is never made', async () => {
    const requests: string[] = [];
    await useApi(http.get('/bundle-endpoint', ({ request }) => (requests.push(request.url), HttpResponse.json({}))));
    const el = await mountApi(PATIENT.ask, { source: 'bundle', endpoint: '/bundle-endpoint', permission: 'ask' });
    await untilPermission(el);
    el.permit({ decision: 'declined' });
    await settle(el);
    await pause();
    expect(requests).to.deep.equal([]);
    expect(el.getAttribute('state')).to.equal('error');
  });
});

describe('scr-api: configuration', () => {
  for (const [what, options] of [
    ['alerts="post" without alertContext', { alerts: 'post' }],
    ['alerts="post" with an incomplete alertContext', { alerts: 'post', alertContext: { ...ALERT_CONTEXT, userId: '' } }],
    ['an unknown relationship', { relationship: 'colleague' }],
    ['an unknown source', { source: 'spine' }],
  ] as const) {
    it(`${what}: error kind config before any request`, async () => {
      const api = await useApi();
      const events = collect(['scr-error']);
      const el = await mountApi(PATIENT.ask, options);
      await settle(el);
      await pause();
      events.stop();
      expect(el.getAttribute('state')).to.equal('error');
      expect((events.events[0].detail as ScrErrorDetail).kind).to.equal('config');
      expect(api.requests).to.have.length(0);
    });
  }
});

describe('scr-api: events', () => {
  it('scr-view fires once, only when the record is displayed: not for the question, not for "no SCR", not for errors', async () => {
    await useApi();
    const events = collect(['scr-view']);
    const el = await mountApi(PATIENT.ask);
    await untilPermission(el);
    expect(events.events).to.have.length(0);
    el.permit({ decision: 'given' });
    await settle(el);
    expect(events.events).to.have.length(1);
    const detail = events.events[0].detail as { nhsNumber: string; source: { url: string } };
    expect(detail.nhsNumber).to.equal(PATIENT.ask);
    expect(new URL(detail.source.url).pathname).to.equal(`${API}/Bundle`);
    for (const nhs of [PATIENT.noScr, PATIENT.optedOut, PATIENT.unknown]) {
      el.nhsNumber = nhs;
      await settle(el, ['empty', 'error']);
    }
    await pause();
    events.stop();
    expect(events.events).to.have.length(1);
  });

  it('the error event carries the service’s own words with the message', async () => {
    await useApi();
    const events = collect(['scr-error']);
    const el = await mountApi(PATIENT.unknown);
    await settle(el);
    events.stop();
    const detail = events.events[0].detail as ScrErrorDetail;
    expect(detail).to.include({ kind: 'refused', status: 403 });
    expect(detail.message).to.contain('PSIS-30418');
    expect(technicalText(el)).to.contain(detail.message);
  });
});

describe('scr-api: settings from <scr-provider>', () => {
  it('a provider shares source, endpoint, relationship, alerts and alertContext; a widget’s own setting wins', async () => {
    const api = await useApi();
    const events = collect(['scr-permission']);
    const provider = await fixture<ScrProvider>(html`<scr-provider source="scr-api" endpoint=${API} relationship="self-claimed" alerts="post" .alertContext=${ALERT_CONTEXT}>
      <scr-summary nhs-number=${PATIENT.selfClaimed}></scr-summary>
      <scr-summary nhs-number=${PATIENT.ask} relationship="legitimate" alerts="event"></scr-summary>
    </scr-provider>`);
    const [inherits, own] = [...provider.querySelectorAll('scr-summary')] as ScrSummary[];
    await untilPermission(inherits);
    await untilPermission(own);
    inherits.permit({ decision: 'given' });
    own.permit({ decision: 'given' });
    await settle(inherits);
    await settle(own);
    events.stop();
    expect(events.events.map((e) => [e.detail.nhsNumber, e.detail.relationship, e.detail.alert?.type ?? null])).to.deep.equal([
      [PATIENT.selfClaimed, 'self-claimed', '1'],
      [PATIENT.ask, 'legitimate', null],
    ]);
    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
    expect(header(posts[0], 'NHSD-Session-URID')).to.equal(ALERT_CONTEXT.sessionUrid);
    expect([inherits, own].map((el) => el.getAttribute('state'))).to.deep.equal(['loaded', 'loaded']);
  });
});
