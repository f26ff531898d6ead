/**
 * The demo's scenarios: one fictional patient (NHS number) per situation the widget must
 * handle. The mock endpoint answers by NHS number; the demo page lists them; tests import
 * them. Every NHS number here is distinct and passes the modulus-11 check.
 *
 * No DOM, no side effects: safe to import from tests and from the service-worker setup.
 */
import { delay } from 'msw';
import { emptyResult } from '../records/empty-result.js';
import { fullScr, fullScrSlowPatient } from '../records/full-scr.js';
import { identityMismatch } from '../records/identity-mismatch.js';
import { ipsDocument } from '../records/ips-document.js';
import { longHistory } from '../records/long-history.js';
import { noAllergyData } from '../records/no-allergy-data.js';
import { noKnownAllergies } from '../records/no-known-allergies.js';
import { noNhsNumber } from '../records/no-nhs-number.js';
import { consentRefused403, consentRefused420, notFound404, serverError500 } from '../records/operation-outcomes.js';
import { htmlErrorPage, truncatedJsonBody } from '../records/broken-bodies.js';
import { scrAdditionalInfo } from '../records/scr-additional-info.js';
import { structuredUkCore } from '../records/structured-uk-core.js';
import { stu3Payload } from '../records/stu3-payload.js';
import type { FhirJson } from '../records/types.js';
import { FHIR_JSON, fhirJson, rawBody } from './responses.js';
import { safetyScenarios } from './safety-scenarios.js';

/** How long the slow scenario waits before answering. */
export const SLOW_RESPONSE_MS = 4000;

export type ScenarioGroup = 'record' | 'absence' | 'failure' | 'identity' | 'safety';

export const SCENARIO_GROUPS: Record<ScenarioGroup, string> = {
  record: 'Records',
  absence: 'Nothing to show (and why)',
  failure: 'Failures and refusals',
  identity: 'Identity and version checks',
  safety: 'Clinical safety cases (docs/clinical-safety.md)',
};

export interface Scenario {
  /** Stable id, e.g. `full-scr`. */
  id: string;
  /** Ten digits, no spaces; valid under modulus 11. */
  nhsNumber: string;
  /** Short name for the picker. */
  label: string;
  /** One or two sentences: what the endpoint returns and what to look for. */
  description: string;
  group: ScenarioGroup;
  /** HTTP status the mock answers with. */
  status: number;
  /** The JSON body served, when there is one (not for the raw-text scenarios). */
  record?: FhirJson;
  /**
   * What the widget is expected to end in (`state` attribute), and for errors the failure
   * kind. A statement of the scenario's intent; the element's own tests are the authority.
   */
  expected: { state: 'loaded' | 'empty' | 'error'; errorKind?: string };
  /** Builds the mock response. */
  respond: (request: Request) => Response | Promise<Response>;
}

export const scenarios: readonly Scenario[] = [
  {
    id: 'full-scr',
    nhsNumber: '9434765919',
    label: 'Eleanor Ashdown: full Summary Care Record',
    description:
      'A core SCR as the NHS API sends it: allergies and medicines only as narrative tables, a "recently registered" and a "withheld" warning, very long drug names and doses, and an empty discontinued-medicines table.',
    group: 'record',
    status: 200,
    record: fullScr,
    expected: { state: 'loaded' },
    respond: () => fhirJson(fullScr),
  },
  {
    id: 'scr-additional-info',
    nhsNumber: '9990010013',
    label: 'Harold Penrose: SCR with Additional Information',
    description:
      'Adds risks, diagnoses, problems, treatments, circumstances, advice and preferences, "withheld" warnings inside sections, a discontinued repeat with its reason and date, one section with no code and one with an unknown code.',
    group: 'record',
    status: 200,
    record: scrAdditionalInfo,
    expected: { state: 'loaded' },
    respond: () => fhirJson(scrAdditionalInfo),
  },
  {
    id: 'structured-uk-core',
    nhsNumber: '9990020019',
    label: 'Priya Raman: structured UK Core record',
    description:
      'Coded resources: a severe penicillin allergy beside "No known food allergy", unconfirmed, resolved, refuted, entered-in-error and transfer-degraded allergies; repeat, acute, stopped and entered-in-error medicines; conditions, a flag and a list.',
    group: 'record',
    status: 200,
    record: structuredUkCore,
    expected: { state: 'loaded' },
    respond: () => fhirJson(structuredUkCore),
  },
  {
    id: 'ips-document',
    nhsNumber: '9990030014',
    label: 'Tomasz Nowicki: International Patient Summary',
    description:
      'An IPS document: allergies, medication and problem sections (LOINC coded) with narrative and coded entries, and an immunisations section marked "unavailable".',
    group: 'record',
    status: 200,
    record: ipsDocument,
    expected: { state: 'loaded' },
    respond: () => fhirJson(ipsDocument),
  },
  {
    id: 'long-history',
    nhsNumber: '9990260001',
    label: 'Arthur Pemberton: ten years of medicine changes',
    description:
      'A structured record with 8 current repeat medicines and 600 stopped ones: the 20 most recently stopped are shown, with a button to show all 600 (the rows then follow a batch a frame); the problems below come within the first screens, and printing gets every row.',
    group: 'record',
    status: 200,
    record: longHistory,
    expected: { state: 'loaded' },
    respond: () => fhirJson(longHistory),
  },
  {
    id: 'no-known-allergies',
    nhsNumber: '9990040028',
    label: 'Grace Okafor: no known allergies',
    description: 'A clinician recorded "No known allergy" (SNOMED 716186003). Two current medicines.',
    group: 'absence',
    status: 200,
    record: noKnownAllergies,
    expected: { state: 'loaded' },
    respond: () => fhirJson(noKnownAllergies),
  },
  {
    id: 'no-allergy-data',
    nhsNumber: '9990050015',
    label: 'Owen Pritchard: allergies not recorded',
    description:
      'The allergies list is empty because nothing was recorded (emptyReason no-content-recorded). This must read "not recorded", never "no allergies".',
    group: 'absence',
    status: 200,
    record: noAllergyData,
    expected: { state: 'loaded' },
    respond: () => fhirJson(noAllergyData),
  },
  {
    id: 'empty-result',
    nhsNumber: '9990060010',
    label: 'Empty result',
    description: 'The search finds no Summary Care Record (a searchset with total 0): information unavailable.',
    group: 'absence',
    status: 200,
    record: emptyResult,
    expected: { state: 'empty' },
    respond: () => fhirJson(emptyResult),
  },
  {
    id: 'consent-refused-403',
    nhsNumber: '9990070016',
    label: 'Access refused (HTTP 403)',
    description: 'The record service refuses access (PSIS-30418 style OperationOutcome). The widget must say so, not show an empty record.',
    group: 'failure',
    status: 403,
    record: consentRefused403,
    expected: { state: 'error', errorKind: 'refused' },
    respond: () => fhirJson(consentRefused403, 403),
  },
  {
    id: 'consent-refused-420',
    nhsNumber: '9990080011',
    label: 'Access refused (HTTP 420)',
    description: 'The same refusal with the Spine business-rule status 420.',
    group: 'failure',
    status: 420,
    record: consentRefused420,
    expected: { state: 'error', errorKind: 'refused' },
    respond: () => fhirJson(consentRefused420, 420),
  },
  {
    id: 'server-error-500',
    nhsNumber: '9990090017',
    label: 'Server error (HTTP 500)',
    description: 'The record service fails with an OperationOutcome. We do not know what the record holds.',
    group: 'failure',
    status: 500,
    record: serverError500,
    expected: { state: 'error', errorKind: 'http' },
    respond: () => fhirJson(serverError500, 500),
  },
  {
    id: 'malformed-json',
    nhsNumber: '9990100012',
    label: 'Malformed JSON',
    description: 'HTTP 200 with application/fhir+json, but the body is cut off part-way through.',
    group: 'failure',
    status: 200,
    expected: { state: 'error', errorKind: 'parse' },
    respond: () => rawBody(truncatedJsonBody, FHIR_JSON),
  },
  {
    id: 'html-error-page',
    nhsNumber: '9990110018',
    label: 'HTML error page',
    description: 'HTTP 200 with a text/html "service unavailable" page from a gateway instead of FHIR.',
    group: 'failure',
    status: 200,
    expected: { state: 'error', errorKind: 'parse' },
    respond: () => rawBody(htmlErrorPage, 'text/html; charset=utf-8'),
  },
  {
    id: 'slow-response',
    nhsNumber: '9990120013',
    label: 'Rupert Haines: slow response (4 s)',
    description:
      'The full SCR of this patient arrives after 4 seconds. Watch the loading state, and switch patient while it waits: the late answer must be discarded.',
    group: 'failure',
    status: 200,
    record: fullScrSlowPatient,
    expected: { state: 'loaded' },
    respond: async () => {
      await delay(SLOW_RESPONSE_MS);
      return fhirJson(fullScrSlowPatient);
    },
  },
  {
    id: 'not-found',
    nhsNumber: '9990160015',
    label: 'No record for this number (HTTP 404)',
    description: 'A valid NHS number the service does not know: a 404 OperationOutcome (any unknown number behaves the same).',
    group: 'failure',
    status: 404,
    record: notFound404,
    expected: { state: 'error', errorKind: 'http' },
    respond: () => fhirJson(notFound404, 404),
  },
  {
    id: 'identity-mismatch',
    nhsNumber: '9990130019',
    label: 'Wrong patient returned',
    description: 'A well-formed record, but about a different NHS number from the one asked for. It must be blocked, not shown.',
    group: 'identity',
    status: 200,
    record: identityMismatch,
    expected: { state: 'error', errorKind: 'patient-mismatch' },
    respond: () => fhirJson(identityMismatch),
  },
  {
    id: 'no-nhs-number',
    nhsNumber: '9990140014',
    label: 'Ada Fairweather: no NHS number in the record',
    description: 'The Patient has a name and date of birth but no identifier: the widget cannot confirm identity from the record and must warn.',
    group: 'identity',
    status: 200,
    record: noNhsNumber,
    expected: { state: 'loaded' },
    respond: () => fhirJson(noNhsNumber),
  },
  {
    id: 'stu3-payload',
    nhsNumber: '9990150028',
    label: 'Bethan Lloyd: STU3 payload',
    description:
      'A GP Connect STU3 bundle (plain-string clinicalStatus, STU3 profiles) served as plain application/fhir+json. An R4 widget must refuse it rather than misread it.',
    group: 'identity',
    status: 200,
    record: stu3Payload,
    expected: { state: 'error', errorKind: 'unsupported' },
    respond: () => fhirJson(stu3Payload),
  },
];

/** Every scenario the mock endpoint answers: the general ones, then one per clinical-safety hazard. */
export const allScenarios: readonly Scenario[] = [...scenarios, ...safetyScenarios];

/** The scenario for an NHS number (spaces ignored), or undefined. */
export function findScenario(nhsNumber: string): Scenario | undefined {
  const digits = nhsNumber.replace(/\s+/g, '');
  return allScenarios.find((s) => s.nhsNumber === digits);
}

/** The scenario with this id, or undefined. */
export function scenarioById(id: string): Scenario | undefined {
  return allScenarios.find((s) => s.id === id);
}
