/**
 * The NHS Summary Care Record FHIR API (`source="scr-api"`; facts and their sources in
 * ../shared/docs/scr-api.md): the URLs of its two read steps and of its access alert, the
 * alert's body, and the reading of its answers into facts. Pure: nothing here fetches or
 * waits. The order of the steps, and the wait for the clinician's decision, are in
 * src/element/scr-api-flow.ts.
 */
import { ACS_PERMISSION_SYSTEM, labelOf, type PointerLabel } from './consent.js';
import { asArray, asString, isObject, isResource, type Bundle, type FhirResource } from './fhir.js';
import { checkIdentity } from './identity.js';
import type { Failure } from './model.js';
import { outcomeFailure } from './outcome.js';
import { NHS_NUMBER_SYSTEM } from './nhs-number.js';

export { ACS_PERMISSION_SYSTEM, labelOf, type PointerLabel };

/** SNOMED "General Practice Summary": the document type of an SCR. */
export const SCR_DOCUMENT_TYPE = 'http://snomed.info/sct|196981000000101';
export const SCR_ID_SYSTEM = 'https://fhir.nhs.uk/Id/nhsSCRUUID';
export const NOTIFICATION_EXTENSION = 'https://fhir.nhs.uk/StructureDefinition/Extension-SCR-NotificationMessage';
export const ALERT_TYPE_SYSTEM = 'https://fhir.nhs.uk/CodeSystem/SCR-AlertType';
export const ALERT_REASON_SYSTEM = 'https://fhir.nhs.uk/CodeSystem/SCR-AlertReason';
export const ODS_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';
export const SDS_USER_SYSTEM = 'https://fhir.nhs.uk/Id/sds-user-id';
export const ASID_SYSTEM = 'https://fhir.nhs.uk/Id/nhsSpineASID';

// ---------------------------------------------------------------------------------------
// Settings

export const SOURCES = ['bundle', 'scr-api'] as const;
export const RELATIONSHIPS = ['legitimate', 'self-claimed'] as const;
export const ALERT_MODES = ['event', 'post'] as const;
export const PERMISSION_MODES = ['ask'] as const;

export type Source = (typeof SOURCES)[number];
export type Relationship = (typeof RELATIONSHIPS)[number];
export type AlertMode = (typeof ALERT_MODES)[number];

/** Who the alert names: the organisation, the user and their role, and the user's session role (URID). */
export interface AlertContext {
  odsCode: string;
  userId: string;
  role: string;
  sessionUrid: string;
}

/** The flow's settings as the host gave them (attributes, properties or the provider). */
export interface FlowSettingsInput {
  source?: string;
  relationship?: string;
  alerts?: string;
  permission?: string;
  alertContext?: unknown;
}

export interface FlowSettings {
  source: Source;
  relationship: Relationship;
  alerts: AlertMode;
  /** `bundle` mode only: ask the permission question before the single request. */
  ask: boolean;
  /** Present (complete) whenever `alerts` is `post`. */
  alertContext?: AlertContext;
}

/** The setting that cannot be used, named as the host writes it. */
export type SettingProblem = 'source' | 'relationship' | 'alerts' | 'permission' | 'alertContext';

/** A value from a closed list; absent or blank means the default, anything else is a problem (never a silent default). */
function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T | undefined): T | undefined | null {
  const text = value?.trim();
  if (!text) return fallback;
  return (allowed as readonly string[]).includes(text) ? (text as T) : null;
}

/** The four alert fields, each a non-blank string, or undefined. */
export function completeAlertContext(value: unknown): AlertContext | undefined {
  if (!isObject(value)) return undefined;
  const fields = ['odsCode', 'userId', 'role', 'sessionUrid'] as const;
  const out: Partial<AlertContext> = {};
  for (const field of fields) {
    const text = asString(value[field])?.trim();
    if (!text) return undefined;
    out[field] = text;
  }
  return out as AlertContext;
}

/**
 * The settings, or the first one that cannot be used. An unknown value is refused rather
 * than read as the default: a misspelt `relationship="self-claim"` taken as `legitimate`
 * would send no alert. `alerts="post"` needs a complete `alertContext`, and an API to post
 * to (`source="scr-api"`): an override is never made without its alert.
 */
export function readFlowSettings(input: FlowSettingsInput): { ok: true; settings: FlowSettings } | { ok: false; problem: SettingProblem } {
  const source = oneOf(input.source, SOURCES, 'bundle');
  if (!source) return { ok: false, problem: 'source' };
  const relationship = oneOf(input.relationship, RELATIONSHIPS, 'legitimate');
  if (!relationship) return { ok: false, problem: 'relationship' };
  const alerts = oneOf(input.alerts, ALERT_MODES, 'event');
  if (!alerts) return { ok: false, problem: 'alerts' };
  const permission = oneOf(input.permission, PERMISSION_MODES, undefined);
  if (permission === null) return { ok: false, problem: 'permission' };
  const asks = source === 'scr-api' || permission === 'ask';
  if (alerts === 'post' && asks) {
    // Bundle mode has no alert endpoint: the host sends the alert from `scr-permission` there.
    if (source !== 'scr-api') return { ok: false, problem: 'alerts' };
    const alertContext = completeAlertContext(input.alertContext);
    if (!alertContext) return { ok: false, problem: 'alertContext' };
    return { ok: true, settings: { source, relationship, alerts, ask: permission === 'ask', alertContext } };
  }
  return { ok: true, settings: { source, relationship, alerts, ask: permission === 'ask' } };
}

// ---------------------------------------------------------------------------------------
// Requests

/** The API's base URL, resolved against the page, without trailing slashes. */
export function apiBase(endpoint: string, base: string): string {
  return new URL(endpoint, base).href.replace(/\/+$/, '');
}

const patientValue = (nhsNumber: string) => encodeURIComponent(`${NHS_NUMBER_SYSTEM}|${nhsNumber}`);

/** Step 1: the patient's latest SCR pointer, with exactly the optional parameters the API accepts. */
export function pointerUrl(base: string, nhsNumber: string): string {
  return `${base}/DocumentReference?patient=${patientValue(nhsNumber)}&type=${encodeURIComponent(SCR_DOCUMENT_TYPE)}&_sort=date&_count=1`;
}

/**
 * Step 2: the record the pointer names. The id is passed exactly as the pointer gave it (the
 * API compares it case-sensitively); the pointer's own `attachment.url` is never followed.
 */
export function recordUrl(base: string, recordId: string, nhsNumber: string): string {
  return `${base}/Bundle?composition.identifier=${encodeURIComponent(recordId)}&composition.subject:Patient.identifier=${patientValue(nhsNumber)}`;
}

export function alertUrl(base: string): string {
  return `${base}/AuditEvent`;
}

/** A random (version 4) UUID, from `crypto.getRandomValues`, which unlike `randomUUID` also works on plain-HTTP pages. */
export function uuidV4(fill: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = fill(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// ---------------------------------------------------------------------------------------
// Step 1's answer

export type PointerAnswer =
  /** The patient has no SCR (`total: 0`, no pointer). */
  | { kind: 'none' }
  | { kind: 'pointer'; recordId: string; label: PointerLabel }
  /** An OperationOutcome sent with a 2xx, or a pointer naming another patient. */
  | { kind: 'failed'; failure: Failure }
  /** Not a searchset the reader can trust: several different pointers, no id, or `total` contradicting the entries. */
  | { kind: 'unreadable' };

/** Step 1's answer as facts: no SCR, the pointer (its id and label), or why it cannot be used. */
export function readPointer(body: unknown, requestedNhsNumber: string): PointerAnswer {
  if (!isResource(body)) return { kind: 'unreadable' };
  if (body.resourceType === 'OperationOutcome') return { kind: 'failed', failure: outcomeFailure(body) };
  if (body.resourceType !== 'Bundle') return { kind: 'unreadable' };
  const bundle = body as Bundle;
  const resources = asArray<unknown>(bundle.entry)
    .map((e) => (isObject(e) ? e.resource : undefined))
    .filter(isResource);
  const pointers = resources.filter((r) => r.resourceType === 'DocumentReference');
  if (pointers.length === 0) return bundle.total === 0 && resources.length === 0 ? { kind: 'none' } : { kind: 'unreadable' };
  if (bundle.total === 0) return { kind: 'unreadable' };
  const identity = checkIdentity(resources, requestedNhsNumber);
  if (identity.failure) return { kind: 'failed', failure: identity.failure };
  const ids = new Set(pointers.map((p) => (isObject(p.masterIdentifier) ? asString(p.masterIdentifier.value) : undefined)));
  const [recordId] = ids;
  if (ids.size !== 1 || !recordId?.trim()) return { kind: 'unreadable' };
  return { kind: 'pointer', recordId, label: labelOf([bundle, ...pointers]) };
}

/**
 * Step 2 answered `total: 0` with nothing in it: the id is no longer the patient's latest
 * SCR (it changed since step 1). This is never "no record".
 */
export function isStaleRecordAnswer(body: unknown): boolean {
  if (!isResource(body) || body.resourceType !== 'Bundle') return false;
  const bundle = body as Bundle;
  return bundle.total === 0 && asArray<unknown>(bundle.entry).length === 0;
}

// ---------------------------------------------------------------------------------------
// Permission to view and access alerts

export const DECISIONS = ['given', 'declined', 'emergency', 'public-interest', 'statute', 'court-order'] as const;
export type Decision = (typeof DECISIONS)[number];
/** Answers that view the record without the patient's permission: each needs a reason. */
export const OVERRIDES: readonly Decision[] = ['emergency', 'public-interest', 'statute', 'court-order'];

export const isDecision = (value: unknown): value is Decision => (DECISIONS as readonly unknown[]).includes(value);
export const isOverride = (decision: Decision) => OVERRIDES.includes(decision);

export type AlertType = '1' | '2';
export type AlertReason = '1' | '2' | '3' | '4' | '5' | '6';

export interface AccessAlert {
  type: AlertType;
  reason: AlertReason;
  /** The reason's display, as the API's alert table words it. */
  display: string;
}

export const ALERT_TYPE_DISPLAY: Record<AlertType, string> = { '1': 'Create LR (Self Claimed)', '2': 'Access Alert' };
export const ALERT_REASON_DISPLAY: Record<AlertReason, string> = {
  '1': 'Access made in the public interest',
  '2': 'Access required by statute',
  '3': 'Access required by Court Order',
  '4': 'Self-Claim Emergency Access',
  '5': 'Access made in an emergency',
  '6': 'Other',
};

/**
 * The alert each decision raises (the API's alert table, S `summary-care-record.yaml`
 * `/AuditEvent`). Only combinations the API accepts appear: it rejects type 1 with reason 5
 * and type 2 with reasons 4 and 6. A user with a legitimate relationship viewing with the
 * patient's permission raises none; a declined view raises none (nothing is viewed).
 */
const ALERTS: Record<Relationship, Partial<Record<Decision, [AlertType, AlertReason]>>> = {
  legitimate: { emergency: ['2', '5'], 'public-interest': ['2', '1'], statute: ['2', '2'], 'court-order': ['2', '3'] },
  'self-claimed': { given: ['1', '6'], emergency: ['1', '4'], 'public-interest': ['1', '1'], statute: ['1', '2'], 'court-order': ['1', '3'] },
};

export function alertFor(relationship: Relationship, decision: Decision): AccessAlert | undefined {
  const entry = ALERTS[relationship][decision];
  return entry ? { type: entry[0], reason: entry[1], display: ALERT_REASON_DISPLAY[entry[1]] } : undefined;
}

/** `2026-11-21T09:12:00+00:00`: the form of the API's example (UTC, no milliseconds). */
export function recordedTime(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

export interface AuditEventInput {
  /** A fresh UUID: the AuditEvent's own id. */
  id: string;
  alert: AccessAlert;
  nhsNumber: string;
  /** The SCR viewed (the pointer's id): the alert's entity. */
  recordId: string;
  /** The clinician's reason, in their words. */
  note?: string;
  context: AlertContext;
  recorded: Date;
}

/**
 * The access alert, shaped like the API's example (`specification/components/examples/AuditEvent.json`):
 * one notification extension, the type and one subtype with their displays, the time, the
 * reason in `outcomeDesc`, three agents (patient, organisation, user with role), each
 * `requestor: false`, the observer left for the service to fill with its ASID, and one entity.
 */
export function buildAuditEvent(input: AuditEventInput): FhirResource {
  const { alert, context } = input;
  const agent = (system: string, value: string, extra: Record<string, unknown> = {}) => ({
    who: { identifier: { system, value } },
    ...extra,
    requestor: false,
  });
  const note = input.note?.trim();
  return {
    resourceType: 'AuditEvent',
    id: input.id,
    extension: [
      {
        url: NOTIFICATION_EXTENSION,
        // Reason 6 is the one alert that is not an override: a self-claimed relationship, with the patient's permission.
        valueString: `Alert: ${alert.reason === '6' ? 'Legitimate relationship self-claimed' : 'Permission to view override'} ${input.recordId}`,
      },
    ],
    type: { system: ALERT_TYPE_SYSTEM, code: alert.type, display: ALERT_TYPE_DISPLAY[alert.type] },
    subtype: [{ system: ALERT_REASON_SYSTEM, code: alert.reason, display: ALERT_REASON_DISPLAY[alert.reason] }],
    ...(note ? { outcomeDesc: note } : {}),
    recorded: recordedTime(input.recorded),
    agent: [
      agent(NHS_NUMBER_SYSTEM, input.nhsNumber),
      agent(ODS_SYSTEM, context.odsCode),
      agent(SDS_USER_SYSTEM, context.userId, { role: [{ text: context.role }] }),
    ],
    source: { observer: { identifier: { system: ASID_SYSTEM } } },
    entity: [{ what: { identifier: { value: input.recordId } } }],
  };
}
