/**
 * src/data/scr-api.ts, table by table: the settings, the three URLs, the reading of step 1's
 * answer and of a stale step 2, the permission→alert table, and the AuditEvent body.
 */
import { expect } from '@open-wc/testing';
import {
  ALERT_REASON_DISPLAY,
  alertFor,
  alertUrl,
  apiBase,
  buildAuditEvent,
  completeAlertContext,
  DECISIONS,
  isStaleRecordAnswer,
  pointerUrl,
  readFlowSettings,
  readPointer,
  recordedTime,
  recordUrl,
  uuidV4,
  type Decision,
  type FlowSettingsInput,
  type Relationship,
} from '../../src/data/scr-api.js';
import { scrPointer } from '../../demo/records/scr-api.js';

const NHS = '9000000009';
const ID = 'FA60BE64-1F34-11EB-A2A8-000C29A364EB';
const CONTEXT = { odsCode: 'Z99901', userId: '999000000101', role: 'General Medical Practitioner', sessionUrid: '999000000102' };
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
type Json = Record<string, unknown>;

describe('scr-api: settings', () => {
  const table: [string, FlowSettingsInput, ReturnType<typeof readFlowSettings>][] = [
    ['nothing set: bundle, legitimate, event, no question', {}, { ok: true, settings: { source: 'bundle', relationship: 'legitimate', alerts: 'event', ask: false } }],
    ['blank values are the defaults', { source: ' ', relationship: '' }, { ok: true, settings: { source: 'bundle', relationship: 'legitimate', alerts: 'event', ask: false } }],
    ['scr-api, self-claimed', { source: 'scr-api', relationship: 'self-claimed' }, { ok: true, settings: { source: 'scr-api', relationship: 'self-claimed', alerts: 'event', ask: false } }],
    ['bundle asking first', { permission: 'ask' }, { ok: true, settings: { source: 'bundle', relationship: 'legitimate', alerts: 'event', ask: true } }],
    ['post with a complete context', { source: 'scr-api', alerts: 'post', alertContext: CONTEXT }, { ok: true, settings: { source: 'scr-api', relationship: 'legitimate', alerts: 'post', ask: false, alertContext: CONTEXT } }],
    ['post in bundle mode without a question: nothing to alert, no problem', { alerts: 'post' }, { ok: true, settings: { source: 'bundle', relationship: 'legitimate', alerts: 'post', ask: false } }],
    ['an unknown source is refused', { source: 'api' }, { ok: false, problem: 'source' }],
    ['a misspelt relationship is refused, never read as legitimate', { relationship: 'self-claim' }, { ok: false, problem: 'relationship' }],
    ['an unknown alerts value is refused', { alerts: 'both' }, { ok: false, problem: 'alerts' }],
    ['an unknown permission value is refused', { permission: 'never' }, { ok: false, problem: 'permission' }],
    ['post without a context', { source: 'scr-api', alerts: 'post' }, { ok: false, problem: 'alertContext' }],
    ['post with a blank field', { source: 'scr-api', alerts: 'post', alertContext: { ...CONTEXT, sessionUrid: ' ' } }, { ok: false, problem: 'alertContext' }],
    ['post with a missing field', { source: 'scr-api', alerts: 'post', alertContext: { odsCode: 'Z', userId: 'U', role: 'R' } }, { ok: false, problem: 'alertContext' }],
    ['post in bundle mode asking first: no API to post to', { alerts: 'post', permission: 'ask', alertContext: CONTEXT }, { ok: false, problem: 'alerts' }],
  ];
  for (const [what, input, expected] of table) {
    it(what, () => expect(readFlowSettings(input)).to.deep.equal(expected));
  }

  it('an alert context keeps its four fields, trimmed, and nothing else', () => {
    expect(completeAlertContext({ ...CONTEXT, odsCode: ' Z99901 ', extra: 'x' })).to.deep.equal(CONTEXT);
    expect(completeAlertContext('Z99901')).to.equal(undefined);
    expect(completeAlertContext({ ...CONTEXT, role: 7 })).to.equal(undefined);
  });
});

describe('scr-api: URLs', () => {
  const table: [string, string][] = [
    ['https://sandbox.api.service.nhs.uk/summary-care-record/FHIR/R4', 'https://sandbox.api.service.nhs.uk/summary-care-record/FHIR/R4'],
    ['https://sandbox.api.service.nhs.uk/summary-care-record/FHIR/R4/', 'https://sandbox.api.service.nhs.uk/summary-care-record/FHIR/R4'],
    ['/proxy/scr//', 'https://host.example/proxy/scr'],
    ['proxy/scr', 'https://host.example/app/proxy/scr'],
  ];
  for (const [endpoint, base] of table) {
    it(`the base of ${endpoint} is ${base}`, () => expect(apiBase(endpoint, 'https://host.example/app/page')).to.equal(base));
  }

  it('step 1 asks for the latest SCR pointer with exactly the parameters the API accepts, values encoded', () => {
    const url = new URL(pointerUrl('https://x.example/R4', NHS));
    expect(url.pathname).to.equal('/R4/DocumentReference');
    expect([...url.searchParams]).to.deep.equal([
      ['patient', 'https://fhir.nhs.uk/Id/nhs-number|9000000009'],
      ['type', 'http://snomed.info/sct|196981000000101'],
      ['_sort', 'date'],
      ['_count', '1'],
    ]);
    expect(url.search).to.contain('patient=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C9000000009');
  });

  it('step 2 asks for the record by the id exactly as given (case kept) and the patient', () => {
    const url = new URL(recordUrl('https://x.example/R4', 'fa60BE64-x', NHS));
    expect(url.pathname).to.equal('/R4/Bundle');
    expect([...url.searchParams]).to.deep.equal([
      ['composition.identifier', 'fa60BE64-x'],
      ['composition.subject:Patient.identifier', 'https://fhir.nhs.uk/Id/nhs-number|9000000009'],
    ]);
  });

  it('an id with reserved characters is encoded, not cut', () => {
    const url = new URL(recordUrl('https://x.example/R4', 'a&b=c d', NHS));
    expect(url.searchParams.get('composition.identifier')).to.equal('a&b=c d');
  });

  it('the alert goes to {base}/AuditEvent', () => expect(alertUrl('https://x.example/R4')).to.equal('https://x.example/R4/AuditEvent'));

  it('request ids are version 4 UUIDs, different each time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => uuidV4()));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(UUID_V4);
    expect(uuidV4((b) => b.fill(0))).to.equal('00000000-0000-4000-8000-000000000000');
    expect(uuidV4((b) => b.fill(255))).to.equal('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});

describe('scr-api: reading step 1', () => {
  const withLabel = (codes: string[]): Json => {
    const b = scrPointer(NHS, ID) as Json;
    const entry = (b.entry as Json[])[0].resource as Json;
    entry.securityLabel = codes.map((code) => ({ coding: [{ system: 'https://fhir.nhs.uk/CodeSystem/SCR-ACSPermission', code }] }));
    return b;
  };
  const table: [string, unknown, ReturnType<typeof readPointer>['kind'], Json?][] = [
    ['label Yes (legacy)', scrPointer(NHS, ID, 'Yes'), 'pointer', { recordId: ID, label: 'yes' }],
    ['label Ask', scrPointer(NHS, ID, 'Ask'), 'pointer', { recordId: ID, label: 'ask' }],
    ['label No', scrPointer(NHS, ID, 'No'), 'pointer', { recordId: ID, label: 'no' }],
    ['no label', scrPointer(NHS, ID), 'pointer', { recordId: ID, label: 'none' }],
    ['an unknown label code is no label: asked', withLabel(['Maybe']), 'pointer', { recordId: ID, label: 'none' }],
    ['lower-case codes', withLabel(['ask']), 'pointer', { recordId: ID, label: 'ask' }],
    ['"No" beside "Ask": the strictest wins', withLabel(['Ask', 'No']), 'pointer', { recordId: ID, label: 'no' }],
    ['a mixed-case id is kept exactly', scrPointer(NHS, 'Fa60be64-1F34-11eb', 'Ask'), 'pointer', { recordId: 'Fa60be64-1F34-11eb', label: 'ask' }],
    ['total 0, no entries: no SCR', { resourceType: 'Bundle', type: 'searchset', total: 0 }, 'none'],
    ['no entries and no total: unreadable, not "no SCR"', { resourceType: 'Bundle', type: 'searchset' }, 'unreadable'],
    ['total 0 beside a pointer: contradictory, unreadable', { ...scrPointer(NHS, ID, 'Ask'), total: 0 }, 'unreadable'],
    ['a Patient but no pointer: unreadable', { resourceType: 'Bundle', total: 1, entry: [{ resource: { resourceType: 'Patient' } }] }, 'unreadable'],
    ['a pointer with no id: unreadable', { resourceType: 'Bundle', total: 1, entry: [{ resource: { resourceType: 'DocumentReference' } }] }, 'unreadable'],
    ['two pointers with different ids: unreadable', { resourceType: 'Bundle', total: 2, entry: [
      { resource: { resourceType: 'DocumentReference', masterIdentifier: { value: 'a' } } },
      { resource: { resourceType: 'DocumentReference', masterIdentifier: { value: 'b' } } },
    ] }, 'unreadable'],
    ['not FHIR', 'hello', 'unreadable'],
    ['a resource that is not a Bundle', { resourceType: 'Patient' }, 'unreadable'],
  ];
  for (const [what, body, kind, fields] of table) {
    it(`${what}: ${kind}`, () => {
      const answer = readPointer(body, NHS);
      expect(answer.kind).to.equal(kind);
      if (fields) expect(answer).to.deep.include(fields);
    });
  }

  it('a pointer whose Patient states another NHS number is a patient-mismatch, never a pointer', () => {
    const answer = readPointer(scrPointer('9990300011', ID, 'Ask'), NHS);
    expect(answer.kind).to.equal('failed');
    if (answer.kind === 'failed') expect(answer.failure.kind).to.equal('patient-mismatch');
  });

  it('an OperationOutcome sent with 200 is read as the failure it reports', () => {
    const answer = readPointer({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden', diagnostics: 'no' }] }, NHS);
    expect(answer.kind).to.equal('failed');
    if (answer.kind === 'failed') expect(answer.failure).to.include({ kind: 'refused', diagnostics: 'no' });
  });

  const staleTable: [string, unknown, boolean][] = [
    ['total 0, no entries', { resourceType: 'Bundle', type: 'searchset', total: 0 }, true],
    ['total 0 with an entry', { resourceType: 'Bundle', total: 0, entry: [{ resource: { resourceType: 'Composition' } }] }, false],
    ['a record', { resourceType: 'Bundle', total: 1, entry: [{ resource: { resourceType: 'Composition' } }] }, false],
    ['no total', { resourceType: 'Bundle' }, false],
    ['an OperationOutcome', { resourceType: 'OperationOutcome' }, false],
  ];
  for (const [what, body, stale] of staleTable) {
    it(`step 2 answering ${what} is ${stale ? '' : 'not '}stale`, () => expect(isStaleRecordAnswer(body)).to.equal(stale));
  }
});

describe('scr-api: the alert each decision raises', () => {
  const table: [Relationship, Decision, [string, string] | undefined][] = [
    ['legitimate', 'given', undefined],
    ['legitimate', 'declined', undefined],
    ['legitimate', 'emergency', ['2', '5']],
    ['legitimate', 'public-interest', ['2', '1']],
    ['legitimate', 'statute', ['2', '2']],
    ['legitimate', 'court-order', ['2', '3']],
    ['self-claimed', 'given', ['1', '6']],
    ['self-claimed', 'declined', undefined],
    ['self-claimed', 'emergency', ['1', '4']],
    ['self-claimed', 'public-interest', ['1', '1']],
    ['self-claimed', 'statute', ['1', '2']],
    ['self-claimed', 'court-order', ['1', '3']],
  ];
  for (const [relationship, decision, expected] of table) {
    it(`${relationship} + ${decision}: ${expected ? `type ${expected[0]} reason ${expected[1]}` : 'no alert'}`, () => {
      const alert = alertFor(relationship, decision);
      if (!expected) return expect(alert).to.equal(undefined);
      expect(alert).to.deep.equal({ type: expected[0], reason: expected[1], display: ALERT_REASON_DISPLAY[expected[1] as '1'] });
    });
  }

  it('no decision ever gives a combination the API rejects (1/5, 2/4, 2/6)', () => {
    for (const relationship of ['legitimate', 'self-claimed'] as const) {
      for (const decision of DECISIONS) {
        const alert = alertFor(relationship, decision);
        if (alert) expect(['1/5', '2/4', '2/6']).not.to.include(`${alert.type}/${alert.reason}`);
      }
    }
  });
});

describe('scr-api: the AuditEvent', () => {
  const event = () =>
    buildAuditEvent({
      id: '11111111-2222-4333-8444-555555555555',
      alert: alertFor('legitimate', 'emergency')!,
      nhsNumber: NHS,
      recordId: ID,
      note: '  Unconscious on arrival  ',
      context: CONTEXT,
      recorded: new Date('2026-11-21T09:12:00.123Z'),
    });

  it('has the example’s shape: extension, type, subtype, recorded, reason, three agents, observer, entity', () => {
    expect(event()).to.deep.equal({
      resourceType: 'AuditEvent',
      id: '11111111-2222-4333-8444-555555555555',
      extension: [{ url: 'https://fhir.nhs.uk/StructureDefinition/Extension-SCR-NotificationMessage', valueString: `Alert: Permission to view override ${ID}` }],
      type: { system: 'https://fhir.nhs.uk/CodeSystem/SCR-AlertType', code: '2', display: 'Access Alert' },
      subtype: [{ system: 'https://fhir.nhs.uk/CodeSystem/SCR-AlertReason', code: '5', display: 'Access made in an emergency' }],
      outcomeDesc: 'Unconscious on arrival',
      recorded: '2026-11-21T09:12:00+00:00',
      agent: [
        { who: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: NHS } }, requestor: false },
        { who: { identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'Z99901' } }, requestor: false },
        { who: { identifier: { system: 'https://fhir.nhs.uk/Id/sds-user-id', value: '999000000101' } }, role: [{ text: 'General Medical Practitioner' }], requestor: false },
      ],
      source: { observer: { identifier: { system: 'https://fhir.nhs.uk/Id/nhsSpineASID' } } },
      entity: [{ what: { identifier: { value: ID } } }],
    });
  });

  it('a self-claimed relationship is named in the notification; no note means no outcomeDesc', () => {
    const e = buildAuditEvent({ id: 'x', alert: alertFor('self-claimed', 'given')!, nhsNumber: NHS, recordId: ID, context: CONTEXT, recorded: new Date(0) });
    expect((e.extension as Json[])[0].valueString).to.equal(`Alert: Legitimate relationship self-claimed ${ID}`);
    expect(e.type).to.deep.equal({ system: 'https://fhir.nhs.uk/CodeSystem/SCR-AlertType', code: '1', display: 'Create LR (Self Claimed)' });
    expect(e).not.to.have.property('outcomeDesc');
  });

  it('the time is UTC in the example’s form', () => expect(recordedTime(new Date('2020-11-13T00:00:00Z'))).to.equal('2020-11-13T00:00:00+00:00'));
});
