/**
 * Conformance: every fixture is served and is FHIR JSON, and (hazard H4) every clinical
 * resource in every structured fixture is either shown or counted as hidden.
 *
 * This file owns the one line printed when ../shared/fixtures is absent.
 */
import { expect } from '@open-wc/testing';
import type { FhirResource } from '../../src/data/fhir.js';
import { accountedFor, bundleOf, clinicalResourceCount, conformanceFixtures, FIXTURE_FILES, loadFixture, modelOf } from './fixtures.js';

if (await conformanceFixtures({ announce: true })) {
  const fixtures = new Map<string, FhirResource>();
  for (const path of FIXTURE_FILES) fixtures.set(path, await loadFixture(path));

  /** What an endpoint would send: Bundles as they are, single resources wrapped. */
  const asPayload = (resource: FhirResource) => (resource.resourceType === 'Bundle' ? resource : bundleOf([resource]));

  describe('conformance: the fixture set', () => {
    it('all 37 fixture files are served from ../shared/fixtures and are FHIR resources', () => {
      expect(new Set(FIXTURE_FILES).size).to.equal(37);
      for (const [path, resource] of fixtures) {
        expect(resource.resourceType, path).to.be.a('string').and.not.equal('');
      }
    });
  });

  describe('conformance: H4 conservation (shown + hidden = clinical resources received)', () => {
    const expected: Record<string, { shown: number; hidden: number }> = {
      'scr-fhir-api/GetScrBundle.json': { shown: 8, hidden: 0 },
      // Class 1: a coded entry is hidden only when it matches a row of the text (8 Observations do); the rest are shown.
      'scr-fhir-api/get-scr-additional-information.response.json': { shown: 6, hidden: 8 },
      'scr-fhir-api/get-scr-no-results.response.json': { shown: 0, hidden: 0 },
      'ukcore/UKCore-AllergyIntolerance-EnteredInError-Example.json': { shown: 0, hidden: 1 },
      'ukcore/UKCore-Bundle-AllergyList-Example.json': { shown: 2, hidden: 0 },
      'ukcore/UKCore-Bundle-Sn-NoAllergyData-Example.json': { shown: 0, hidden: 0 },
      'ukcore/UKCore-Patient-RichardSmith-Example.json': { shown: 0, hidden: 0 },
      'hl7-r4-spec/medicationstatementexample5.json': { shown: 0, hidden: 1 },
      'hl7-ips/bundle-minimal.json': { shown: 3, hidden: 0 },
      'hl7-ips/bundle-no-info-required-sections.json': { shown: 0, hidden: 2 },
    };

    for (const path of FIXTURE_FILES) {
      // OperationOutcomes and SCR pointers (DocumentReference only) are refused, not shown; the access alert and its
      // 400 answer are requests and answers of the SCR API, not records: see scr-fhir-api.test.ts.
      if (path.endsWith('.OperationOutcome.json') || /DocumentReferenceBundle|get-scr-id-success|AuditEvent|send-alert/.test(path)) continue;
      it(`H4: ${path}: every clinical resource is shown or counted`, () => {
        const payload = asPayload(fixtures.get(path)!);
        const model = modelOf(payload);
        const received = clinicalResourceCount(payload);
        const { shown, hidden } = accountedFor(model);
        expect(shown + hidden, `shown ${shown} + hidden ${hidden} vs ${received} received`).to.equal(received);
        // Single clinical resources not listed above are each shown once.
        expect({ shown, hidden }).to.deep.equal(expected[path] ?? { shown: 1, hidden: 0 });
      });
    }

    it('H4: all 25 single-resource fixtures together in one Bundle: 24 clinical resources, 22 shown + 2 entered in error', () => {
      const singles = FIXTURE_FILES.filter((p) => p.startsWith('ukcore/') || p.startsWith('hl7-r4-spec/') || p === 'hl7-ips/allergyIntolerance-with-abatement.json')
        .map((p) => fixtures.get(p)!)
        .filter((r) => r.resourceType !== 'Bundle');
      const payload = bundleOf(singles);
      const model = modelOf(payload);
      const received = clinicalResourceCount(payload);
      const { shown, hidden } = accountedFor(model);
      expect(singles).to.have.length(25);
      expect(received).to.equal(24);
      expect({ shown, hidden }).to.deep.equal({ shown: 22, hidden: 2 });
      expect(model.hidden.enteredInError).to.equal(2);
    });
  });
}
