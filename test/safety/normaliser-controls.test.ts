/**
 * The controls the safety case added to the normaliser (pure, no element): each test names
 * the hazard it proves a control for.
 */
import { expect } from '@open-wc/testing';
import { parseFhirDate, plannedDate } from '../../src/data/dates.js';
import { MAX_BUNDLE_DEPTH } from '../../src/data/fhir.js';
import type { NarrativeNode, NormaliseResult, SummaryModel } from '../../src/data/model.js';
import { MAX_NARRATIVE_DEPTH, parseXhtml, sanitise, textOf } from '../../src/data/narrative.js';
import { normalise, TOO_DEEP } from '../../src/data/normalise.js';
import { NOT_A_RESOURCE } from '../../src/data/resources/index.js';
import { allergy, bundle, medicine, NHS_SYSTEM, nhsNumber, patientResource } from './support/patients.js';

const NOW = new Date(2026, 10, 21, 12, 0);
const NHS = nhsNumber(0);
const OTHER = nhsNumber(1);

const run = (payload: unknown): NormaliseResult => normalise(payload, { requestedNhsNumber: NHS, now: NOW });

function model(payload: unknown): SummaryModel {
  const result = run(payload);
  if (!result.ok) throw new Error(`expected a model, got ${result.failure.kind}: ${result.failure.message}`);
  return result.model;
}

const texts = (m: SummaryModel, kind?: string) => m.warnings.filter((w) => !kind || w.kind === kind).map((w) => w.text);

describe('safety controls in the normaliser: identity (H1)', () => {
  it('H1: an entry whose subject identifier names another NHS number blocks the whole record', () => {
    const result = run(bundle([patientResource(NHS, 'ASHDOWN'), medicine('m1', 'Warfarin 1mg tablets', { subject: { identifier: { system: NHS_SYSTEM, value: OTHER } } })]));
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.failure.kind).to.equal('patient-mismatch');
  });

  it('H1: an allergy whose patient identifier names another NHS number blocks the record even with no Patient resource', () => {
    const result = run(bundle([allergy('a1', 'Peanut', { patient: { identifier: { system: NHS_SYSTEM, value: OTHER.replace(/(\d{3})(\d{3})/, '$1 $2 ') } } })]));
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.failure.kind).to.equal('patient-mismatch');
  });

  it('H1: a Patient contained in another resource with a different NHS number blocks the record', () => {
    const contained = { ...patientResource(OTHER, 'OTHER'), id: 'p' };
    const result = run(bundle([patientResource(NHS, 'ASHDOWN'), allergy('a1', 'Peanut', { contained: [contained], patient: { reference: '#p' } })]));
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.failure.kind).to.equal('patient-mismatch');
  });

  it('H1: with no number requested, a payload naming two different NHS numbers is blocked as mixed', () => {
    // No requestedNhsNumber: a host calling normalise() directly.
    const result = normalise(bundle([patientResource(NHS, 'ONE'), patientResource(OTHER, 'TWO')]), { now: NOW });
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.failure.kind).to.equal('patient-mismatch');
      expect(result.failure.message).to.contain('more than one NHS number');
    }
  });

  it('H1: a matching NHS number stated only by a reference identifier confirms identity (no identity warning)', () => {
    const m = model(bundle([allergy('a1', 'Peanut', { patient: { identifier: { system: NHS_SYSTEM, value: NHS } } })]));
    expect(m.patient.nhsNumber).to.equal(NHS);
    expect(texts(m, 'identity')).to.deep.equal([]);
  });

  it('H1: references that only point (no identifier), and identifiers from other systems, are not read as NHS numbers', () => {
    const m = model(
      bundle([
        patientResource(NHS, 'ASHDOWN'),
        allergy('a1', 'Peanut', { patient: { reference: 'Patient/elsewhere', identifier: { system: 'https://example.org/mrn', value: OTHER } } }),
      ]),
    );
    expect(m.patient.nhsNumber).to.equal(NHS);
    expect(m.allergies.active).to.have.length(1);
  });
});

describe('safety controls in the normaliser: consent (H14)', () => {
  it('H14: an SCR-ACSPermission "No" on the Bundle itself (meta.security) is a refusal with the opted-out message', () => {
    const payload = bundle([patientResource(NHS, 'ASHDOWN'), allergy('a1', 'Peanut')], {
      meta: { security: [{ system: 'https://fhir.nhs.uk/CodeSystem/SCR-ACSPermission', code: 'No' }] },
    });
    const result = run(payload);
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.failure.kind).to.equal('refused');
      expect(result.failure.message).to.contain('has chosen not to share');
    }
  });

  it('H14: "Yes" on the Bundle is read as "Ask": the record is shown under the ask-permission warning', () => {
    const payload = bundle([patientResource(NHS, 'ASHDOWN'), allergy('a1', 'Peanut')], {
      meta: { security: [{ system: 'https://fhir.nhs.uk/CodeSystem/SCR-ACSPermission', code: 'Yes' }] },
    });
    expect(texts(model(payload), 'consent')[0]).to.contain('Permission to view is “Ask”');
  });
});

describe('safety controls in the normaliser: nothing dropped, incompleteness shown (H4, H6)', () => {
  it('H4: Bundle entries that carry no resource are counted as unrecognised items, not dropped', () => {
    const payload = bundle([patientResource(NHS, 'ASHDOWN'), allergy('a1', 'Peanut')]) as { entry: unknown[] };
    payload.entry.push({ fullUrl: 'urn:uuid:x', search: { mode: 'match' } }, null, { resource: 'AllergyIntolerance' });
    expect(model(payload).hidden.notDisplayed).to.deep.equal({ [NOT_A_RESOURCE]: 3 });
  });

  it('H4: a failed batch part is warned of once and not also counted as an unrecognised item', () => {
    const payload = { resourceType: 'Bundle', type: 'batch-response', entry: [{ resource: bundle([patientResource(NHS, 'A'), allergy('a1', 'Peanut')]), response: { status: '200 OK' } }, { response: { status: '500 Internal Server Error' } }] };
    const m = model(payload);
    expect(texts(m, 'incomplete').filter((t) => t.includes('500'))).to.have.length(1);
    expect(m.hidden.notDisplayed).to.deep.equal({});
  });

  it('H6: an OperationOutcome inside a searchset (search.mode outcome) is shown as a warning in its own words', () => {
    const payload = {
      resourceType: 'Bundle',
      type: 'searchset',
      total: 1,
      entry: [
        { resource: patientResource(NHS, 'ASHDOWN'), search: { mode: 'include' } },
        { resource: allergy('a1', 'Peanut'), search: { mode: 'match' } },
        {
          resource: { resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code: 'suppressed', diagnostics: 'Some sensitive items were withheld from this response.' }, { severity: 'information', code: 'informational', details: { text: 'Served from a cache.' } }] },
          search: { mode: 'outcome' },
        },
      ],
    };
    const service = texts(model(payload), 'service');
    expect(service).to.deep.equal([
      'The record service attached a note to this record (warning): Some sensitive items were withheld from this response.',
      'The record service attached a note to this record (information): Served from a cache.',
    ]);
  });

  it('H6: List warning codes are raised for an SCR document too, where coded resources are otherwise counted as narrative copies', () => {
    const scr = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        {
          resource: {
            resourceType: 'Composition',
            type: { coding: [{ system: 'http://snomed.info/sct', code: '196981000000101' }] },
            section: [{ title: 'Allergies and Adverse Reactions', code: { coding: [{ code: 'AllergiesHeader' }] }, text: { div: '<div><p>None</p></div>' } }],
          },
        },
        { resource: patientResource(NHS, 'ASHDOWN') },
        {
          resource: {
            resourceType: 'List',
            title: 'Medications',
            status: 'current',
            mode: 'snapshot',
            extension: [{ url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ListWarningCode', valueCode: 'data-in-transit' }],
          },
        },
      ],
    };
    expect(texts(model(scr), 'list-warning')).to.deep.equal(['Medications: Some data is in transit from a previous practice and is not yet available.']);
  });
});

describe('safety controls in the normaliser: absence contradicted (H3)', () => {
  it('H3: a document section whose emptyReason says "nil known" while it lists entries is shown with a contradiction warning', () => {
    const payload = {
      resourceType: 'Bundle',
      type: 'document',
      entry: [
        {
          fullUrl: 'urn:uuid:c',
          resource: {
            resourceType: 'Composition',
            type: { coding: [{ system: 'http://loinc.org', code: '60591-5' }] },
            section: [
              {
                title: 'Allergies and Intolerances',
                code: { coding: [{ system: 'http://loinc.org', code: '48765-2' }] },
                emptyReason: { coding: [{ code: 'nilknown' }], text: 'No known allergies' },
                entry: [{ reference: 'urn:uuid:a' }],
                text: { div: '<div><p>Sesame: anaphylaxis</p></div>' },
              },
            ],
          },
        },
        { fullUrl: 'urn:uuid:p', resource: patientResource(NHS, 'ASHDOWN') },
        { fullUrl: 'urn:uuid:a', resource: allergy('a', 'Sesame', { criticality: 'high' }) },
      ],
    };
    const m = model(payload);
    expect(m.allergyStatus.label).to.equal('known');
    expect(texts(m, 'contradiction')).to.deep.equal(['The section "Allergies and Intolerances" says "No known allergies", but it holds 1 entry, which is shown.']);
  });
});

describe('safety controls in the normaliser: source and recency (H12)', () => {
  it('H12: a structured record names the patient’s registered GP practice (an Organization), resolved or by display', () => {
    const practice = { resourceType: 'Organization', id: 'org1', name: 'Meadowbank Fictional Practice' };
    const m = model(bundle([patientResource(NHS, 'ASHDOWN', 'Test', { generalPractitioner: [{ reference: 'Practitioner/gp' }, { reference: 'Organization/org1' }] }), practice, allergy('a1', 'Peanut')]));
    expect(m.header.practice).to.equal('Meadowbank Fictional Practice');
    const byDisplay = model(bundle([patientResource(NHS, 'ASHDOWN', 'Test', { generalPractitioner: [{ reference: 'Organization/elsewhere', display: 'Riverside Surgery' }] }), allergy('a1', 'Peanut')]));
    expect(byDisplay.header.practice).to.equal('Riverside Surgery');
  });

  it('H12: a practitioner named as general practitioner is never shown as the practice, and a Bundle timestamp is never "created"', () => {
    const m = model(bundle([patientResource(NHS, 'ASHDOWN', 'Test', { generalPractitioner: [{ reference: 'Practitioner/gp', display: 'Dr Tobias Wren' }] }), allergy('a1', 'Peanut')], { timestamp: '2026-11-20T10:00:00Z' }));
    expect(m.header.practice).to.be.undefined;
    expect(m.header.created).to.be.undefined;
  });

  it('H12: a non-SCR document gives its creation time and authors from the Composition', () => {
    const payload = {
      resourceType: 'Bundle',
      type: 'document',
      entry: [
        {
          fullUrl: 'urn:uuid:c',
          resource: { resourceType: 'Composition', date: '2026-11-18T15:20:00+00:00', author: [{ reference: 'urn:uuid:o' }, { display: 'Dr Ana Silva' }], section: [] },
        },
        { fullUrl: 'urn:uuid:p', resource: patientResource(NHS, 'NOWICKI') },
        { fullUrl: 'urn:uuid:o', resource: { resourceType: 'Organization', name: 'Harbour Health Centre' } },
      ],
    };
    expect(model(payload).header).to.include({ created: '18-Nov-2026 15:20', author: 'Harbour Health Centre; Dr Ana Silva' });
  });
});

describe('safety controls in the normaliser: dates (H8)', () => {
  it('H8: a planned end date ahead is not flagged as implausible, but a 1970-01-01 end still is', () => {
    expect(parseFhirDate('2027-01-10', NOW)?.implausible).to.equal('future');
    expect(plannedDate('2027-01-10', NOW)).to.deep.equal({ raw: '2027-01-10', text: '10-Jan-2027', precision: 'day' });
    expect(plannedDate('1970-01-01', NOW)?.implausible).to.equal('sentinel');
    const m = model(bundle([patientResource(NHS, 'ASHDOWN'), medicine('m1', 'Amoxicillin 500mg capsules', { effectivePeriod: { start: '2026-11-20', end: '2026-11-27' } })]));
    const [amoxicillin] = m.medicines.other;
    expect(amoxicillin.end?.text).to.equal('27-Nov-2026');
    expect(amoxicillin.end?.implausible).to.be.undefined;
  });
});

describe('safety controls in the normaliser: hostile shapes (H4, H6, H9, H11)', () => {
  it('H4: an allergy in a Bundle nested five deep is shown; a Bundle nested past the limit is counted, never dropped', () => {
    let payload: unknown = bundle([patientResource(NHS, 'ASHDOWN'), allergy('a', 'Peanut')]);
    for (let i = 0; i < 5; i++) payload = { resourceType: 'Bundle', type: 'batch-response', entry: [{ resource: payload, response: { status: '200 OK' } }] };
    expect(model(payload).allergies.active.map((a) => a.substance)).to.deep.equal(['Peanut']);
    let deep: unknown = bundle([allergy('a', 'Peanut')]);
    for (let i = 0; i < MAX_BUNDLE_DEPTH + 1; i++) deep = { resourceType: 'Bundle', type: 'batch-response', entry: [{ resource: deep, response: { status: '200 OK' } }] };
    const m = model({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: patientResource(NHS, 'ASHDOWN') }, { resource: deep }] });
    expect(m.hidden.notDisplayed).to.deep.equal({ [TOO_DEEP]: 1 });
    expect(m.empty).to.be.false;
  });

  it('H4: resources whose type names an Object.prototype member are counted by that name, not thrown on or lost', () => {
    const names = ['constructor', 'toString', 'hasOwnProperty', '__proto__'];
    const m = model(bundle([patientResource(NHS, 'ASHDOWN'), ...names.map((resourceType) => ({ resourceType }))]));
    expect(Object.entries(m.hidden.notDisplayed)).to.deep.equal(names.map((n) => [n, 1]));
  });

  it('H6: a List warning code named after an Object.prototype member is quoted as unknown, not read as a known warning', () => {
    const list = { resourceType: 'List', status: 'current', mode: 'snapshot', title: 'Problems', extension: [{ url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ListWarningCode', valueCode: 'constructor' }] };
    const [text] = texts(model(bundle([patientResource(NHS, 'ASHDOWN'), list])), 'list-warning');
    expect(text).to.equal('Problems: this list carries the warning code "constructor", which this viewer does not recognise. The list may be incomplete.');
  });

  it('H9: an entity named after an Object.prototype member (&constructor;) stays as written', () => {
    expect(textOf({ tag: 'p', attrs: {}, children: sanitise(parseXhtml('<p>A &constructor; &toString; B</p>')) })).to.equal('A &constructor; &toString; B');
  });

  it('H11: a narrative nested 20,000 elements deep is read quickly, keeps its text and stays shallow enough to render', () => {
    const started = performance.now();
    const nodes = sanitise(parseXhtml(`<p>before</p>${'<b>'.repeat(20000)}deep text${'</b>'.repeat(20000)}<p>after</p>`));
    expect(performance.now() - started).to.be.below(1000);
    const depth = (list: NarrativeNode[]): number => Math.max(0, ...list.map((n) => (typeof n === 'string' ? 0 : 1 + depth(n.children))));
    expect(depth(nodes)).to.be.at.most(MAX_NARRATIVE_DEPTH + 1);
    expect(nodes.map(textOf).join(' ')).to.equal('before deep text after');
  });

  it('H11: 20,000 unclosed <script> tags are read in well under a second, and the text after them is kept', () => {
    const started = performance.now();
    const nodes = sanitise(parseXhtml(`${'<script>'.repeat(20000)}<p>Penicillin</p>`));
    expect(performance.now() - started).to.be.below(500);
    expect(nodes.map(textOf).join(' ')).to.equal('Penicillin');
  });

  it('H9: a script whose end tag is in another case, or namespaced, is still dropped with its content', () => {
    const nodes = sanitise(parseXhtml('<p>A</p><SCRIPT>x()</sCrIpT><x:script>y()</x:script><p>B</p>'));
    expect(nodes.map(textOf).join(' ')).to.equal('A B');
  });
});
