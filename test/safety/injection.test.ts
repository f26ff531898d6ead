/**
 * Hazard H9: a corpus of hostile strings placed in narrative XHTML and in every text field the
 * widget shows. After rendering, the shadow tree holds only allow-listed elements and
 * attributes, no hostile script ran, and (for structured fields) the text is shown as text.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { ENDPOINT, fhirJson, mount, settle, shadow, technicalText, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { HOSTILE_STRINGS, outsideAllowList, watchForScript, type PwnWatch } from './support/hostile-strings.js';
import { bundle, clinical, nhsNumber, NHS_SYSTEM, verification } from './support/patients.js';

type Json = Record<string, unknown>;

const NHS = nhsNumber(3);
const ALL = HOSTILE_STRINGS.join(' ');
const xhtml = (inner: string) => `<div xmlns="http://www.w3.org/1999/xhtml">${inner}</div>`;
/** What a reader sees of a string: whitespace collapsed as innerText does, NULs dropped. */
const seen = (text: string) => text.replace(/\u0000/g, '').replace(/\s+/g, ' ').trim();

/** Elements a hostile string might have added outside the widget (the test page itself has none of these). */
const OUTSIDE = 'iframe, object, embed, img, svg, math, video, audio, form, meta[http-equiv], base, link[rel="stylesheet"]';

let watch: PwnWatch;
beforeEach(() => {
  watch = watchForScript();
});
afterEach(() => {
  watch.stop();
  resetHandlers();
});

/** Waits long enough for any error/load/toggle/focus handler a payload set up to have fired. */
const pause = (ms = 300) => new Promise((r) => setTimeout(r, ms));

async function expectClean(root: ShadowRoot): Promise<void> {
  await pause();
  expect(outsideAllowList(root), 'elements or attributes outside the allow-list').to.deep.equal([]);
  expect(watch.calls, 'hostile script ran').to.deep.equal([]);
  expect(document.querySelectorAll(OUTSIDE).length, 'nothing added to the page outside the widget').to.equal(0);
}

function scrDocument(): Json {
  const title = (inner: string) => ({ title: 'General Practice Summary', code: { coding: [{ code: 'Title' }] }, text: { div: xhtml(inner) } });
  const hostileSections = HOSTILE_STRINGS.map((s, i) => ({
    title: s,
    code: { coding: [{ code: i % 2 ? 'RisksToPatientHeader' : `UnknownHeader${i}` }] },
    text: { div: xhtml(`<p>${s}</p><p class="HighlightedStatement">${s}</p><table><thead><tr><th>${s}</th></tr></thead><tbody><tr><td colspan="1">${s}</td></tr></tbody></table>${s}`) },
  }));
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    entry: [
      {
        resource: {
          resourceType: 'Composition',
          type: { coding: [{ system: 'http://snomed.info/sct', code: '196981000000101' }] },
          section: [
            title(`<h3 id="Disclaimer">${ALL}</h3><p id="CreateTime">${ALL}</p><p id="Author">${ALL}</p><p id="Practice">${ALL}</p><p class="HighlightedStatement">${ALL}</p>`),
            { title: 'Allergies and Adverse Reactions', code: { coding: [{ code: 'AllergiesHeader' }] }, text: { div: xhtml(`<table><tbody><tr><td>${ALL}</td></tr></tbody></table>`) } },
            { title: 'Current Repeat Medications', code: { coding: [{ code: 'RepeatMedsHeader' }] }, text: { div: xhtml(ALL) } },
            ...hostileSections,
            // The whole corpus in one narrative as well: strings that only misbehave next to each other.
            { title: 'Everything at once', text: { div: xhtml(ALL) } },
          ],
        },
      },
      { resource: { resourceType: 'Patient', identifier: [{ system: NHS_SYSTEM, value: NHS }], name: [{ text: ALL }] } },
    ],
  };
}

/** Every structured text field the views show, each holding string `s`. */
function structuredResources(s: string, i: number): Json[] {
  return [
    {
      resourceType: 'AllergyIntolerance',
      id: `a${i}`,
      clinicalStatus: clinical('active'),
      verificationStatus: verification('confirmed'),
      code: { text: s },
      onsetString: s,
      note: [{ text: s }],
      reaction: [{ manifestation: [{ text: s }], description: s, note: [{ text: s }] }],
    },
    // A reaction with no manifestation shows its description instead.
    { resourceType: 'AllergyIntolerance', id: `ad${i}`, code: { text: `desc ${i}` }, reaction: [{ description: s }] },
    { resourceType: 'AllergyIntolerance', id: `nk${i}`, code: { text: s, coding: [{ system: 'http://snomed.info/sct', code: '409137002' }] } },
    {
      resourceType: 'MedicationStatement',
      id: `m${i}`,
      status: s,
      medicationCodeableConcept: { text: s },
      dosage: [{ text: s }],
      reasonCode: [{ text: s }],
      note: [{ text: s }],
      effectiveDateTime: s,
    },
    { resourceType: 'Condition', id: `c${i}`, code: { text: s }, clinicalStatus: { coding: [{ code: s }] }, onsetString: s, abatementString: s },
    { resourceType: 'Flag', id: `f${i}`, status: s, code: { text: s } },
    {
      resourceType: 'List',
      id: `l${i}`,
      status: 'current',
      mode: 'snapshot',
      title: s,
      emptyReason: { text: s },
      note: [{ text: s }],
      extension: [{ url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ListWarningCode', valueCode: s }],
    },
    // An unknown resource type is counted in the footnote by its name.
    { resourceType: s },
    // A server's note inside the Bundle is shown in its own words.
    { resourceType: 'OperationOutcome', issue: [{ severity: 'warning', diagnostics: s }] },
  ];
}

describe('H9: hostile content in every field', () => {
  it(`H9: the corpus holds at least 50 hostile strings (${HOSTILE_STRINGS.length})`, () => {
    expect(HOSTILE_STRINGS.length).to.be.at.least(50);
    expect(new Set(HOSTILE_STRINGS).size).to.equal(HOSTILE_STRINGS.length);
  });

  it('H9: hostile strings in SCR narrative (sections, titles, highlighted statements, header fields, patient name) render only allow-listed markup and run nothing', async function () {
    this.timeout(20000);
    await useHandlers(http.get(ENDPOINT, () => fhirJson(scrDocument())));
    const el = await mount(NHS);
    await settle(el, ['loaded']);
    await expectClean(shadow(el));
    const text = seen(visibleText(el));
    // Text-bound fields (section titles, the patient's name) keep the hostile words as words.
    for (const s of HOSTILE_STRINGS) expect(text.includes(seen(s)), s).to.be.true;
    expect(text).to.contain('Everything at once');
  });

  it('H9: hostile strings in every structured field (allergy, reaction, note, medicine, dose, reason, condition, flag, list, patient, dates, resource type, service note) are shown as text, never markup', async function () {
    this.timeout(30000);
    const resources = [
      { resourceType: 'Patient', identifier: [{ system: NHS_SYSTEM, value: NHS }], name: [{ text: ALL }], birthDate: ALL },
      ...HOSTILE_STRINGS.flatMap(structuredResources),
    ];
    await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle(resources))));
    const el = await mount(NHS);
    await settle(el, ['loaded']);
    await expectClean(shadow(el));
    const text = seen(visibleText(el));
    for (const s of HOSTILE_STRINGS) expect(text.includes(seen(s)), s).to.be.true;
  });

  it('H9: hostile structured text inside an IPS document (section titles, emptyReason text, narrative) is inert', async function () {
    this.timeout(20000);
    const sections = HOSTILE_STRINGS.map((s) => ({ title: s, emptyReason: { text: s, coding: [{ code: 'unavailable' }] }, text: { div: xhtml(s) } }));
    const payload = {
      resourceType: 'Bundle',
      type: 'document',
      entry: [
        { fullUrl: 'urn:uuid:c', resource: { resourceType: 'Composition', title: ALL, date: '2026-11-18', author: [{ display: ALL }], section: sections } },
        { fullUrl: 'urn:uuid:p', resource: { resourceType: 'Patient', identifier: [{ system: NHS_SYSTEM, value: NHS }], generalPractitioner: [{ reference: 'Organization/o', display: ALL }] } },
      ],
    };
    await useHandlers(http.get(ENDPOINT, () => fhirJson(payload)));
    const el = await mount(NHS);
    await settle(el, ['loaded']);
    await expectClean(shadow(el));
    const text = seen(visibleText(el));
    for (const s of HOSTILE_STRINGS) expect(text.includes(seen(s)), s).to.be.true;
  });

  for (const status of [500, 403]) {
    it(`H9: hostile OperationOutcome diagnostics with HTTP ${status} are kept as text under Technical details in the error state`, async () => {
      const outcome = { resourceType: 'OperationOutcome', issue: HOSTILE_STRINGS.map((s) => ({ severity: 'error', code: status === 403 ? 'forbidden' : 'exception', diagnostics: s })) };
      await useHandlers(http.get(ENDPOINT, () => fhirJson(outcome, { status })));
      const el = await mount(NHS);
      await settle(el, ['error']);
      await expectClean(shadow(el));
      expect(seen(technicalText(el)).includes(seen(HOSTILE_STRINGS.join(' '))), 'diagnostics kept verbatim for IT staff').to.be.true;
    });
  }
});
