/**
 * Hazards H4 (entries silently dropped) and H6 (incompleteness hidden), through the element,
 * and the conservation check over every one of the project's own sample records: items
 * shown + items counted as hidden = clinical resources received.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import type { SummaryModel } from '../../src/data/model.js';
import { normalise } from '../../src/data/normalise.js';
import { allScenarios } from '../../demo/mocks/scenarios.js';
import { ENDPOINT, fhirJson, mount, settle, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { footnotes, rowsUnder, warningTexts } from './support/card.js';
import { allergy, bundle, medicine, nhsNumber, patientResource, scrDocument, scrSection, SNOMED } from './support/patients.js';

type Json = Record<string, unknown>;

afterEach(() => resetHandlers());

const NHS = nhsNumber(40);
const WARNING_URL = 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ListWarningCode';

async function show(payload: Json) {
  await useHandlers(http.get(ENDPOINT, () => fhirJson(payload)));
  const el = await mount(NHS);
  await settle(el, ['loaded', 'empty']);
  return el;
}

const searchset = (entries: Json[], extra: Json = {}): Json => ({ resourceType: 'Bundle', type: 'searchset', ...extra, entry: entries });
const match = (resource: Json) => ({ resource, search: { mode: 'match' } });

describe('H4: nothing dropped silently', () => {
  it('H4: Bundle.total larger than the entries received shows "This record may be incomplete" with both numbers', async () => {
    const el = await show(searchset([{ resource: patientResource(NHS, 'QUINN'), search: { mode: 'include' } }, match(allergy('a', 'Latex')), match(medicine('m', 'Levothyroxine'))], { total: 5 }));
    expect(warningTexts(el).join(' ')).to.contain('This record may be incomplete. The server reported 5 entries but sent 2.');
    expect(visibleText(el)).to.contain('Latex');
  });

  it('H4: a next link shows "This record may be incomplete": the widget does not fetch further pages', async () => {
    const el = await show(searchset([match(patientResource(NHS, 'QUINN')), match(allergy('a', 'Latex'))], { link: [{ relation: 'next', url: 'https://example.test/fhir?page=2' }] }));
    expect(warningTexts(el).join(' ')).to.contain('This record may be incomplete. The server has more pages that were not fetched.');
  });

  it('H4: resource types the widget does not display are counted by type in the visible footnote', async () => {
    const el = await show(
      bundle([
        patientResource(NHS, 'QUINN'),
        allergy('a', 'Latex'),
        { resourceType: 'Observation', id: 'o1' },
        { resourceType: 'Observation', id: 'o2' },
        { resourceType: 'Procedure', id: 'p1' },
        { resourceType: 'Immunization', id: 'i1' },
      ]),
    );
    const note = footnotes(el);
    expect(note).to.contain('Also received, not displayed by this widget:');
    for (const part of ['2 Observation', '1 Procedure', '1 Immunization']) expect(note).to.contain(part);
    const footer = shadow(el).querySelector('[part~="footnotes"]') as HTMLElement;
    expect(footer.offsetHeight, 'the footnote is visible').to.be.greaterThan(0);
  });

  it('H4: Bundle entries with no resource at all are counted in the footnote, not dropped', async () => {
    const payload = bundle([patientResource(NHS, 'QUINN'), allergy('a', 'Latex')]) as { entry: unknown[] };
    payload.entry.push({ fullUrl: 'urn:uuid:gone' }, { resource: 42 });
    const el = await show(payload as Json);
    expect(footnotes(el)).to.contain('2 Unrecognised item');
  });

  it('H4: an unknown SCR section is rendered under its own title, with its content', async () => {
    const scr = scrDocument(
      [scrSection('EndOfLifeHeader', 'End of Life Care', '<table><tbody><tr><td>Preferred place of death: home</td></tr></tbody></table>')],
      patientResource(NHS, 'QUINN'),
    );
    const el = await show(scr);
    expect(visibleText(el)).to.contain('End of Life Care');
    expect(visibleText(el)).to.contain('Preferred place of death: home');
  });
});

/** What the model shows as items or counts as hidden, and the clinical resources that arrived. */
function conservation(payload: Json, model: SummaryModel): { received: number; shown: number; hidden: number } {
  const CONTEXT = new Set(['Composition', 'Patient', 'Practitioner', 'PractitionerRole', 'Organization', 'Location', 'Encounter', 'Device', 'RelatedPerson', 'Medication', 'Provenance', 'Bundle']);
  const entries = ((payload.entry as { resource?: Json }[] | undefined) ?? []).filter((e) => e.resource);
  const received = entries.filter((e) => !CONTEXT.has(String(e.resource!.resourceType))).length;
  const a = model.allergies;
  const m = model.medicines;
  const shown = a.active.length + a.ended.length + a.refuted.length + a.negations.length + Object.values(m).reduce((n, g) => n + (Array.isArray(g) && g !== m.sections ? g.length : 0), 0) + model.additional.conditions.length + model.additional.flags.length + model.additional.entries.length + model.lists.length;
  const sum = (c: Record<string, number> | undefined) => Object.values(c ?? {}).reduce((n, v) => n + v, 0);
  const hidden = model.hidden.enteredInError + sum(model.hidden.notDisplayed) + sum(model.hidden.narrativeCopies);
  return { received, shown, hidden };
}

describe('H4: conservation over the project’s sample records', () => {
  const records = allScenarios.filter((s) => s.record && (s.record as Json).resourceType === 'Bundle' && s.expected.state !== 'error');
  it('H4: every sample record that renders is checked (at least 12)', () => {
    expect(records.length).to.be.at.least(12);
  });
  for (const scenario of records) {
    it(`H4: conservation in demo record "${scenario.id}": items shown + items counted = clinical resources received`, () => {
      const result = normalise(scenario.record, { requestedNhsNumber: scenario.nhsNumber });
      expect(result.ok, result.ok ? '' : result.failure.message).to.be.true;
      if (!result.ok) return;
      const { received, shown, hidden } = conservation(scenario.record as Json, result.model);
      expect(shown + hidden, `shown ${shown} + hidden ${hidden}`).to.equal(received);
    });
  }
});

describe('H6: incompleteness shown prominently', () => {
  const scrWith = (titleExtra: string, sections: Json[] = []): Json =>
    scrDocument(
      [scrSection('Title', 'General Practice Summary', `<p id="CreateTime">Summary Created: 14-Nov-2026 09:12</p>${titleExtra}`), ...sections],
      patientResource(NHS, 'PENROSE', 'Harold'),
    );

  it('H6: SCR highlighted statements (withheld, recently registered) are warning callouts above the clinical content', async () => {
    const el = await show(
      scrWith(
        '<p id="WithheldCREItemsHeaderStatement" class="HighlightedStatement">Deliberately withheld items: some information has been withheld from this summary.</p>' +
          '<p id="RegistrationStartedStatement" class="HighlightedStatement">This patient recently registered with the GP practice.</p>',
        [{ title: 'Allergies and Adverse Reactions', code: { coding: [{ code: 'AllergiesHeader' }] }, text: { div: '<div xmlns="http://www.w3.org/1999/xhtml"><table><tbody><tr><td>Penicillin</td></tr></tbody></table></div>' } }],
      ),
    );
    const warnings = warningTexts(el).join(' | ');
    expect(warnings).to.contain('Deliberately withheld items: some information has been withheld from this summary.');
    expect(warnings).to.contain('This patient recently registered with the GP practice.');
    const callout = [...shadow(el).querySelectorAll('[part~="warning"]')].find((w) => w.textContent?.includes('recently registered'))!;
    const allergies = shadow(el).querySelector('[part~="allergies"]')!;
    expect(callout.compareDocumentPosition(allergies) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('H6: a highlighted statement inside a section is a warning callout within that section', async () => {
    const el = await show(
      scrWith('', [
        {
          title: 'Risks to Patient',
          code: { coding: [{ code: 'RisksToPatientHeader' }] },
          text: { div: '<div xmlns="http://www.w3.org/1999/xhtml"><p class="HighlightedStatement">Some items in this section have been withheld.</p><table><tbody><tr><td>Falls risk</td></tr></tbody></table></div>' },
        },
      ]),
    );
    const section = [...shadow(el).querySelectorAll('.record-section')].find((s) => s.textContent?.includes('Risks to Patient'));
    expect(section, 'the Risks to Patient section').to.exist;
    const callout = section!.querySelector('[part~="warning"]');
    expect(callout?.textContent).to.contain('Some items in this section have been withheld.');
  });

  it('H6: the List warning codes confidential-items, data-in-transit and data-awaiting-filing are each a visible warning', async () => {
    const list = (title: string, code: string) => ({ resourceType: 'List', id: code, status: 'current', mode: 'snapshot', title, extension: [{ url: WARNING_URL, valueCode: code }] });
    const el = await show(bundle([patientResource(NHS, 'MARIN'), allergy('a', 'Latex'), list('Allergies', 'confidential-items'), list('Medications', 'data-in-transit'), list('Problems', 'data-awaiting-filing')]));
    const warnings = warningTexts(el).join(' | ');
    expect(warnings).to.contain('Allergies: Some items in this list have been marked confidential and are not shown.');
    expect(warnings).to.contain('Medications: Some data is in transit from a previous practice and is not yet available.');
    expect(warnings).to.contain('Problems: Some data is awaiting filing by the practice and may be missing.');
  });

  it('H6: an unrecognised List warning code is quoted, never dropped', async () => {
    const el = await show(bundle([patientResource(NHS, 'MARIN'), allergy('a', 'Latex'), { resourceType: 'List', status: 'current', mode: 'snapshot', title: 'Problems', extension: [{ url: WARNING_URL, valueCode: 'new-warning-2027' }] }]));
    expect(warningTexts(el).join(' ')).to.contain('"new-warning-2027"');
  });

  it('H6: transfer-degraded allergy and medicine codes show code.text verbatim with a "Not coded" tag', async () => {
    const degradedAllergy = allergy('a', 'x', { code: { coding: [{ system: SNOMED, code: '196461000000101', display: 'Transfer-degraded drug allergy' }], text: 'Allergy to trimethoprim (from previous practice record)' } });
    const degradedMed = medicine('m', 'x', { medicationCodeableConcept: { coding: [{ system: SNOMED, code: '196421000000109', display: 'Transfer-degraded medication entry' }], text: 'Co-codamol 30mg/500mg effervescent tablets' } });
    const el = await show(bundle([patientResource(NHS, 'ASHBY'), degradedAllergy, degradedMed]));
    const allergyRow = rowsUnder(el, 'Current allergies and adverse reactions').find((r) => r.includes('trimethoprim'));
    expect(allergyRow).to.contain('Allergy to trimethoprim (from previous practice record) Not coded');
    const medRow = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ')).find((r) => r.includes('Co-codamol'));
    expect(medRow).to.contain('Co-codamol 30mg/500mg effervescent tablets Not coded');
    expect(visibleText(el)).not.to.contain('Transfer-degraded drug allergy');
  });

  it('H6: an OperationOutcome the server put in the result is shown as a warning in its own words', async () => {
    const el = await show(
      searchset([
        match(patientResource(NHS, 'QUINN')),
        match(allergy('a', 'Latex')),
        { resource: { resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code: 'suppressed', diagnostics: 'Some items were withheld from this response.' }] }, search: { mode: 'outcome' } },
      ]),
    );
    expect(warningTexts(el).join(' ')).to.contain('The record service attached a note to this record (warning): Some items were withheld from this response.');
  });
});
