/**
 * A mock of the NHS SCR FHIR API's sandbox (../shared/docs/scr-api.md, "Sandbox behaviour"),
 * for the demo and the tests, answering under any origin at `…/summary-care-record/FHIR/R4`:
 *
 * - `GET …/DocumentReference`: 400 for a missing or malformed `patient`, or an optional
 *   parameter other than exactly `type=http://snomed.info/sct|196981000000101`, `_sort=date`,
 *   `_count=1`; then the patient's pointer, `total: 0` when they have no SCR, and 403 (the
 *   sandbox's no-consent answer) for any number it does not know.
 * - `GET …/Bundle`: 400 without both parameters; the record when the id is one the patient's
 *   latest SCR has (compared case-sensitively), else `200` with `total: 0`.
 * - `POST …/AuditEvent`: 415 without `Content-Type: application/fhir+json`, 400 without
 *   `NHSD-Session-URID` or for a body the service's validator rejects (its rules, including
 *   the rejected type/reason pairs); `201` with an empty body.
 * - Any request whose `X-Request-ID` or `X-Correlation-ID` is not a UUID: 400.
 *
 * Each `createScrApi()` has its own state (the call counters of the patients whose answers
 * change from call to call) and its own log of the requests it received, which tests read.
 * No DOM, nothing logged to the console.
 */
import { delay, http, HttpResponse } from 'msw';
import { apiBadRequest, apiRefused, apiUnsupportedMedia, noResults, scrPointer } from '../records/scr-api.js';
import { NHS_NUMBER_SYSTEM, type FhirJson } from '../records/types.js';
import { fhirJson } from './responses.js';
import { findApiPatient, SCR_API_PATH, type ApiPatient } from './scr-api-scenarios.js';

export interface LoggedRequest {
  method: string;
  /** The resource asked for: `DocumentReference`, `Bundle` or `AuditEvent`. */
  resource: string;
  url: URL;
  headers: Headers;
  /** The parsed JSON body of a POST. */
  body?: unknown;
}

export interface ScrApiMock {
  handlers: ReturnType<typeof http.get>[];
  requests: LoggedRequest[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SCR_TYPE = 'http://snomed.info/sct|196981000000101';

/** Ten digits from `https://fhir.nhs.uk/Id/nhs-number|<digits>`, else undefined. */
function nhsNumberOf(value: string | null): string | undefined {
  const prefix = `${NHS_NUMBER_SYSTEM}|`;
  if (!value?.startsWith(prefix)) return undefined;
  const digits = value.slice(prefix.length);
  return /^\d{10}$/.test(digits) ? digits : undefined;
}

/** The service's tracing headers must be UUIDs when sent (its UuidValidationFilter). */
function badTracingHeader(request: Request): Response | undefined {
  for (const name of ['X-Request-ID', 'X-Correlation-ID']) {
    const value = request.headers.get(name);
    if (value !== null && !UUID.test(value)) return fhirJson(apiBadRequest(`Invalid ${name}: ${value.slice(0, 40)} is not a UUID`), 400);
  }
  return undefined;
}

const REJECTED_PAIRS = new Set(['1/5', '2/4', '2/6']);

/** The service's AlertRequestValidator, rule by rule: the first problem, in its words, or undefined. */
export function alertProblem(body: unknown): string | undefined {
  const event = body as Record<string, any> | undefined;
  if (!event || event.resourceType !== 'AuditEvent') return 'Body is not an AuditEvent';
  if (!event.id) return "'id' element is missing'";
  const extensions = (event.extension ?? []).filter((e: any) => e?.url === 'https://fhir.nhs.uk/StructureDefinition/Extension-SCR-NotificationMessage');
  if (extensions.length !== 1) return "Expecting exactly one 'extension' element with URL: 'https://fhir.nhs.uk/StructureDefinition/Extension-SCR-NotificationMessage'";
  if (!extensions[0].valueString) return "'valueString' for 'extension' is missing";
  const type = event.type ?? {};
  if (type.system !== 'https://fhir.nhs.uk/CodeSystem/SCR-AlertType' || !['1', '2'].includes(type.code)) return "Invalid or missing value in field 'type'";
  if (!type.display) return "Missing value 'type.display'";
  const subtypes = event.subtype ?? [];
  if (subtypes.length !== 1) return "Expecting exactly one 'subtype' element";
  const [subtype] = subtypes;
  if (subtype.system !== 'https://fhir.nhs.uk/CodeSystem/SCR-AlertReason') return "Invalid or missing value in field 'subtype.system'";
  if (!['1', '2', '3', '4', '5', '6'].includes(subtype.code)) return "Invalid or missing value in field 'subtype.code'";
  if (!subtype.display) return "Missing value 'subtype.display'";
  if (REJECTED_PAIRS.has(`${type.code}/${subtype.code}`)) return `Alert type ${type.code} with reason ${subtype.code} is not a permitted combination`;
  if (!event.recorded) return "'recorded' element missing";
  const entities = event.entity ?? [];
  if (entities.length !== 1) return "Expecting exactly one 'entity' element";
  if (!entities[0]?.what?.identifier?.value) return "Invalid or missing value in field 'entity.what.identifier.value'";
  for (const system of ['https://fhir.nhs.uk/Id/nhs-number', 'https://fhir.nhs.uk/Id/ods-organization-code', 'https://fhir.nhs.uk/Id/sds-user-id']) {
    const agents = (event.agent ?? []).filter((a: any) => a?.who?.identifier?.system === system && a.who.identifier.value);
    if (agents.length === 0) return `Missing 'agent' entry with 'who.identifier.system' '${system}' and non-empty 'value'`;
    if (agents.length > 1) return `Expecting exactly one 'agent' entry with 'who.identifier.system' '${system}' and non-empty 'value'`;
    if (agents[0].requestor !== false) return `Missing or unsupported 'requestor' value for 'agent' with 'who.identifier.system' '${system}'`;
    if (system.endsWith('sds-user-id') && !(agents[0].role ?? []).some((r: any) => r?.text || r?.coding?.length)) {
      return `Expecting at least one non empty 'role' for 'agent' entry with system ${system}`;
    }
  }
  return undefined;
}

/** Creates the mock API: `latencyMs` per answer (the sandbox takes about 200 ms per Spine call). */
export function createScrApi(options: { latencyMs?: number } = {}): ScrApiMock {
  const requests: LoggedRequest[] = [];
  const calls = new Map<string, number>();
  const count = (key: string) => {
    const n = (calls.get(key) ?? 0) + 1;
    calls.set(key, n);
    return n;
  };
  const wait = () => (options.latencyMs ? delay(options.latencyMs) : undefined);
  const log = async (request: Request, resource: string) => {
    const entry: LoggedRequest = { method: request.method, resource, url: new URL(request.url), headers: request.headers };
    if (request.method === 'POST') {
      try {
        entry.body = JSON.parse(await request.clone().text());
      } catch {
        entry.body = undefined;
      }
    }
    requests.push(entry);
    return entry;
  };

  const pointerAnswer = (patient: ApiPatient | undefined): Response => {
    if (!patient) return fhirJson(apiRefused, 403);
    if (patient.step1Error && (!patient.step1Error.odd || count(`${patient.nhsNumber}/503`) % 2 === 1)) {
      return fhirJson(patient.step1Error.body, patient.step1Error.status);
    }
    if (!patient.pointer) return fhirJson(noResults);
    const { ids, label } = patient.pointer;
    const id = ids[(count(`${patient.nhsNumber}/pointer`) - 1) % ids.length];
    return fhirJson(scrPointer(patient.nhsNumber, id, label));
  };

  const handlers = [
    http.get(`*${SCR_API_PATH}/DocumentReference`, async ({ request }) => {
      await log(request, 'DocumentReference');
      await wait();
      const bad = badTracingHeader(request);
      if (bad) return bad;
      const params = new URL(request.url).searchParams;
      const nhsNumber = nhsNumberOf(params.get('patient'));
      if (!nhsNumber) return fhirJson(apiBadRequest("Invalid or missing value in field 'patient'"), 400);
      const exact: [string, string][] = [['type', SCR_TYPE], ['_sort', 'date'], ['_count', '1']];
      for (const [name, value] of exact) {
        if (params.has(name) && params.get(name) !== value) return fhirJson(apiBadRequest(`Invalid value in field '${name}'`), 400);
      }
      return pointerAnswer(findApiPatient(nhsNumber));
    }),
    http.get(`*${SCR_API_PATH}/Bundle`, async ({ request }) => {
      await log(request, 'Bundle');
      await wait();
      const bad = badTracingHeader(request);
      if (bad) return bad;
      const params = new URL(request.url).searchParams;
      const id = params.get('composition.identifier');
      const nhsNumber = nhsNumberOf(params.get('composition.subject:Patient.identifier'));
      if (!id || !nhsNumber) return fhirJson(apiBadRequest('Missing or invalid composition.identifier or composition.subject:Patient.identifier'), 400);
      const patient = findApiPatient(nhsNumber);
      if (!patient) return fhirJson(apiRefused, 403);
      if (patient.step2Error) return fhirJson(patient.step2Error.body, patient.step2Error.status);
      // Case-sensitive, as the service compares it.
      return patient.record?.ids.includes(id) ? fhirJson(patient.record.body) : fhirJson(noResults);
    }),
    http.post(`*${SCR_API_PATH}/AuditEvent`, async ({ request }) => {
      const entry = await log(request, 'AuditEvent');
      await wait();
      const bad = badTracingHeader(request);
      if (bad) return bad;
      if (!/^application\/fhir\+json\b/.test(request.headers.get('content-type') ?? '')) return fhirJson(apiUnsupportedMedia, 415);
      if (!request.headers.get('NHSD-Session-URID')) return fhirJson(apiBadRequest('Missing NHSD-Session-URID header'), 400);
      const problem = alertProblem(entry.body);
      if (problem) return fhirJson(apiBadRequest(problem), 400);
      const nhsNumber = (entry.body as { agent: { who: { identifier: { system: string; value: string } } }[] }).agent.find(
        (a) => a.who.identifier.system === NHS_NUMBER_SYSTEM,
      )?.who.identifier.value;
      const answer = findApiPatient(nhsNumber ?? '')?.alert;
      if (answer && answer.status !== 201) return answer.body ? fhirJson(answer.body as FhirJson, answer.status) : new HttpResponse(null, { status: answer.status });
      return new HttpResponse(null, { status: 201 });
    }),
  ];
  return { handlers, requests };
}
