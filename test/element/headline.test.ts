/**
 * The public headline is exactly what the summary strip says (issue 11 §3): for every demo
 * scenario and every shared fixture, the strip's allergy label, current-medicine count and
 * warning total agree with `scr-load`'s `detail.headline` and the element's `headline`, and
 * every name and warning the headline gives is on the card.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { formatNhsNumber } from '../../src/data/nhs-number.js';
import type { FhirResource } from '../../src/data/fhir.js';
import type { ScrLoadDetail, ScrSummary } from '../../src/index.js';
import { strings } from '../../src/views/strings.js';
import { allergyHeadline } from '../../src/views/allergies.js';
import { handlers } from '../../demo/mocks/handlers.js';
import { allScenarios as scenarios } from '../../demo/mocks/scenarios.js';
import { allRows, ENDPOINT, fhirJson, mountForEvent, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { bundleOf, conformanceFixtures, FIXTURE_FILES, loadFixture, NHS } from '../conformance/fixtures.js';

afterEach(() => resetHandlers());

const stripValue = (el: ScrSummary, item: string) =>
  [...shadow(el).querySelectorAll('.strip-item')].find((i) => i.querySelector('dt')?.textContent?.trim() === item)?.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim();

async function checkStripAgainstHeadline(el: ScrSummary, detail: ScrLoadDetail): Promise<void> {
  await allRows(el);
  const { headline, summary } = detail;
  expect(el.headline).to.deep.equal(headline);
  expect(headline.allergyStatus).to.equal(summary.allergyStatus.label);
  if (el.state === 'empty') {
    // No strip on an empty answer: the card says "Allergies unavailable", as the headline does.
    expect(headline).to.deep.equal({ allergyStatus: 'unavailable', allergies: [], currentMedicines: [], warnings: [] });
    expect(visibleText(el)).to.contain(strings.allergyLabels.unavailable);
    return;
  }
  expect(stripValue(el, strings.allergyStatus)).to.equal(allergyHeadline(summary.allergyStatus));
  const current = summary.counts.medicines.current;
  const medicines = stripValue(el, strings.currentMedicines) ?? '';
  if (current.state === 'counted') {
    expect(headline.currentMedicines.length).to.equal(current.count);
    expect(medicines.startsWith(String(current.count))).to.be.true;
  } else expect(headline.currentMedicines).to.deep.equal([]);
  expect(stripValue(el, strings.warningsLabel)?.split(' ')[0]).to.equal(String(headline.warnings.length));
  const text = visibleText(el);
  for (const name of [...headline.allergies, ...headline.currentMedicines]) expect(text, name).to.contain(name.replace(/\s+/g, ' ').trim());
  for (const warning of headline.warnings) expect(text, warning).to.contain(warning.replace(/\s+/g, ' ').trim());
}

describe('headline: the strip and the headline agree on every demo scenario', () => {
  for (const scenario of scenarios.filter((s) => s.expected.state === 'loaded')) {
    it(`${scenario.id}`, async function () {
      this.timeout(15000);
      await useHandlers(...handlers);
      const { el, event } = await mountForEvent<ScrLoadDetail>('scr-load', formatNhsNumber(scenario.nhsNumber), '/api/scr');
      await checkStripAgainstHeadline(el, event.detail);
    });
  }

  it('is undefined until a record is loaded', async () => {
    const el = document.createElement('scr-summary');
    expect(el.headline).to.equal(undefined);
  });
});

if (await conformanceFixtures()) {
  describe('headline: the strip and the headline agree on every shared fixture that loads', () => {
    for (const path of FIXTURE_FILES) {
      if (/OperationOutcome|DocumentReferenceBundle|get-scr-id-success|no-results/.test(path)) continue;
      it(path, async () => {
        const fixture = await loadFixture(path);
        const payload = fixture.resourceType === 'Bundle' ? fixture : bundleOf([fixture as FhirResource]);
        const number = path.includes('additional-information') ? NHS.additionalInformation : path.includes('GetScr') ? NHS.getScr : path.includes('RichardSmith') ? NHS.richardSmith : '9434765919';
        await useHandlers(http.get(ENDPOINT, () => fhirJson(payload)));
        const { el, event } = await mountForEvent<ScrLoadDetail>('scr-load', number);
        await checkStripAgainstHeadline(el, event.detail);
      });
    }
  });
}
