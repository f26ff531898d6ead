import { expect } from '@open-wc/testing';
import type { SummaryModel } from '../../src/data/model.js';
import { normalise } from '../../src/data/normalise.js';
import { emptySearchset, NHS_A, NHS_B, patient, resourceBundle, scrBundle, sectionOf } from '../helpers/records.js';

const NOW = new Date('2026-11-22T12:00:00Z');

function model(payload: unknown, requested = NHS_A): SummaryModel {
  const result = normalise(payload, { requestedNhsNumber: requested, now: NOW });
  if (!result.ok) throw new Error(`expected a model, got ${result.failure.kind}: ${result.failure.message}`);
  return result.model;
}

const table = (rows: string) => `<table><thead><tr><th>Date</th><th>Description</th></tr></thead><tbody>${rows}</tbody></table>`;

describe('normalise: SCR documents', () => {
  it('groups coded sections, reads the record header and keeps Title highlighted statements as record warnings', () => {
    const m = model(
      scrBundle({
        titleExtra: '<p id="RegistrationStartedStatement" class="HighlightedStatement">This patient recently registered with the GP practice.</p>',
        extraSections: [
          sectionOf('DiscRepeatMedsHeader', 'Discontinued Repeat Medications', table('<tr><td colspan="2">No relevant information available for this category.</td></tr>')),
          sectionOf('RisksToPatientHeader', 'Risks to Patient', table('<tr><td>01-Nov-2026</td><td>Falls risk</td></tr>')),
        ],
      }),
    );
    expect(m.shape).to.equal('scr-document');
    expect(m.header).to.include({ created: '14-Nov-2026 09:12', author: 'JONES, Amy (Dr)', practice: 'Riverside Surgery, 1 Mill Lane, Leeds LS1 1AA.' });
    expect(m.allergies.sections.map((s) => s.code)).to.deep.equal(['AllergiesHeader']);
    expect(m.medicines.sections.map((s) => s.code)).to.deep.equal(['RepeatMedsHeader', 'DiscRepeatMedsHeader']);
    expect(m.additional.sections.map((s) => s.title)).to.deep.equal(['Risks to Patient']);
    expect(m.medicines.sections[1].notRecorded).to.be.true;
    expect(m.medicines.sections[1].reading.entries).to.have.length(0);
    expect(m.warnings.map((w) => w.text)).to.include('This patient recently registered with the GP practice.');
    expect(m.allergyStatus.label).to.equal('known');
    expect(m.patient.nhsNumber).to.equal(NHS_A);
  });

  it('H4: uncoded (initial upload) and unknown sections fall back to their titles and are never dropped', () => {
    const m = model(
      scrBundle({
        extraSections: [
          sectionOf(undefined, 'Allergies and Sensitivities', table('<tr><td>14-Nov-06</td><td>Latex allergy</td></tr>')),
          sectionOf('SomeFutureHeader', 'End of Life Care', table('<tr><td>01-Nov-2026</td><td>Preferred place of care: home</td></tr>')),
          sectionOf(undefined, 'Notes', '<p>Free text</p>'),
        ],
      }),
    );
    expect(m.allergies.sections.map((s) => s.title)).to.deep.equal(['Allergies and Adverse Reactions', 'Allergies and Sensitivities']);
    expect(m.additional.sections.map((s) => s.title)).to.deep.equal(['End of Life Care', 'Notes']);
  });

  it('H3: an SCR allergies table holding only "No relevant information" is "Allergies not recorded"', () => {
    const m = model(scrBundle({ allergies: [['No relevant information available for this category.']] }));
    expect(m.allergyStatus.label).to.equal('not-recorded');
  });

  it('H4 class 1: a coded resource matching a row of an SCR narrative is counted, not shown twice; one matching none is shown and marked', () => {
    const payload = scrBundle() as { entry: unknown[] };
    payload.entry.push(
      { resource: { resourceType: 'AllergyIntolerance', id: 'a1', code: { text: 'PENICILLIN  v' }, recordedDate: '2026-05-12T10:00:00+01:00' } },
      { resource: { resourceType: 'Condition', id: 'c1' } },
    );
    const m = model(payload);
    expect(m.hidden.narrativeCopies).to.deep.equal({ AllergyIntolerance: 1 });
    expect(m.allergies.active).to.have.length(0);
    expect(m.additional.conditions).to.have.length(1);
    expect(m.additional.conditions[0].notInNarrative).to.be.true;
  });
});

describe('normalise: allergy labels from structured data', () => {
  const allergyList = (emptyReason: string) => ({
    resourceType: 'List', id: 'l', status: 'current', mode: 'snapshot', title: 'Allergies and adverse reactions',
    code: { coding: [{ system: 'http://snomed.info/sct', code: '886921000000105' }] },
    emptyReason: { coding: [{ code: emptyReason }] },
  });
  const nkda = { resourceType: 'AllergyIntolerance', id: 'n', code: { coding: [{ system: 'http://snomed.info/sct', code: '409137002', display: 'No known drug allergy' }] } };
  const sesame = { resourceType: 'AllergyIntolerance', id: 's', code: { text: 'Sesame' }, clinicalStatus: { coding: [{ code: 'active' }] }, criticality: 'high' };

  it('H3: a "nil known" allergy list is "No known allergies"; a "no content recorded" one is "Allergies not recorded"', () => {
    expect(model(resourceBundle([patient(NHS_A), allergyList('nilknown')])).allergyStatus.label).to.equal('no-known');
    expect(model(resourceBundle([patient(NHS_A), allergyList('no-content-recorded')])).allergyStatus.label).to.equal('not-recorded');
  });

  it('H3: a scoped negation keeps its exact wording and a real allergy beside it wins the label', () => {
    const alone = model(resourceBundle([patient(NHS_A), nkda]));
    expect(alone.allergyStatus).to.deep.equal({ label: 'no-known', detail: 'No known drug allergy', scoped: true });
    const both = model(resourceBundle([patient(NHS_A), nkda, sesame]));
    expect(both.allergyStatus.label).to.equal('known');
    expect(both.allergies.negations.map((n) => n.text)).to.deep.equal(['No known drug allergy']);
    expect(both.allergies.active.map((a) => a.substance)).to.deep.equal(['Sesame']);
  });

  it('H5: an empty allergy list beside a real allergy shows the allergy and warns of the contradiction', () => {
    const m = model(resourceBundle([patient(NHS_A), allergyList('no-content-recorded'), sesame]));
    expect(m.allergyStatus.label).to.equal('known');
    expect(m.warnings.filter((w) => w.kind === 'contradiction')).to.have.length(1);
  });

  it('a "nil known" list beside a "No known drug allergy" entry is not a contradiction', () => {
    const m = model(resourceBundle([patient(NHS_A), allergyList('nilknown'), nkda]));
    expect(m.warnings.filter((w) => w.kind === 'contradiction')).to.have.length(0);
  });
});

describe('normalise: identity, completeness and refusals', () => {
  it('H1: a payload naming another NHS number is a patient-mismatch failure', () => {
    const result = normalise(scrBundle({ nhsNumber: NHS_B }), { requestedNhsNumber: NHS_A });
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.failure.kind).to.equal('patient-mismatch');
  });

  it('H1: a payload with no NHS number gets an identity warning', () => {
    const m = model(scrBundle({ nhsNumber: undefined }));
    expect(m.warnings[0].kind).to.equal('identity');
  });

  it('H4: Bundle.total beyond the entries received, or a next link, warns that the record may be incomplete', () => {
    const byTotal = model(resourceBundle([patient(NHS_A)], { type: 'searchset', total: 5 }));
    expect(byTotal.warnings.some((w) => w.kind === 'incomplete' && /reported 5 entries but sent 1/.test(w.text))).to.be.true;
    const byLink = model(resourceBundle([patient(NHS_A)], { type: 'searchset', link: [{ relation: 'next', url: 'https://x/next' }] }));
    expect(byLink.warnings.some((w) => w.kind === 'incomplete')).to.be.true;
  });

  it('H3: an empty searchset is empty with the label "Allergies unavailable"', () => {
    const m = model(emptySearchset);
    expect(m.empty).to.be.true;
    expect(m.allergyStatus.label).to.equal('unavailable');
  });

  it('reads batch-response Bundles with nested Bundles and reports failed parts', () => {
    const inner = resourceBundle([patient(NHS_A), { resourceType: 'AllergyIntolerance', id: 'a1', code: { text: 'Peanut' }, clinicalStatus: { coding: [{ code: 'active' }] } }], { type: 'searchset' });
    const m = model({
      resourceType: 'Bundle',
      type: 'batch-response',
      entry: [{ resource: inner, response: { status: '200 OK' } }, { response: { status: '500 Internal Server Error' } }],
    });
    expect(m.allergies.active.map((a) => a.substance)).to.deep.equal(['Peanut']);
    expect(m.warnings.some((w) => w.kind === 'incomplete' && /500/.test(w.text))).to.be.true;
  });

  it('H11: an OperationOutcome forbidding access is a refusal with its diagnostics', () => {
    const result = normalise({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'forbidden', details: { text: '[PSIS-30418] - access not permitted' } }],
    });
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.failure).to.include({ kind: 'refused', diagnostics: '[PSIS-30418] - access not permitted' });
  });

  it('refuses STU3 and R5 shapes with kind unsupported instead of misreading them', () => {
    const stu3 = normalise(resourceBundle([{ resourceType: 'Condition', clinicalStatus: 'active', code: { text: 'Asthma' } }]));
    const r5 = normalise(resourceBundle([{ resourceType: 'MedicationStatement', status: 'recorded', medication: { concept: { text: 'Aspirin' } } }]));
    const profile = normalise(resourceBundle([{ resourceType: 'Patient', meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1'] } }]));
    for (const result of [stu3, r5, profile]) {
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.failure.kind).to.equal('unsupported');
    }
  });

  it('never throws on hostile or odd JSON', () => {
    const odd: unknown[] = [null, 42, 'text', [], {}, { resourceType: 7 }, { resourceType: 'Bundle', entry: 'x' },
      { resourceType: 'Bundle', entry: [null, 1, { resource: 'x' }, { resource: { resourceType: 'Composition', section: [null, { text: 5 }, { code: 'x' }] } }] }];
    for (const payload of odd) {
      expect(() => normalise(payload, { requestedNhsNumber: NHS_A })).not.to.throw();
    }
  });
});
