/**
 * Hazards of reading the NHS SCR API (docs/clinical-safety.md H16–H20), through the element
 * and the demo's mock of the API: viewing before permission, an override offered to a patient
 * who opted out, an override without its alert (and why a failed alert does not block the
 * record), a stale or empty second step read as no data, and a refusal read as the patient's.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { ScrAlertDetail, ScrErrorDetail } from '../../src/index.js';
import { scrPointer } from '../../demo/records/scr-api.js';
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
  mountApi,
  pause,
  PATIENT,
  requestsReach,
  untilPermission,
  useApi,
} from '../helpers/scr-api.js';

afterEach(() => resetHandlers());

const RECORD_WORDS = ['Penicillin', 'Known allergies', 'Amoxicillin'];
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll('button, a, input, textarea, select')].map((b) => b.textContent?.trim() || b.tagName);
const alertWarning = (el: Element) => el.shadowRoot!.querySelector('[part~="alert-warning"]');

describe('H16: no record is viewed before permission to view', () => {
  for (const [what, nhs] of [
    ['"Ask"', PATIENT.ask],
    ['legacy "Yes"', PATIENT.sandbox],
    ['no label', PATIENT.noLabel],
  ] as const) {
    it(`H16: with ${what}, nothing of the record is requested or shown until the question is answered`, async () => {
      const api = await useApi();
      const views = collect(['scr-view', 'scr-load']);
      const el = await mountApi(nhs);
      await untilPermission(el);
      await pause(400);
      views.stop();
      expect(el.getAttribute('state')).to.equal('permission');
      expect(described(api.requests)).to.deep.equal(['GET DocumentReference']);
      for (const word of RECORD_WORDS) expect(visibleText(el)).not.to.contain(word);
      expect(views.events).to.have.length(0);
    });
  }

  it('H16: bundle mode with permission="ask" requests nothing before the answer, and nothing after a decline', async () => {
    let requests = 0;
    await useApi(http.get('/bundle-endpoint', () => (requests++, HttpResponse.json({ resourceType: 'Bundle', total: 0 }))));
    const el = await mountApi(PATIENT.ask, { source: 'bundle', endpoint: '/bundle-endpoint', permission: 'ask' });
    await untilPermission(el);
    await pause(300);
    expect(requests).to.equal(0);
    await answerInForm(el, 'declined');
    await settle(el);
    await pause(200);
    expect(requests).to.equal(0);
    expect((el.shadowRoot!.querySelector('.error-kind code') as HTMLElement).textContent).to.equal('permission-declined');
  });

  it('H16: a patient switch while the question is open closes it: the first patient’s record is never requested', async () => {
    const api = await useApi();
    const permissions = collect(['scr-permission']);
    const el = await mountApi(PATIENT.ask);
    await untilPermission(el);
    const firstQuestion = form(el);
    el.nhsNumber = PATIENT.noLabel;
    await el.updateComplete;
    expect(form(el) === null, 'no permission question on the card').to.be.true;
    await untilPermission(el);
    expect(form(el) !== firstQuestion, 'a new question').to.be.true;
    expect(visibleText(el)).to.contain('999 030 0038');
    expect(visibleText(el)).not.to.contain('999 030 0011');
    el.permit({ decision: 'given' });
    await settle(el);
    permissions.stop();
    expect(permissions.events.map((e) => e.detail.nhsNumber)).to.deep.equal([PATIENT.noLabel]);
    const step2 = api.requests.filter((r) => r.resource === 'Bundle').map((r) => r.url.searchParams.get('composition.subject:Patient.identifier'));
    expect(step2).to.deep.equal([`https://fhir.nhs.uk/Id/nhs-number|${PATIENT.noLabel}`]);
  });

  it('H16: clear() while the question is open: idle at once, no question, nothing more requested, permit() refused', async () => {
    const api = await useApi();
    const el = await mountApi(PATIENT.ask);
    await untilPermission(el);
    el.clear();
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('idle');
    expect(form(el) === null, 'no permission question on the card').to.be.true;
    expect(el.permit({ decision: 'given' })).to.be.false;
    await pause(300);
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference']);
  });

  it('H16: removal from the page while the question is open ends the view: permit() refused, no step 2, put back it starts afresh', async () => {
    const api = await useApi();
    const el = await mountApi(PATIENT.ask);
    await untilPermission(el);
    const parent = el.parentNode!;
    el.remove();
    await el.updateComplete;
    expect(el.permit({ decision: 'given' })).to.be.false;
    expect(form(el) === null, 'no permission question on the card').to.be.true;
    await pause(300);
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference']);
    parent.appendChild(el);
    await untilPermission(el);
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'GET DocumentReference']);
  });

  it('H16: a listener that switches patient inside scr-permission ends that view: its record is never requested', async () => {
    const api = await useApi();
    const el = await mountApi(PATIENT.ask);
    await untilPermission(el);
    document.addEventListener('scr-permission', () => (el.nhsNumber = PATIENT.noScr), { once: true });
    expect(el.permit({ decision: 'given' })).to.be.true;
    await settle(el, ['empty']);
    await pause(200);
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'GET DocumentReference']);
    expect(visibleText(el)).to.contain('No Summary Care Record exists for this patient');
  });

  for (const step of ['AuditEvent', 'Bundle'] as const) {
    it(`H16: switching patient while ${step === 'Bundle' ? 'step 2' : 'the alert POST'} is in flight never shows the previous patient’s record`, async () => {
      const api = await useApi(
        http.all(`*${API}/${step}`, async () => {
          await delay(400);
          return undefined;
        }),
      );
      const views = collect(['scr-view']);
      const el = await mountApi(PATIENT.emergency, { alerts: 'post', alertContext: ALERT_CONTEXT });
      await untilPermission(el);
      el.permit({ decision: 'emergency', note: 'Unconscious' });
      await pause(100);
      expect(el.getAttribute('state')).to.equal('loading');
      el.nhsNumber = PATIENT.noScr;
      await settle(el, ['empty']);
      await pause(700);
      views.stop();
      expect(el.getAttribute('state')).to.equal('empty');
      expect(visibleText(el)).not.to.contain('URGENT');
      expect(visibleText(el)).not.to.contain('Penicillin');
      expect(views.events).to.have.length(0);
      if (step === 'AuditEvent') expect(described(api.requests).filter((r) => r === 'GET Bundle')).to.have.length(0);
    });
  }
});

describe('H17: no override is offered to a patient who opted out', () => {
  it('H17: label "No" refuses with the opted-out message: no question, no override anywhere on the card, no step 2', async () => {
    const api = await useApi();
    const events = collect(['scr-error', 'scr-permission']);
    const el = await mountApi(PATIENT.optedOut, { alerts: 'post', alertContext: ALERT_CONTEXT });
    await settle(el);
    expect(el.getAttribute('state')).to.equal('error');
    expect(visibleText(el)).to.contain('The patient has opted out: they have chosen not to share their Summary Care Record (permission to view: No). It cannot be shown.');
    expect(form(el) === null, 'no permission question on the card').to.be.true;
    expect(buttons(el), 'no "Try again": asking again cannot change this').to.deep.equal([]);
    for (const decision of ['given', 'emergency', 'public-interest', 'statute', 'court-order'] as const) {
      expect(el.permit({ decision, note: 'override' }), decision).to.be.false;
    }
    await pause(200);
    events.stop();
    expect(events.events.map((e) => [e.type, (e.detail as ScrErrorDetail).kind])).to.deep.equal([['scr-error', 'refused']]);
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference']);
    for (const word of ['Emergency', 'Legal basis', 'OPTOUT']) expect(visibleText(el)).not.to.contain(word);
  });

  it('H17: an opted-out card offers no "Try again"; reload() asks step 1 again and still offers no override', async () => {
    const api = await useApi();
    const el = await mountApi(PATIENT.optedOut);
    await settle(el);
    expect(shadow(el).querySelector('button.retry'), 'retrying cannot change an opt-out').to.be.null;
    el.reload();
    await requestsReach(api, 2);
    await settle(el);
    expect(form(el) === null, 'no permission question on the card').to.be.true;
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'GET DocumentReference']);
  });

  it('H17: a repeated step 1 (after a stale step 2) that now says "No" refuses, even though permission was given', async () => {
    let calls = 0;
    const api = await useApi(
      http.get(`*${API}/DocumentReference`, () => {
        calls += 1;
        return HttpResponse.json(calls === 1 ? scrPointer(PATIENT.stale, 'OLD-ID', 'Ask') : scrPointer(PATIENT.stale, 'NEW-ID', 'No'));
      }),
    );
    const el = await mountAndAnswer(PATIENT.stale);
    expect(el.getAttribute('state')).to.equal('error');
    expect(visibleText(el)).to.contain('chosen not to share');
    expect(form(el) === null, 'no permission question on the card').to.be.true;
    expect(calls).to.equal(2);
    expect(api.requests.filter((r) => r.resource === 'Bundle').map((r) => r.url.searchParams.get('composition.identifier'))).to.deep.equal(['OLD-ID']);
  });
});

describe('H18: no override without its access alert', () => {
  for (const [what, options] of [
    ['without alertContext', { alerts: 'post' }],
    ['with an alertContext missing its session URID', { alerts: 'post', alertContext: { ...ALERT_CONTEXT, sessionUrid: '' } }],
    ['in bundle mode asking first (no API to post to)', { alerts: 'post', alertContext: ALERT_CONTEXT, source: 'bundle', permission: 'ask', endpoint: '/bundle-endpoint' }],
  ] as const) {
    it(`H18: alerts="post" ${what} is a configuration error shown before any request`, async () => {
      const api = await useApi();
      const events = collect(['scr-error', 'scr-permission']);
      const el = await mountApi(PATIENT.emergency, options);
      await settle(el);
      await pause(200);
      events.stop();
      expect(events.events.map((e) => [e.type, (e.detail as ScrErrorDetail).kind])).to.deep.equal([['scr-error', 'config']]);
      expect(visibleText(el)).to.contain('alerts="post"');
      expect(form(el) === null, 'no permission question on the card').to.be.true;
      expect(api.requests).to.have.length(0);
    });
  }

  for (const [relationship, decision, alert] of ALERT_TABLE.filter(([, , a]) => a)) {
    it(`H18: ${relationship} + ${decision} posts its alert (${alert}) once, accepted by the API, before step 2`, async () => {
      const api = await useApi();
      const sent = collect(['scr-alert']);
      const el = await mountApi(PATIENT.emergency, { relationship, alerts: 'post', alertContext: ALERT_CONTEXT });
      await untilPermission(el);
      await answerInForm(el, decision, decision === 'given' ? undefined : 'The reason');
      await settle(el);
      sent.stop();
      expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'POST AuditEvent', 'GET Bundle']);
      const body = api.requests[1].body as { type: { code: string }; subtype: { code: string }[] };
      expect(`${body.type.code}/${body.subtype[0].code}`).to.equal(alert);
      expect(sent.events.map((e) => e.detail)).to.deep.equal([{ sent: true }]);
      expect(alertWarning(el) === null, 'no unsent-alert warning').to.be.true;
    });
  }

  for (const [what, handler] of [
    ['rejected (HTTP 400)', undefined],
    ['unreachable (network error)', http.post(`*${API}/AuditEvent`, () => HttpResponse.error())],
    ['answered 200 instead of 201', http.post(`*${API}/AuditEvent`, () => new HttpResponse(null, { status: 200 }))],
  ] as const) {
    it(`H18: an alert ${what} does not block the record: it is shown under a visible warning that the alert was not sent and must be reported`, async () => {
      const api = await useApi(...(handler ? [handler] : []));
      const events = collect(['scr-alert', 'scr-view']);
      const el = await mountApi(PATIENT.alertFails, { alerts: 'post', alertContext: ALERT_CONTEXT, retries: 0 });
      await untilPermission(el);
      await answerInForm(el, 'emergency', 'Unconscious on arrival');
      await settle(el);
      events.stop();
      expect(el.getAttribute('state')).to.equal('loaded');
      expect(events.events.map((e) => e.type)).to.deep.equal(['scr-alert', 'scr-view']);
      expect((events.events[0].detail as ScrAlertDetail).sent).to.be.false;
      const warning = alertWarning(el)!;
      expect(warning.textContent).to.contain('The access alert was not sent');
      expect(warning.textContent).to.contain('This access must be reported to your Privacy Officer');
      // Above the record, where it cannot be missed.
      const record = shadow(el).querySelector('[part~="allergies"]')!;
      expect(warning.compareDocumentPosition(record) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(visibleText(el)).to.contain('Penicillin allergy');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('The access alert was not sent');
      expect(described(api.requests).slice(-1)).to.deep.equal(['GET Bundle']);
    });
  }

  it('H18: an alert that never answers is given up at the time-out, and the record follows under the warning', async function () {
    this.timeout(8000);
    await useApi(http.post(`*${API}/AuditEvent`, () => delay('infinite')));
    const el = await mountApi(PATIENT.alertFails, { alerts: 'post', alertContext: ALERT_CONTEXT, timeout: 800 });
    await untilPermission(el);
    el.permit({ decision: 'emergency', note: 'Unconscious' });
    await settle(el, ['loaded', 'error'], 5000);
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(alertWarning(el) !== null, 'the unsent-alert warning is shown').to.be.true;
  });

  it('H18: when the record then fails too, the warning that the alert was not sent stays on the card', async () => {
    await useApi(
      http.post(`*${API}/AuditEvent`, () => HttpResponse.json({ resourceType: 'OperationOutcome', issue: [] }, { status: 400 })),
      http.get(`*${API}/Bundle`, () => HttpResponse.json({ resourceType: 'OperationOutcome', issue: [] }, { status: 500 })),
    );
    const el = await mountApi(PATIENT.emergency, { alerts: 'post', alertContext: ALERT_CONTEXT, retries: 0 });
    await untilPermission(el);
    el.permit({ decision: 'emergency', note: 'Unconscious' });
    await settle(el);
    expect(el.getAttribute('state')).to.equal('error');
    expect(alertWarning(el) !== null, 'the unsent-alert warning is shown').to.be.true;
  });
});

describe('H19: a stale or empty second step is never read as "no data"', () => {
  it('H19: step 2 total 0 asks step 1 again; its new id is fetched and shown, without asking again (label unchanged)', async () => {
    const api = await useApi();
    const permissions = collect(['scr-permission']);
    const el = await mountAndAnswer(PATIENT.changed);
    permissions.stop();
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'GET Bundle', 'GET DocumentReference', 'GET Bundle']);
    const ids = api.requests.filter((r) => r.resource === 'Bundle').map((r) => r.url.searchParams.get('composition.identifier'));
    expect(ids).to.deep.equal(['5B1E0C0A-6A61-4D4E-9B5C-1A2B3C4D5E6F', '5B1E0C0A-6A61-4D4E-9B5C-1A2B3C4D5E70']);
    expect(permissions.events).to.have.length(1);
    expect(new Set(api.requests.map((r) => r.headers.get('X-Correlation-ID'))).size).to.equal(1);
  });

  it('H19: step 2 total 0 and the same id from step 1 again: record-changed, never empty', async () => {
    const api = await useApi();
    const events = collect(['scr-error', 'scr-load']);
    const el = await mountAndAnswer(PATIENT.stale);
    events.stop();
    expect(el.getAttribute('state')).to.equal('error');
    expect(events.events.map((e) => [e.type, (e.detail as ScrErrorDetail).kind])).to.deep.equal([['scr-error', 'record-changed']]);
    expect(visibleText(el)).to.contain('The Summary Care Record could not be retrieved: the record changed while it was being read');
    expect(visibleText(el)).not.to.contain('Allergies unavailable');
    expect(visibleText(el)).not.to.contain('No Summary Care Record');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'GET Bundle', 'GET DocumentReference']);
  });

  it('H19: step 2 total 0 again for the new id: record-changed, never empty', async () => {
    let calls = 0;
    const api = await useApi(
      http.get(`*${API}/DocumentReference`, () => HttpResponse.json(scrPointer(PATIENT.stale, `ID-${(calls += 1)}`, 'Ask'))),
    );
    const el = await mountAndAnswer(PATIENT.stale);
    expect(el.getAttribute('state')).to.equal('error');
    expect(el.shadowRoot!.querySelector('.error-kind code')!.textContent).to.equal('record-changed');
    expect(api.requests.filter((r) => r.resource === 'Bundle').map((r) => r.url.searchParams.get('composition.identifier'))).to.deep.equal(['ID-1', 'ID-2']);
  });

  it('H19: step 1 repeated finds no SCR at all: record-changed, never "no SCR exists"', async () => {
    let calls = 0;
    await useApi(
      http.get(`*${API}/DocumentReference`, () =>
        HttpResponse.json((calls += 1) === 1 ? scrPointer(PATIENT.stale, 'ID-1', 'Ask') : { resourceType: 'Bundle', type: 'searchset', total: 0 }),
      ),
    );
    const el = await mountAndAnswer(PATIENT.stale);
    expect(el.getAttribute('state')).to.equal('error');
    expect(el.shadowRoot!.querySelector('.error-kind code')!.textContent).to.equal('record-changed');
  });

  it('H19: a changed label on the repeated step 1 asks the question again before the new record is fetched', async () => {
    let calls = 0;
    const api = await useApi(
      http.get(`*${API}/DocumentReference`, () =>
        HttpResponse.json((calls += 1) === 1 ? scrPointer(PATIENT.changed, '5B1E0C0A-6A61-4D4E-9B5C-1A2B3C4D5E6F') : scrPointer(PATIENT.changed, '5B1E0C0A-6A61-4D4E-9B5C-1A2B3C4D5E70', 'Ask')),
      ),
    );
    const permissions = collect(['scr-permission']);
    const el = await mountApi(PATIENT.changed);
    await untilPermission(el);
    el.permit({ decision: 'given' });
    await waitUntil(() => calls === 2, 'step 1 was not asked again');
    await untilPermission(el);
    await pause(200);
    expect(described(api.requests)).to.deep.equal(['GET Bundle']);
    expect(calls).to.equal(2);
    el.permit({ decision: 'given' });
    await settle(el);
    permissions.stop();
    expect(permissions.events.map((e) => e.detail.label)).to.deep.equal(['none', 'ask']);
    expect(el.getAttribute('state')).to.equal('loaded');
  });
});

describe('H20: a refusal is not read as the patient’s choice', () => {
  for (const status of [403, 420]) {
    it(`H20: HTTP ${status} at step 1 says access was refused (not necessarily the patient’s choice), keeps the service’s text, and offers no question or override`, async () => {
      const api = await useApi(
        http.get(`*${API}/DocumentReference`, () =>
          HttpResponse.json(
            { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden', diagnostics: 'Code: 420, Display: [PSIS-30418] - ACF does not permit access' }] },
            { status },
          ),
        ),
      );
      const events = collect(['scr-error']);
      const el = await mountApi(PATIENT.ask);
      await settle(el);
      events.stop();
      const detail = events.events[0].detail as ScrErrorDetail;
      expect(detail).to.include({ kind: 'refused', status });
      const text = visibleText(el);
      expect(text).to.contain('The Summary Care Record service says access was refused. This is not necessarily the patient’s choice');
      expect(text).not.to.contain('chosen not to share');
      expect(text).not.to.contain('may not have given permission');
      expect(el.shadowRoot!.querySelector('.diagnostics')!.textContent).to.contain('[PSIS-30418] - ACF does not permit access');
      expect(detail.message).to.contain('[PSIS-30418] - ACF does not permit access');
      expect(form(el) === null, 'no permission question on the card').to.be.true;
      expect(buttons(el), 'no "Try again": asking again cannot change this').to.deep.equal([]);
      expect(api.requests).to.have.length(0);
    });
  }

  it('H20: a 403 at step 2 is the same refusal, never an empty record', async () => {
    await useApi();
    const el = await mountAndAnswer(PATIENT.refusedAtStep2);
    expect(el.getAttribute('state')).to.equal('error');
    expect(visibleText(el)).to.contain('This is not necessarily the patient’s choice');
    expect(visibleText(el)).not.to.contain('Allergies unavailable');
  });

  it('H20: the sandbox’s refusal of an unknown number says access was refused, with its details for IT staff', async () => {
    await useApi();
    const el = await mountApi(PATIENT.unknown);
    await settle(el);
    expect(visibleText(el)).to.contain('The Summary Care Record service says access was refused');
    expect(technicalText(el)).to.contain('PSIS-30418');
    expect(visibleText(el)).not.to.contain('PSIS-30418');
  });
});
