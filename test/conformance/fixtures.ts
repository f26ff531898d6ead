/**
 * The conformance suite reads the real public payloads in ../shared/fixtures (see
 * ../shared/fixtures/PROVENANCE.md). Nothing from them is copied into this repository: the
 * test runner serves the folder at /shared-fixtures/, and each test fetches what it needs.
 *
 * Each conformance file gates itself with top-level await before declaring any `describe`:
 *
 *   if (await conformanceFixtures()) { describe(…) }
 *
 * - fixtures present: the describes are declared and run;
 * - fixtures absent, not required: nothing is declared, so nothing is counted (not even as
 *   skipped); the one file that owns the announcement prints a single line;
 * - fixtures absent but required (CI): a failing test is declared, so the run fails loudly.
 */
import type { FhirResource } from '../../src/data/fhir.js';
import type { NormaliseResult, SummaryModel } from '../../src/data/model.js';
import { normalise } from '../../src/data/normalise.js';

export const SKIP_LINE = 'conformance: ../shared/fixtures not found; conformance suite not run';

export interface FixtureAvailability {
  available: boolean;
  required: boolean;
}

/** Every fixture file in ../shared/fixtures; the coverage test checks each one is served. */
export const FIXTURE_FILES = [
  'scr-fhir-api/AuditEvent.json',
  'scr-fhir-api/DocumentReferenceBundle.json',
  'scr-fhir-api/GetScrBundle.json',
  'scr-fhir-api/get-scr-additional-information.response.json',
  'scr-fhir-api/get-scr-id-success.response.json',
  'scr-fhir-api/get-scr-no-consent.OperationOutcome.json',
  'scr-fhir-api/get-scr-no-results.response.json',
  'scr-fhir-api/send-alert-bad-request.response.json',
  'ukcore/UKCore-AllergyIntolerance-Amoxicillin-Example.json',
  'ukcore/UKCore-AllergyIntolerance-EnteredInError-Example.json',
  'ukcore/UKCore-AllergyIntolerance-Sn-NegHandlNoKnownAllergies-Example.json',
  'ukcore/UKCore-AllergyIntolerance-Sn-TransferDegradedDrugAllergy-Example.json',
  'ukcore/UKCore-Bundle-AllergyList-Example.json',
  'ukcore/UKCore-Bundle-Sn-NoAllergyData-Example.json',
  'ukcore/UKCore-Condition-BleedingFromEar-Example.json',
  'ukcore/UKCore-Flag-FoodAllergy-Example.json',
  'ukcore/UKCore-List-EmptyList-Example.json',
  'ukcore/UKCore-List-Sn-NoAllergyData-Example.json',
  'ukcore/UKCore-MedicationRequest-Amoxicillin-Example.json',
  'ukcore/UKCore-MedicationStatement-Amoxicillin-Example.json',
  'ukcore/UKCore-Patient-RichardSmith-Example.json',
  'hl7-r4-spec/allergyintolerance-example.json',
  'hl7-r4-spec/allergyintolerance-medication.json',
  'hl7-r4-spec/allergyintolerance-nka.json',
  'hl7-r4-spec/allergyintolerance-nkda.json',
  'hl7-r4-spec/condition-example-f201-fever.json',
  'hl7-r4-spec/condition-example-f204-renal.json',
  'hl7-r4-spec/flag-example.json',
  'hl7-r4-spec/list-example-allergies.json',
  'hl7-r4-spec/list-example-empty.json',
  'hl7-r4-spec/medicationrequest0301.json',
  'hl7-r4-spec/medicationrequest0325.json',
  'hl7-r4-spec/medicationstatementexample1.json',
  'hl7-r4-spec/medicationstatementexample5.json',
  'hl7-ips/allergyIntolerance-with-abatement.json',
  'hl7-ips/bundle-minimal.json',
  'hl7-ips/bundle-no-info-required-sections.json',
] as const;

export type FixturePath = (typeof FIXTURE_FILES)[number];

/** A fixed "now" so future-date checks do not drift with the calendar. */
export const NOW = new Date('2026-11-21T12:00:00Z');

/** NHS numbers the real fixtures state (PROVENANCE.md). */
export const NHS = {
  getScr: '9000000009',
  additionalInformation: '5900002233',
  scrIdSuccess: '9995000180',
  richardSmith: '9912003888',
} as const;

let availability: Promise<FixtureAvailability> | undefined;

export function fixtureAvailability(): Promise<FixtureAvailability> {
  availability ??= fetch('/shared-fixtures/available').then(async (response) => {
    if (!response.ok) throw new Error(`/shared-fixtures/available answered HTTP ${response.status}`);
    return (await response.json()) as FixtureAvailability;
  });
  return availability;
}

/**
 * Call with top-level await before declaring any `describe`. Returns true when the fixtures
 * are there. `announce` is set by one file only, so a clone without ../shared prints one line.
 */
export async function conformanceFixtures(options: { announce?: boolean } = {}): Promise<boolean> {
  const { available, required } = await fixtureAvailability();
  if (available) return true;
  if (required) {
    describe('conformance fixtures', () => {
      it('../shared/fixtures must be present (required under CI)', () => {
        throw new Error('conformance: ../shared/fixtures not found, but the conformance suite is required (CI=true)');
      });
    });
    return false;
  }
  if (options.announce) console.log(SKIP_LINE);
  return false;
}

/** The parsed JSON of one fixture file, e.g. `loadFixture('ukcore/UKCore-Flag-FoodAllergy-Example.json')`. */
export async function loadFixture<T = FhirResource>(path: FixturePath): Promise<T> {
  const response = await fetch(`/shared-fixtures/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Single resources are not what an endpoint returns: wrap them in a searchset (default) or
 * collection Bundle, each entry with a `fullUrl` naming the resource.
 */
export function bundleOf(resources: FhirResource[], type: 'collection' | 'searchset' = 'searchset'): FhirResource {
  return {
    resourceType: 'Bundle',
    type,
    ...(type === 'searchset' ? { total: resources.length } : {}),
    entry: resources.map((resource) => ({
      fullUrl: `https://example.org/fhir/${resource.resourceType}/${String(resource.id ?? 'no-id')}`,
      resource,
      ...(type === 'searchset' ? { search: { mode: 'match' } } : {}),
    })),
  };
}

export function normaliseFixture(payload: unknown, requestedNhsNumber?: string): NormaliseResult {
  return normalise(payload, { requestedNhsNumber, now: NOW });
}

/** The model, or a test failure naming what the normaliser said instead. */
export function modelOf(payload: unknown, requestedNhsNumber?: string): SummaryModel {
  const result = normaliseFixture(payload, requestedNhsNumber);
  if (!result.ok) throw new Error(`expected a model, got ${result.failure.kind}: ${result.failure.message}`);
  return result.model;
}

/** A deep copy, so a test can derive a variant of a real resource without touching the original. */
export function copyOf<T>(value: T): T {
  return structuredClone(value);
}

/** All text in a narrative tree, in order, whitespace collapsed. */
export function narrativeText(nodes: SummaryModel['allergies']['sections'][number]['narrative']): string {
  return nodes
    .map((n) => (typeof n === 'string' ? n : narrativeText(n.children)))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Highlighted (warning) paragraphs inside a section narrative. */
export function highlightedIn(nodes: SummaryModel['allergies']['sections'][number]['narrative']): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    if (typeof n === 'string') continue;
    if (n.highlighted) out.push(narrativeText(n.children));
    else out.push(...highlightedIn(n.children));
  }
  return out;
}

/** Resource types that only give context (who, where, which medicine, the document itself). */
const CONTEXT_TYPES = new Set([
  'Composition', 'Patient', 'Practitioner', 'PractitionerRole', 'Organization', 'Location', 'Encounter',
  'Device', 'RelatedPerson', 'Medication', 'Provenance', 'Bundle',
]);

/** How many top-level resources in a Bundle carry clinical content (not context such as Patient or Medication). */
export function clinicalResourceCount(bundle: FhirResource): number {
  const entries = (bundle.entry as { resource?: FhirResource }[] | undefined) ?? [];
  return entries.filter((e) => e.resource && !CONTEXT_TYPES.has(e.resource.resourceType)).length;
}

/** Everything the model shows as an item or counts as hidden, for the conservation check (shared with the fuzz tests). */
export { accountedFor } from '../reliability/support/conservation.js';
