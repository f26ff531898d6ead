/**
 * Issue 11 through normalise(): each class of wrong claim with payloads written here, and the
 * headline that states what the strip says.
 */
import { expect } from '@open-wc/testing';
import type { SummaryModel } from '../../../src/data/model.js';
import { normalise } from '../../../src/data/normalise.js';
import { NHS_A, resourceBundle, patient, scrBundle, sectionOf } from '../../helpers/records.js';

const NOW = new Date(2026, 10, 22, 12, 0);
type Json = Record<string, unknown>;

function model(payload: unknown): SummaryModel {
  const result = normalise(payload, { requestedNhsNumber: NHS_A, now: NOW });
  if (!result.ok) throw new Error(`expected a model, got ${result.failure.kind}: ${result.failure.message}`);
  return result.model;
}

const withEntries = (bundle: Json, ...resources: Json[]) => {
  (bundle.entry as Json[]).push(...resources.map((resource, i) => ({ fullUrl: `urn:uuid:extra-${i}`, resource })));
  return bundle;
};
const composition = (bundle: Json) => (bundle.entry as { resource: Json }[])[0].resource;
const snomed = (code: string, display: string) => ({ coding: [{ system: 'http://snomed.info/sct', code, display }] });
const active = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }] };
const penicillin: Json = {
  resourceType: 'AllergyIntolerance', id: 'pen', clinicalStatus: active, criticality: 'high',
  code: snomed('764146007', 'Penicillin'), recordedDate: '2024-03-01',
};
const NO_INFO = [['No relevant information available for this category.']];

describe('class 1: coded entries of an SCR document are hidden only when matched to a row of its text', () => {
  it('H4: an allergy table saying "No relevant information" beside a coded active penicillin allergy: known, listed, marked, warned', () => {
    const m = model(withEntries(scrBundle({ allergies: NO_INFO }), penicillin));
    expect(m.allergyStatus.label).to.equal('known');
    expect(m.allergies.active.map((a) => [a.substance, a.criticality, a.notInNarrative])).to.deep.equal([['Penicillin', 'high', true]]);
    expect(m.headline.allergies).to.deep.equal(['Penicillin']);
    expect(m.warnings.map((w) => w.kind)).to.include.members(['not-in-narrative', 'contradiction']);
    expect(m.hidden.narrativeCopies).to.deep.equal({});
  });

  it('H4: a Composition holding only its Title section, with coded entries beside it, is not an empty record', () => {
    const bundle = scrBundle();
    const comp = composition(bundle);
    comp.section = (comp.section as Json[]).slice(0, 1);
    const m = model(withEntries(bundle, penicillin, { resourceType: 'MedicationStatement', id: 'ms', status: 'active', medicationCodeableConcept: { text: 'Warfarin 1mg tablets' } }));
    expect(m.empty).to.be.false;
    expect(m.allergyStatus.label).to.equal('known');
    expect(m.headline.currentMedicines).to.deep.equal(['Warfarin 1mg tablets']);
  });

  const matchRows: [string, Json, boolean][] = [
    ['same name, other case and spacing, same day', { code: { text: '  penicillin   V ' }, recordedDate: '2026-05-12' }, true],
    ['same name by a coding display, same day (dateTime with offset)', { code: snomed('1', 'Penicillin V'), onsetDateTime: '2026-05-12T23:30:00-10:00' }, true],
    ['same name, no date on the coded entry', { code: { text: 'Penicillin V' } }, true],
    ['same name, another day', { code: { text: 'Penicillin V' }, recordedDate: '2026-05-13' }, false],
    ['another name, same day', { code: { text: 'Penicillin G' }, recordedDate: '2026-05-12' }, false],
    ['same name through a reaction substance', { reaction: [{ substance: { text: 'Penicillin V' } }], recordedDate: '2026-05-12' }, true],
  ];
  for (const [name, fields, matched] of matchRows) {
    it(`H4: ${name}: ${matched ? 'counted, not shown twice' : 'shown and marked'}`, () => {
      const m = model(withEntries(scrBundle(), { resourceType: 'AllergyIntolerance', id: 'x', clinicalStatus: active, ...fields }));
      expect(m.hidden.narrativeCopies).to.deep.equal(matched ? { AllergyIntolerance: 1 } : {});
      expect(m.allergies.active.length).to.equal(matched ? 0 : 1);
      expect(m.headline.allergies.length).to.equal(matched ? 1 : 2);
    });
  }

  it('H4: an unreadable narrative date gives nothing to agree with: the coded entry is shown', () => {
    const m = model(withEntries(scrBundle({ allergies: [['sometime in childhood', 'Penicillin V', '', '', '']] }), { resourceType: 'AllergyIntolerance', id: 'x', code: { text: 'Penicillin V' }, recordedDate: '2020-01-01' }));
    expect(m.allergies.active).to.have.length(1);
  });

  it('H4: one row stands for one resource: two identical coded entries and one row leave one shown', () => {
    const twin = { resourceType: 'AllergyIntolerance', code: { text: 'Penicillin V' }, recordedDate: '2026-05-12' };
    const m = model(withEntries(scrBundle(), { ...twin, id: 'a' }, { ...twin, id: 'b' }));
    expect(m.hidden.narrativeCopies).to.deep.equal({ AllergyIntolerance: 1 });
    expect(m.allergies.active.map((a) => a.source.ref)).to.deep.equal(['AllergyIntolerance/b']);
  });

  it('H4: a coded medicine matching a current repeat row is not counted twice', () => {
    const m = model(withEntries(scrBundle(), { resourceType: 'MedicationStatement', id: 'm', status: 'active', medicationCodeableConcept: { text: 'Amlodipine 5mg tablets' }, effectiveDateTime: '2026-11-01' }));
    expect(m.hidden.narrativeCopies).to.deep.equal({ MedicationStatement: 1 });
    expect(m.headline.currentMedicines).to.deep.equal(['Amlodipine 5mg tablets']);
  });
});

describe('class 2: only medicines the record says are current count as current; a prohibition is never one', () => {
  const request = (extra: Json): Json => ({ resourceType: 'MedicationRequest', id: `r${Math.random()}`, status: 'active', intent: 'order', medicationCodeableConcept: { text: 'Warfarin 1mg tablets' }, ...extra });
  it('H5: doNotPerform: listed as "do not give", named in the strip apart, never current', () => {
    const m = model(resourceBundle([patient(NHS_A), request({ doNotPerform: true })]));
    expect(m.medicines.prohibited.map((x) => x.name)).to.deep.equal(['Warfarin 1mg tablets']);
    expect(m.headline.currentMedicines).to.deep.equal([]);
    expect(m.counts.medicines).to.include({ prohibited: 1 });
    expect(m.counts.medicines.current.state).to.equal('not-recorded');
  });
  it('H5: proposal, plan, draft, on-hold, unknown, not-taken, cancelled, ended and completed are not current; one active order is', () => {
    const m = model(resourceBundle([
      patient(NHS_A),
      request({ intent: 'proposal' }), request({ intent: 'plan' }), request({ status: 'draft' }), request({ status: 'on-hold' }),
      request({ status: 'unknown' }), request({ status: 'cancelled' }), request({ status: 'completed' }),
      { resourceType: 'MedicationStatement', id: 's1', status: 'not-taken', medicationCodeableConcept: { text: 'A' } },
      { resourceType: 'MedicationStatement', id: 's2', status: 'intended', medicationCodeableConcept: { text: 'B' } },
      { resourceType: 'MedicationStatement', id: 's3', status: 'active', medicationCodeableConcept: { text: 'C' }, effectivePeriod: { start: '2026-01-01', end: '2026-06-30' } },
      request({ dispenseRequest: { validityPeriod: { start: '2025-01-01', end: '2025-12-31' } } }),
      request({ medicationCodeableConcept: { text: 'Ramipril 5mg capsules' } }),
    ]));
    expect(m.headline.currentMedicines).to.deep.equal(['Ramipril 5mg capsules']);
    expect(m.counts.medicines.current).to.deep.equal({ state: 'counted', count: 1 });
    expect(m.counts.medicines).to.include({ onHold: 1, unconfirmed: 5, stopped: 5, completed: 1 });
  });
});

describe('classes 4 and 5: sections are placed by code, title or parent', () => {
  it('H3/H4: class 4: an allergy subsection inside AllergiesHeader is allergy information and sets the label', () => {
    const bundle = scrBundle({ allergies: NO_INFO });
    const allergies = (composition(bundle).section as Json[])[1];
    allergies.section = [sectionOf('416098002', 'Drug allergies', '<table><thead><tr><th>Date</th><th>Description</th></tr></thead><tbody><tr><td>01-Jan-2020</td><td>Latex</td></tr></tbody></table>')];
    const m = model(bundle);
    expect(m.allergies.sections.map((s) => s.title)).to.deep.equal(['Allergies and Adverse Reactions', 'Drug allergies']);
    expect(m.allergyStatus.label).to.equal('known');
    expect(m.headline.allergies).to.deep.equal(['Latex']);
  });

  it('H3/H4: class 5: an uncoded initial upload: header read from the Title section by title, medicines counted by their sections’ titles', () => {
    const bundle = scrBundle({
      extraSections: [
        sectionOf(undefined, 'Acute Medications (For the 12 month period 14-Nov-05 to 14-Nov-06)', '<table><thead><tr><th>Type</th><th>Date</th><th>Medication Item</th></tr></thead><tbody><tr><td>Acute Medication</td><td>Prescribed: 01-Nov-06</td><td>Amoxicillin</td></tr></tbody></table>'),
      ],
    });
    for (const s of composition(bundle).section as Json[]) delete s.code;
    const m = model(bundle);
    expect(m.header).to.include({ created: '14-Nov-2026 09:12', practice: 'Riverside Surgery, 1 Mill Lane, Leeds LS1 1AA.' });
    expect(m.medicines.sections.map((s) => s.kind)).to.deep.equal(['repeat-medications', 'acute-medications']);
    expect(m.counts.medicines.current).to.deep.equal({ state: 'counted', count: 1 });
    expect(m.counts.medicines.acuteIssues).to.equal(1);
    expect(m.allergyStatus.label).to.equal('known');
  });
});

describe('class 9: "no known" claims', () => {
  const nka = (extra: Json = {}): Json => ({ resourceType: 'AllergyIntolerance', id: `n${Math.random()}`, code: snomed('716186003', 'No known allergy'), ...extra });
  it('H3: an explicit no-known-allergies assertion beside an active allergy is a contradiction', () => {
    const m = model(resourceBundle([patient(NHS_A), nka(), penicillin]));
    expect(m.allergyStatus.label).to.equal('known');
    expect(m.warnings.filter((w) => w.kind === 'contradiction')).to.have.length(1);
    expect(m.headline.warnings.some((w) => w.includes('No known allergy'))).to.be.true;
  });
  it('H3: a scoped "no known drug allergy" beside a food allergy is no contradiction; beside a drug allergy it is', () => {
    const nkda = nka({ code: snomed('409137002', 'No known drug allergy') });
    const food = { ...penicillin, id: 'egg', code: { text: 'Egg' }, category: ['food'] };
    expect(model(resourceBundle([patient(NHS_A), nkda, food])).warnings.filter((w) => w.kind === 'contradiction')).to.have.length(0);
    const drug = { ...penicillin, category: ['medication'] };
    expect(model(resourceBundle([patient(NHS_A), nkda, drug])).warnings.filter((w) => w.kind === 'contradiction')).to.have.length(1);
  });
  it('H3: an unconfirmed "no known allergies" keeps its qualifier', () => {
    const m = model(resourceBundle([patient(NHS_A), nka({ verificationStatus: { coding: [{ code: 'unconfirmed' }] } })]));
    expect(m.allergyStatus).to.include({ label: 'no-known', unconfirmed: true });
  });
  it('H3: a retired List sets no label', () => {
    const list = (status: string) => ({ resourceType: 'List', id: `l-${status}`, status, mode: 'snapshot', title: 'Allergies', code: snomed('886921000000105', 'Allergies'), emptyReason: { coding: [{ code: 'nilknown' }] } });
    expect(model(resourceBundle([patient(NHS_A), list('retired')])).allergyStatus.label).to.equal('unavailable');
    expect(model(resourceBundle([patient(NHS_A), list('current')])).allergyStatus.label).to.equal('no-known');
  });
  it('H3: a narrative "No known allergies" row beside a coded allergy not in the text is a contradiction', () => {
    const m = model(withEntries(scrBundle({ allergies: [['01-Jan-2020', 'No known allergies', '', '', '']] }), penicillin));
    expect(m.allergyStatus.label).to.equal('known');
    expect(m.warnings.filter((w) => w.kind === 'contradiction')).to.have.length(1);
  });
});

describe('class 10: document status and more than one document', () => {
  it('H5: entered-in-error: no record is shown', () => {
    const bundle = scrBundle();
    composition(bundle).status = 'entered-in-error';
    const result = normalise(bundle, { requestedNhsNumber: NHS_A, now: NOW });
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.failure.kind).to.equal('entered-in-error');
  });
  it('H5: preliminary: shown under a warning', () => {
    const bundle = scrBundle();
    composition(bundle).status = 'preliminary';
    expect(model(bundle).warnings.map((w) => w.kind)).to.include('document');
  });
  it('H5: a second Composition is shown under its own title and counts', () => {
    const bundle = scrBundle({ allergies: NO_INFO });
    const second: Json = { ...structuredClone(composition(bundle)), id: 'comp-2', title: 'Ambulance handover summary' };
    (second.section as Json[])[1] = sectionOf('AllergiesHeader', 'Allergies', '<table><thead><tr><th>Date</th><th>Description</th></tr></thead><tbody><tr><td>02-Feb-2026</td><td>Morphine</td></tr></tbody></table>');
    const m = model(withEntries(bundle, second));
    const shownUnder = m.allergies.sections.map((s) => [s.documentTitle, s.title]);
    expect(shownUnder).to.deep.equal([[undefined, 'Allergies and Adverse Reactions'], ['Ambulance handover summary', 'Allergies']]);
    expect(m.headline.allergies).to.deep.equal(['Morphine']);
    expect(m.additional.sections.map((s) => [s.documentTitle, s.title])).to.deep.include(['Ambulance handover summary', 'General Practice Summary']);
  });
  it('H5: text in the Title section beyond the four known fields is kept', () => {
    const m = model(scrBundle({ titleExtra: '<p>Summary uploaded after a records merge.</p>' }));
    expect(JSON.stringify(m.header.notes)).to.contain('Summary uploaded after a records merge.');
  });
});
