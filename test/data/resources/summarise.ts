/**
 * Test helpers: wrap hand-written resources as a Bundle's entries and summarise them, and
 * build the status CodeableConcepts real UK Core payloads carry.
 */
import type { BundleEntry, FhirResource } from '../../../src/data/fhir.js';
import { createResolver } from '../../../src/data/references.js';
import { summariseResources, type ResourceSummary } from '../../../src/data/resources/index.js';

/** Local 21-Nov-2026 12:00. */
export const NOW = new Date(2026, 10, 21, 12, 0);

export const SNOMED = 'http://snomed.info/sct';

export function summariseEntries(entries: BundleEntry[]): ResourceSummary {
  const resources = entries.map((e) => e.resource).filter((r): r is FhirResource => r !== undefined);
  return summariseResources(resources, createResolver(entries), NOW);
}

export function summarise(...resources: object[]): ResourceSummary {
  return summariseEntries(resources.map((resource) => ({ resource: resource as FhirResource })));
}

export const allergyClinical = (code: string) => ({
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code }],
});

export const allergyVerification = (code: string) => ({
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code }],
});

export const snomed = (code: string, display: string, text?: string) => ({
  coding: [{ system: SNOMED, code, display }],
  ...(text === undefined ? {} : { text }),
});
