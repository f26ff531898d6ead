/**
 * The "NHS SCR API" demo group: one fictional patient per behaviour of the API's sandbox
 * (../shared/docs/scr-api.md, "Sandbox behaviour") and per variant the widget must handle.
 * `apiPatients` is what the mock API (./scr-api.ts) answers for each NHS number; the
 * scenarios are what the demo page lists and what test/element/scr-api-demo.test.ts walks
 * through, answering the permission question as `answer` says.
 *
 * No DOM, no side effects: safe to import from tests and from the service-worker setup.
 */
import {
  alertRejected,
  apiBadRequest,
  apiRecord,
  apiRefused,
  apiUnavailable,
  SANDBOX_NHS_NUMBER,
  SANDBOX_SCR_ID,
} from '../records/scr-api.js';
import type { FhirJson } from '../records/types.js';

/** The mock API's base path; the demo's endpoint in `scr-api` mode. */
export const SCR_API_PATH = '/summary-care-record/FHIR/R4';

/** Who the demo's access alerts name (fictional). */
export const DEMO_ALERT_CONTEXT = { odsCode: 'Z99901', userId: '999000000101', role: 'General Medical Practitioner', sessionUrid: '999000000102' };

/** What the mock API answers for one NHS number. */
export interface ApiPatient {
  nhsNumber: string;
  /** Step 1: the SCR ids served in turn (cycling, so the demo can repeat a view), and the label. Absent: no SCR (`total: 0`). */
  pointer?: { ids: string[]; label?: string };
  /** Step 1 answers this instead; `odd`: only on the 1st, 3rd, … call (a brief outage a retry gets past). */
  step1Error?: { status: number; body: FhirJson; odd?: boolean };
  /** Step 2: the ids it recognises as the latest SCR (any other gives `total: 0`), and the record. */
  record?: { ids: string[]; body: FhirJson };
  step2Error?: { status: number; body: FhirJson };
  /** The alert POST's answer when the alert itself is valid (default 201). */
  alert?: { status: number; body?: FhirJson };
}

const CHANGED_FIRST = '5B1E0C0A-6A61-4D4E-9B5C-1A2B3C4D5E6F';
const CHANGED_LATEST = '5B1E0C0A-6A61-4D4E-9B5C-1A2B3C4D5E70';

export const apiPatients: readonly ApiPatient[] = [
  // The sandbox's own test patient: label "Yes" (legacy, asked like "Ask").
  { nhsNumber: SANDBOX_NHS_NUMBER, pointer: { ids: [SANDBOX_SCR_ID], label: 'Yes' }, record: { ids: [SANDBOX_SCR_ID], body: apiRecord(SANDBOX_NHS_NUMBER, 'SANDBOX', 'Sam', 1) } },
  // The spec's "no SCR" number: 200, total 0.
  { nhsNumber: '9000000033' },
  { nhsNumber: '9990300011', pointer: { ids: ['A6C1D5E2-0B3F-4C7A-9E11-7D2F5A8B3C01'], label: 'Ask' }, record: { ids: ['A6C1D5E2-0B3F-4C7A-9E11-7D2F5A8B3C01'], body: apiRecord('9990300011', 'ASKWITH', 'Nora', 2) } },
  { nhsNumber: '9990300038', pointer: { ids: ['C2A7E9F0-1D4B-4E8C-8A22-6B3E9F1A2D02'] }, record: { ids: ['C2A7E9F0-1D4B-4E8C-8A22-6B3E9F1A2D02'], body: apiRecord('9990300038', 'LABELLESS', 'Ivor', 3) } },
  { nhsNumber: '9990300046', pointer: { ids: ['D3B8FA01-2E5C-4F9D-9B33-5C4FA02B3E03'], label: 'No' }, record: { ids: ['D3B8FA01-2E5C-4F9D-9B33-5C4FA02B3E03'], body: apiRecord('9990300046', 'OPTOUT', 'Mae', 4) } },
  { nhsNumber: '9990300054', pointer: { ids: ['E4C90B12-3F6D-4A0E-8C44-4D50B13C4F04'], label: 'Ask' }, record: { ids: [], body: apiRecord('9990300054', 'STALEY', 'Ron', 5) } },
  { nhsNumber: '9990300062', pointer: { ids: [CHANGED_FIRST, CHANGED_LATEST], label: 'Ask' }, record: { ids: [CHANGED_LATEST], body: apiRecord('9990300062', 'NEWLEY', 'Ada', 6) } },
  { nhsNumber: '9990300070', step1Error: { status: 400, body: apiBadRequest("Invalid value - the 'patient' parameter was not accepted by the service") } },
  { nhsNumber: '9990300089', step1Error: { status: 503, body: apiUnavailable, odd: true }, pointer: { ids: ['F5DA1C23-4A7E-4B1F-9D55-3E61C24D5A05'], label: 'Ask' }, record: { ids: ['F5DA1C23-4A7E-4B1F-9D55-3E61C24D5A05'], body: apiRecord('9990300089', 'FLAKEY', 'Tom', 7) } },
  { nhsNumber: '9990300097', step1Error: { status: 503, body: apiUnavailable } },
  { nhsNumber: '9990300100', pointer: { ids: ['06EB2D34-5B8F-4C20-8E66-2F72D35E6B06'], label: 'Ask' }, record: { ids: ['06EB2D34-5B8F-4C20-8E66-2F72D35E6B06'], body: apiRecord('9990300100', 'URGENT', 'Lee', 8) } },
  { nhsNumber: '9990300119', pointer: { ids: ['17FC3E45-6C90-4D31-9F77-1A83E46F7C07'], label: 'Ask' }, record: { ids: ['17FC3E45-6C90-4D31-9F77-1A83E46F7C07'], body: apiRecord('9990300119', 'UNALERTED', 'Kit', 9) }, alert: { status: 400, body: alertRejected } },
  { nhsNumber: '9990300127', pointer: { ids: ['280D4F56-7DA1-4E42-8A88-0B94F5708D08'], label: 'Ask' }, record: { ids: ['280D4F56-7DA1-4E42-8A88-0B94F5708D08'], body: apiRecord('9990300127', 'SELFCLAIM', 'Jo', 10) } },
  { nhsNumber: '9990300135', pointer: { ids: ['391E5067-8EB2-4F53-9B99-FA05061A9E09'], label: 'Ask' }, step2Error: { status: 403, body: apiRefused } },
];

/** Any number the mock API does not list is refused, as the sandbox refuses every number but its own. */
export const findApiPatient = (nhsNumber: string) => apiPatients.find((p) => p.nhsNumber === nhsNumber);

export interface ScrApiScenario {
  id: string;
  nhsNumber: string;
  label: string;
  description: string;
  /** Settings the demo puts on the widget for this scenario (besides `source="scr-api"` and the mock's base URL). */
  settings?: { source?: 'bundle'; permission?: 'ask'; relationship?: 'self-claimed'; alerts?: 'post' };
  /** How the walkthrough answers the permission question; absent when no question is asked. */
  answer?: { decision: 'given' | 'declined' | 'emergency' | 'public-interest' | 'statute' | 'court-order'; note?: string };
  expected: {
    state: 'loaded' | 'empty' | 'error';
    errorKind?: string;
    /** The requests made, in order: `GET DocumentReference`, `GET Bundle`, `POST AuditEvent` (`GET scr` in bundle mode). */
    requests: string[];
    /** Words on the card at the end. */
    shows: string[];
  };
}

const EMERGENCY = { decision: 'emergency', note: 'Unconscious on arrival; allergies needed before treatment.' } as const;
const DR = 'GET DocumentReference';
const BUNDLE = 'GET Bundle';
const ALERT = 'POST AuditEvent';

export const scrApiScenarios: readonly ScrApiScenario[] = [
  {
    id: 'api-sandbox',
    nhsNumber: SANDBOX_NHS_NUMBER,
    label: 'Sandbox patient: permission "Yes" (read as "Ask")',
    description: 'The sandbox’s test patient. The pointer’s legacy "Yes" label is asked about like "Ask"; answer that the patient gave permission and the record is fetched.',
    answer: { decision: 'given' },
    expected: { state: 'loaded', requests: [DR, BUNDLE], shows: ['Penicillin allergy', '900 000 0009'] },
  },
  {
    id: 'api-ask',
    nhsNumber: '9990300011',
    label: 'Permission "Ask"',
    description: 'The question is asked; nothing more is requested until it is answered.',
    answer: { decision: 'given' },
    expected: { state: 'loaded', requests: [DR, BUNDLE], shows: ['Penicillin allergy'] },
  },
  {
    id: 'api-no-label',
    nhsNumber: '9990300038',
    label: 'No permission label',
    description: 'The pointer states no permission: the widget asks, as the service itself does when Spine sends none.',
    answer: { decision: 'given' },
    expected: { state: 'loaded', requests: [DR, BUNDLE], shows: ['Penicillin allergy'] },
  },
  {
    id: 'api-declined',
    nhsNumber: '9990300011',
    label: 'Permission declined',
    description: 'The patient says no: the record is not fetched and the card says it was not viewed.',
    answer: { decision: 'declined' },
    expected: { state: 'error', errorKind: 'permission-declined', requests: [DR], shows: ['the record was not viewed'] },
  },
  {
    id: 'api-opted-out',
    nhsNumber: '9990300046',
    label: 'Opted out (permission "No")',
    description: 'The patient has opted out: no question, no override, no record request.',
    expected: { state: 'error', errorKind: 'refused', requests: [DR], shows: ['The patient has opted out', 'chosen not to share their Summary Care Record'] },
  },
  {
    id: 'api-no-scr',
    nhsNumber: '9000000033',
    label: 'No SCR for this patient',
    description: 'Step 1 finds no SCR (total 0): "no Summary Care Record exists", allergies unavailable, never "no known allergies".',
    expected: { state: 'empty', requests: [DR], shows: ['No Summary Care Record exists for this patient', 'Allergies unavailable'] },
  },
  {
    id: 'api-refused',
    nhsNumber: '9990300003',
    label: 'Access refused (HTTP 403)',
    description: 'Any number the sandbox does not know is refused with a 403: "access was refused" (not necessarily the patient’s choice), with the service’s own words for IT staff.',
    expected: { state: 'error', errorKind: 'refused', requests: [DR], shows: ['access was refused', 'Take allergy and medicine information from the patient and other records'] },
  },
  {
    id: 'api-refused-step-2',
    nhsNumber: '9990300135',
    label: 'Refused at step 2 (HTTP 403)',
    description: 'The pointer is read and permission given, but the record request is refused.',
    answer: { decision: 'given' },
    expected: { state: 'error', errorKind: 'refused', requests: [DR, BUNDLE], shows: ['access was refused'] },
  },
  {
    id: 'api-stale-id',
    nhsNumber: '9990300054',
    label: 'Record changed, still stale',
    description: 'Step 2 answers total 0 for the pointer’s id, and step 1 gives the same id again: "the record changed or could not be retrieved", never "no record".',
    answer: { decision: 'given' },
    expected: { state: 'error', errorKind: 'record-changed', requests: [DR, BUNDLE, DR], shows: ['the record changed while it was being read'] },
  },
  {
    id: 'api-changed-id',
    nhsNumber: '9990300062',
    label: 'Record changed between the steps',
    description: 'Step 2 answers total 0; step 1, asked once more, gives a new id, whose record is then shown (the label is unchanged, so the question is not asked again).',
    answer: { decision: 'given' },
    expected: { state: 'loaded', requests: [DR, BUNDLE, DR, BUNDLE], shows: ['Penicillin allergy'] },
  },
  {
    id: 'api-bad-request',
    nhsNumber: '9990300070',
    label: 'Bad request (HTTP 400)',
    description: 'The service rejects the request; its own explanation is shown for IT staff.',
    expected: { state: 'error', errorKind: 'http', requests: [DR], shows: ['The record service could not provide the record'] },
  },
  {
    id: 'api-flaky',
    nhsNumber: '9990300089',
    label: 'Brief outage (HTTP 503, then answers)',
    description: 'Step 1 fails once with 503 and is retried automatically with the same X-Request-ID.',
    answer: { decision: 'given' },
    expected: { state: 'loaded', requests: [DR, DR, BUNDLE], shows: ['Penicillin allergy'] },
  },
  {
    id: 'api-unavailable',
    nhsNumber: '9990300097',
    label: 'Service unavailable (HTTP 503)',
    description: 'Step 1 keeps failing: after the automatic retries, an error, never an empty record.',
    expected: { state: 'error', errorKind: 'http', requests: [DR, DR, DR], shows: ['The record service had a problem', 'Try again'] },
  },
  {
    id: 'api-emergency',
    nhsNumber: '9990300100',
    label: 'Emergency access, alert sent by the widget',
    description: 'alerts="post": answer "Emergency" with a reason; the widget POSTs the access alert (type 2, reason 5) before fetching the record.',
    settings: { alerts: 'post' },
    answer: EMERGENCY,
    expected: { state: 'loaded', requests: [DR, ALERT, BUNDLE], shows: ['Penicillin allergy'] },
  },
  {
    id: 'api-alert-fails',
    nhsNumber: '9990300119',
    label: 'Emergency access, alert not sent',
    description: 'The alert POST is rejected: the record is still shown (an emergency must not wait on a privacy alert), under a warning to report the access.',
    settings: { alerts: 'post' },
    answer: EMERGENCY,
    expected: { state: 'loaded', requests: [DR, ALERT, BUNDLE], shows: ['The access alert was not sent', 'This access must be reported to your Privacy Officer', 'Penicillin allergy'] },
  },
  {
    id: 'api-self-claimed',
    nhsNumber: '9990300127',
    label: 'Self-claimed relationship',
    description: 'relationship="self-claimed", alerts="post": even with the patient’s permission the widget sends an alert (type 1, reason 6).',
    settings: { relationship: 'self-claimed', alerts: 'post' },
    answer: { decision: 'given' },
    expected: { state: 'loaded', requests: [DR, ALERT, BUNDLE], shows: ['Penicillin allergy'] },
  },
  {
    id: 'bundle-ask-first',
    nhsNumber: '9434765919',
    label: 'Bundle endpoint, asking first (permission="ask")',
    description: 'An ordinary record endpoint (source="bundle") with permission="ask": the same question before its single request.',
    settings: { source: 'bundle', permission: 'ask' },
    answer: { decision: 'given' },
    expected: { state: 'loaded', requests: ['GET scr'], shows: ['Penicillin allergy'] },
  },
];
