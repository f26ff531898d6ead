/**
 * Hazard H1: the wrong patient's record. Through the element: a record naming someone else is
 * blocked, a record naming no one is shown under a warning, and the identity the record
 * states (NHS number, name, date of birth) stands together at the top of the card.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { normalise } from '../../src/data/normalise.js';
import type { ScrErrorDetail } from '../../src/index.js';
import { ENDPOINT, fhirJson, mount, mountForEvent, settle, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { allergy, bundle, medicine, NHS_SYSTEM, nhsNumber, patientResource } from './support/patients.js';

afterEach(() => resetHandlers());

const NHS = nhsNumber(20);
const OTHER = nhsNumber(21);
const spaced = (d: string) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
const OID = 'urn:oid:2.16.840.1.113883.2.1.4.1';
type Json = Record<string, unknown>;

/** A Patient stating exactly these identifiers. */
const withIds = (...identifier: Json[]): Json => ({ ...patientResource(undefined, 'IDS', 'Test'), identifier });
const id = (system: string, value: string, use?: string): Json => ({ system, value, ...(use ? { use } : {}) });

/**
 * The identity rule as a table: any NHS number under either NHS number system, in a Patient
 * (in the Bundle or contained) or a subject/patient reference identifier, that differs from
 * the one requested blocks the record, whichever order identifiers come in and whatever
 * their `use`. `old` included: the widget cannot tell a superseded number from another
 * person's, so it blocks and says so rather than guess.
 */
const IDENTITY_TABLE: [string, Json[], 'shown' | 'blocked'][] = [
  ['OID names another person', [withIds(id(OID, OTHER))], 'blocked'],
  ['OID names the patient', [withIds(id(OID, NHS))], 'shown'],
  ['OID spaced, names the patient', [withIds(id(OID, spaced(NHS)))], 'shown'],
  ['URL right, then OID wrong', [withIds(id(NHS_SYSTEM, NHS), id(OID, OTHER))], 'blocked'],
  ['OID wrong, then URL right', [withIds(id(OID, OTHER), id(NHS_SYSTEM, NHS))], 'blocked'],
  ['URL right, then URL wrong', [withIds(id(NHS_SYSTEM, NHS), id(NHS_SYSTEM, OTHER))], 'blocked'],
  ['URL wrong, then URL right', [withIds(id(NHS_SYSTEM, OTHER), id(NHS_SYSTEM, NHS))], 'blocked'],
  ['old wrong first, current right', [withIds(id(NHS_SYSTEM, OTHER, 'old'), id(NHS_SYSTEM, NHS))], 'blocked'],
  ['current right, old wrong under the OID', [withIds(id(NHS_SYSTEM, NHS, 'usual'), id(OID, OTHER, 'old'))], 'blocked'],
  ['both systems name the patient', [withIds(id(OID, NHS), id(NHS_SYSTEM, NHS, 'official'))], 'shown'],
  ['another system may differ', [withIds(id('https://example.org/mrn', OTHER), id(OID, NHS))], 'shown'],
  ['a near-miss OID is not an NHS number', [withIds(id(`${OID}.1`, OTHER), id(NHS_SYSTEM, NHS))], 'shown'],
  ['contained Patient under the OID names another', [patientResource(NHS, 'RIGHT'), allergy('a', 'Latex', { contained: [{ ...withIds(id(OID, OTHER)), id: 'p' }], patient: { reference: '#p' } })], 'blocked'],
  ['subject identifier under the OID names another', [patientResource(NHS, 'RIGHT'), medicine('m', 'Warfarin', { subject: { identifier: id(OID, OTHER) } })], 'blocked'],
  ['patient identifier under the OID names the patient, no Patient', [allergy('a', 'Latex', { patient: { identifier: id(OID, NHS) } })], 'shown'],
];

describe('H1: identity through the element', () => {
  it('H1: any NHS number under either system (URL or OID) that differs from the one requested blocks the record, in any order', () => {
    for (const [name, resources, expected] of IDENTITY_TABLE) {
      const result = normalise(bundle(resources), { requestedNhsNumber: NHS });
      expect(result.ok ? 'shown' : result.failure.kind, name).to.equal(expected === 'shown' ? 'shown' : 'patient-mismatch');
      if (result.ok) expect(result.model.patient.nhsNumber, name).to.equal(NHS);
    }
  });

  it('H1: with no number requested, a Patient stating two different numbers (one marked old) is blocked as mixed', () => {
    const result = normalise(bundle([withIds(id(NHS_SYSTEM, NHS), id(OID, OTHER, 'old'))]));
    expect(result.ok ? 'shown' : result.failure.message).to.contain('more than one NHS number');
  });

  it('H1: a Patient naming another person under the NHS number OID is blocked: its name and the other number are not shown', async () => {
    const other = withIds(id(NHS_SYSTEM, NHS), id(OID, OTHER));
    other.name = [{ family: 'WRONGPERSON', given: ['Someone'] }];
    await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle([other, allergy('a', 'Latex')]))));
    const { el, event } = await mountForEvent<ScrErrorDetail>('scr-error', NHS);
    expect(event.detail.kind).to.equal('patient-mismatch');
    const text = visibleText(el);
    for (const word of ['WRONGPERSON', 'Latex', spaced(OTHER)]) expect(text).not.to.contain(word);
    expect(text).to.contain(spaced(NHS));
  });

  it('H1: a record naming a different NHS number is blocked: nothing of it is shown, the requested number is', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle([patientResource(OTHER, 'WRONGPERSON', 'Someone'), allergy('a', 'Latex'), medicine('m', 'Warfarin 3mg tablets')]))));
    const { el, event } = await mountForEvent<ScrErrorDetail>('scr-error', NHS);
    expect(event.detail.kind).to.equal('patient-mismatch');
    const text = visibleText(el);
    for (const word of ['WRONGPERSON', 'Latex', 'Warfarin', spaced(OTHER)]) expect(text).not.to.contain(word);
    expect(text).to.contain(spaced(NHS));
    expect(text).to.contain('different NHS number');
  });

  it('H1: a record whose entries name another patient by identifier is blocked as a whole', async () => {
    const stray = medicine('m', 'Methotrexate 2.5mg tablets', { subject: { identifier: { system: NHS_SYSTEM, value: OTHER } } });
    await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle([patientResource(NHS, 'RIGHTPERSON'), allergy('a', 'Latex'), stray]))));
    const { el, event } = await mountForEvent<ScrErrorDetail>('scr-error', NHS);
    expect(event.detail.kind).to.equal('patient-mismatch');
    expect(visibleText(el)).not.to.contain('Methotrexate');
    expect(visibleText(el)).not.to.contain('RIGHTPERSON');
  });

  it('H1: the NHS number, name and date of birth the record states are shown together at the top of the card', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle([patientResource(NHS, 'CARTER', 'Robin'), allergy('a', 'Latex')]))));
    const el = await mount(NHS);
    await settle(el, ['loaded']);
    const header = shadow(el).querySelector('header');
    expect(header, 'a header').to.exist;
    const text = (header as HTMLElement).innerText.replace(/\s+/g, ' ');
    expect(text).to.contain(spaced(NHS));
    expect(text).to.contain('CARTER, Robin');
    expect(text).to.contain('07-Mar-1961');
    // Identity comes before any clinical content.
    const allergies = shadow(el).querySelector('[part~="allergies"]')!;
    expect(header!.compareDocumentPosition(allergies) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('H1: the NHS number is shown in three groups, on one line, even in a 320 px card', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle([patientResource(NHS, 'CARTER', 'Robin'), allergy('a', 'Latex')]))));
    const el = await mount(NHS);
    el.style.width = '320px';
    await settle(el, ['loaded']);
    const number = shadow(el).querySelector('.nhs-number') as HTMLElement;
    expect(number.textContent?.trim()).to.equal(spaced(NHS));
    const lines = new Set([...number.getClientRects()].map((r) => Math.round(r.top)));
    expect(lines.size, 'lines the number spans').to.equal(1);
  });

  it('H1: a record that states no NHS number is shown under a prominent identity warning, above the clinical content', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle([patientResource(undefined, 'NONUMBER', 'Ada'), allergy('a', 'Latex')]))));
    const el = await mount(NHS);
    await settle(el, ['loaded']);
    expect(visibleText(el)).to.contain('does not state an NHS number');
    const warning = [...shadow(el).querySelectorAll('[part~="warning"]')].find((w) => w.textContent?.includes('does not state an NHS number'));
    expect(warning, 'the identity warning callout').to.exist;
    const allergies = shadow(el).querySelector('[part~="allergies"]')!;
    expect(warning!.compareDocumentPosition(allergies) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(visibleText(el)).to.contain('Latex');
  });
});
