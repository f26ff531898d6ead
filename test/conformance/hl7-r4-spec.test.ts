/**
 * Conformance: examples from the published HL7 FHIR R4 (4.0.1) specification. Each is a
 * single resource, wrapped in a Bundle here as an endpoint would send it.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { formatDateTime } from '../../src/data/dates.js';
import type { FhirResource } from '../../src/data/fhir.js';
import type { ScrLoadDetail } from '../../src/index.js';
import { ENDPOINT, fhirJson, mountForEvent, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { bundleOf, conformanceFixtures, loadFixture, modelOf, NHS } from './fixtures.js';

if (await conformanceFixtures()) {
  const cashew = await loadFixture('hl7-r4-spec/allergyintolerance-example.json');
  const penicillin = await loadFixture('hl7-r4-spec/allergyintolerance-medication.json');
  const nka = await loadFixture('hl7-r4-spec/allergyintolerance-nka.json');
  const nkda = await loadFixture('hl7-r4-spec/allergyintolerance-nkda.json');
  const fever = await loadFixture('hl7-r4-spec/condition-example-f201-fever.json');
  const renal = await loadFixture('hl7-r4-spec/condition-example-f204-renal.json');
  const flag = await loadFixture('hl7-r4-spec/flag-example.json');
  const allergyList = await loadFixture('hl7-r4-spec/list-example-allergies.json');
  const medicationListEmpty = await loadFixture('hl7-r4-spec/list-example-empty.json');
  const oxycodone = await loadFixture('hl7-r4-spec/medicationrequest0301.json');
  const nystatin = await loadFixture('hl7-r4-spec/medicationrequest0325.json');
  const tylenol = await loadFixture('hl7-r4-spec/medicationstatementexample1.json');
  const amoxicillinInError = await loadFixture('hl7-r4-spec/medicationstatementexample5.json');

  const single = (resource: FhirResource) => modelOf(bundleOf([resource]));
  const allMedicines = (m: ReturnType<typeof single>) => Object.values(m.medicines).flatMap((g) => (g === m.medicines.sections ? [] : (g as typeof m.medicines.stopped)));

  describe('conformance: hl7-r4-spec allergies (normaliser)', () => {
    it('allergyintolerance-example: cashew nuts, criticality high, anaphylaxis severe + urticaria moderate, food category', () => {
      const model = single(cashew);
      expect(model.allergyStatus.label).to.equal('known');
      expect(model.allergies.active).to.have.length(1);
      const a = model.allergies.active[0];
      expect(a).to.include({ substance: 'Cashew nuts', coded: true, criticality: 'high', verification: 'confirmed', clinical: 'active' });
      expect(a.category).to.deep.equal(['food']);
      expect(a.reactions.map((r) => [r.manifestations, r.severity])).to.deep.equal([
        [['Anaphylactic reaction'], 'severe'],
        [['Urticaria'], 'moderate'],
      ]);
      expect(a.reactions[0].description).to.equal(
        'Challenge Protocol. Severe reaction to subcutaneous cashew extract. Epinephrine administered',
      );
      expect(a.notes).to.have.length(2);
    });

    it('H8: allergyintolerance-example keeps partial dates partial: onset "2004", lastOccurrence "Jun-2012"', () => {
      const a = single(cashew).allergies.active[0];
      expect(a.onset).to.deep.equal({ raw: '2004', text: '2004', precision: 'year' });
      expect(a.lastOccurrence).to.deep.equal({ raw: '2012-06', text: 'Jun-2012', precision: 'month' });
      expect(a.reactions[0].onset?.text).to.equal('12-Jun-2012');
      expect(a.reactions[1].onset?.text).to.equal('2004');
      // 2014-10-09T14:58:00+11:00 is one instant: shown on the reader's clock ("Retrieved at"'s),
      // with what was sent when the offsets differ (in UTC: "09-Oct-2014 03:58 (sent as 09-Oct-2014 14:58 UTC+11:00)").
      expect(a.recorded?.text.startsWith(formatDateTime(new Date('2014-10-09T14:58:00+11:00')))).to.be.true;
      expect(a.recorded?.text).to.match(/^\S+ \S+( \(sent as 09-Oct-2014 14:58 UTC\+11:00\))?$/);
    });

    it('H5: allergyintolerance-medication: Penicillin G is unconfirmed (labelled), criticality high, severity not recorded', () => {
      const a = single(penicillin).allergies.active[0];
      expect(a).to.include({ substance: 'Penicillin G', verification: 'unconfirmed', criticality: 'high' });
      expect(a.reactions).to.deep.equal([{ manifestations: ['Hives'] }]);
      expect(a.reactions[0].severity, 'absent severity is not recorded, never mild').to.be.undefined;
    });

    it('H3: allergyintolerance-nka: 716186003 is an all-scope negation, label "no-known" with the source text "NKA"', () => {
      const model = single(nka);
      expect(model.allergyStatus).to.deep.equal({ label: 'no-known', detail: 'NKA' });
      expect(model.allergies.negations.map((n) => [n.code, n.scope, n.text])).to.deep.equal([['716186003', 'all', 'NKA']]);
      expect(model.allergies.active).to.have.length(0);
    });

    it('H3: allergyintolerance-nkda: 409137002 is a drug-scoped negation with the source text "NKDA"', () => {
      const model = single(nkda);
      expect(model.allergyStatus).to.deep.equal({ label: 'no-known', detail: 'NKDA', scoped: true });
      expect(model.allergies.negations.map((n) => [n.code, n.scope, n.text])).to.deep.equal([['409137002', 'drug', 'NKDA']]);
    });

    it('H3: NKDA beside the cashew allergy: the scoped negation does not hide the food allergy; label "known"', () => {
      const model = modelOf(bundleOf([nkda, cashew]));
      expect(model.allergyStatus.label).to.equal('known');
      expect(model.allergies.active.map((a) => a.substance)).to.deep.equal(['Cashew nuts']);
      expect(model.allergies.negations.map((n) => n.scope)).to.deep.equal(['drug']);
    });

    it('list-example-allergies: the "Current Allergy List" is read with topic "allergies" and no empty reason', () => {
      const model = single(allergyList);
      expect(model.lists).to.have.length(1);
      expect(model.lists[0]).to.include({ title: 'Current Allergy List', topic: 'allergies' });
      expect(model.lists[0].emptyReason).to.be.undefined;
      // Its entries point at AllergyIntolerance resources that are not in the payload: nothing is invented.
      expect(model.allergies.active).to.have.length(0);
      expect(model.allergyStatus.label).not.to.equal('no-known');
    });

    it('list-example-allergies with the two resources it lists: both allergies are read, label "known"', () => {
      const model = modelOf(bundleOf([allergyList, cashew, penicillin]));
      expect(model.allergyStatus.label).to.equal('known');
      expect(model.allergies.active.map((a) => a.substance)).to.deep.equal(['Cashew nuts', 'Penicillin G']);
      expect(model.warnings.filter((w) => w.kind === 'contradiction')).to.deep.equal([]);
    });

    it('H3: list-example-empty is a MEDICATION list (nilknown): its topic is medications and it does not make allergies "no-known"', () => {
      const model = single(medicationListEmpty);
      expect(model.lists).to.have.length(1);
      expect(model.lists[0]).to.deep.include({
        title: 'Medication Review',
        topic: 'medications',
        emptyReason: { code: 'nilknown', text: 'The patient is not on any medications' },
      });
      expect(model.allergyStatus.label).to.equal('unavailable');
    });
  });

  describe('conformance: hl7-r4-spec conditions, flag, medicines (normaliser)', () => {
    it('H5: condition-example-f201-fever: "Fever" resolved, onset 02-Apr-2013, abatementString kept verbatim', () => {
      const c = single(fever).additional.conditions;
      expect(c).to.have.length(1);
      expect(c[0]).to.include({ name: 'Fever', clinical: 'resolved', verification: 'confirmed' });
      expect(c[0].onset?.text).to.equal('02-Apr-2013');
      expect(c[0].abatement?.text).to.equal('around April 9, 2013');
      expect(c[0].recorded?.text).to.equal('04-Apr-2013');
    });

    it('H5: condition-example-f204-renal: inactive with verification "differential", abated 20-Mar-2013', () => {
      const c = single(renal).additional.conditions[0];
      expect(c).to.include({ name: 'Acute renal insufficiency specified as due to procedure', clinical: 'inactive', verification: 'differential' });
      expect(c.onset?.text).to.equal('11-Mar-2013');
      expect(c.abatement?.text).to.equal('20-Mar-2013');
    });

    it('flag-example: the alert text from code.text, status inactive, started 17-Jan-2015', () => {
      const f = single(flag).additional.flags;
      expect(f).to.have.length(1);
      expect(f[0].text).to.equal(
        'Patient has a big dog at his home. Always always wear a suit of armor or take other active counter-measures',
      );
      expect(f[0].status).to.equal('inactive');
      expect(f[0].period?.text).to.equal('17-Jan-2015');
    });

    it('medicationrequest0301: the name comes from the #contained Medication; dose text, reason, note, status completed', () => {
      const meds = allMedicines(single(oxycodone));
      expect(meds).to.have.length(1);
      expect(meds[0]).to.include({
        name: 'Oral Form Oxycodone (product)',
        coded: true,
        dose: 'one to two tablets every 4-6 hours as needed for rib pain',
        status: 'completed',
        reason: 'Rib Pain (finding)',
      });
      expect(meds[0].notes).to.deep.equal(['Patient told to take with food']);
      expect(meds[0].authored?.text).to.equal('15-Jan-2015');
    });

    it('H5: medicationrequest0325: Nystatin ointment with status "on-hold" kept and shown, not dropped', () => {
      const meds = allMedicines(single(nystatin));
      expect(meds).to.have.length(1);
      expect(meds[0]).to.include({
        name: 'Nystatin 100UNT/MG Topical Ointment',
        status: 'on-hold',
        group: 'on-hold',
        dose: 'Apply to affected areas four times daily',
      });
    });

    it('medicationstatementexample1: "Tylenol PM" from the #contained Medication, dose text, active, started 23-Jan-2015', () => {
      const meds = allMedicines(single(tylenol));
      expect(meds).to.have.length(1);
      expect(meds[0]).to.include({
        name: 'Tylenol PM',
        status: 'active',
        dose: '1-2 tablets once daily at bedtime as needed for restless legs',
        reason: 'Restless Legs',
      });
      expect(meds[0].start?.text).to.equal('23-Jan-2015');
    });

    it('H5: medicationstatementexample5 (entered-in-error Amoxicillin) is hidden and counted', () => {
      const model = single(amoxicillinInError);
      expect(allMedicines(model)).to.have.length(0);
      expect(model.hidden.enteredInError).to.equal(1);
    });
  });

  describe('conformance: hl7-r4-spec through <scr-summary>', () => {
    afterEach(() => resetHandlers());

    const record = () => bundleOf([cashew, penicillin, fever, renal, flag, oxycodone, nystatin, tylenol, amoxicillinInError]);

    it('H1: a Bundle of HL7 examples with no Patient renders under the "identity not confirmed" warning', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(record())));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      expect(el.getAttribute('state')).to.equal('loaded');
      expect(shadow(el).querySelector('.callout.identity')?.textContent).to.contain('does not state an NHS number');
    });

    it('H13: the cashew row shows both reaction severities and the criticality in their own labelled cells', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(record())));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      const row = [...shadow(el).querySelectorAll('.allergies tbody tr')].find((tr) =>
        tr.querySelector('td[data-label="Substance"]')?.textContent?.includes('Cashew nuts'),
      );
      expect(row, 'cashew row').to.exist;
      const items = (label: string) => [...row!.querySelectorAll(`td[data-label="${label}"] li`)].map((li) => li.textContent?.trim());
      expect(items('Reaction')).to.deep.equal(['Anaphylactic reaction', 'Urticaria']);
      expect(items('Reaction severity')).to.deep.equal(['Severe', 'Moderate']);
      expect(row!.querySelector('td[data-label="Criticality (future risk)"]')?.textContent?.trim()).to.equal('High');
      expect(row!.querySelector('td[data-label="Dates"]')?.textContent).to.contain('Onset: 2004');
    });

    it('H5: Penicillin G carries an "Unconfirmed" tag; its missing severity reads "Not recorded"', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(record())));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      const row = [...shadow(el).querySelectorAll('.allergies tbody tr')].find((tr) =>
        tr.querySelector('td[data-label="Substance"]')?.textContent?.includes('Penicillin G'),
      );
      expect(row!.querySelector('td[data-label="Certainty"] .tag')?.textContent?.trim()).to.equal('Unconfirmed');
      expect(row!.querySelector('td[data-label="Reaction severity"]')?.textContent?.trim()).to.equal('Not recorded');
    });

    it('shows the medicines with dose and status, conditions with status, the alert, and counts the entered-in-error statement', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(record())));
      const { el, event } = await mountForEvent<ScrLoadDetail>('scr-load', NHS.richardSmith);
      expect(event.detail.summary.hidden.enteredInError).to.equal(1);
      const text = visibleText(el);
      expect(text).to.contain('Oral Form Oxycodone (product)');
      expect(text).to.contain('Tylenol PM');
      expect(text).to.contain('Nystatin 100UNT/MG Topical Ointment Apply to affected areas four times daily On hold');
      expect(text).to.contain('Fever Resolved, Confirmed');
      expect(text).to.contain('around April 9, 2013');
      expect(text).to.contain('Acute renal insufficiency specified as due to procedure Inactive, Differential');
      expect(text).to.contain('Patient has a big dog at his home.');
      expect(text).to.contain('1 entry entered in error is not shown.');
      expect(text).not.to.contain('Amoxicillin (product)');
    });

    it('H3: an NKA record shows the source wording "NKA" under "Recorded as not known"', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(bundleOf([nka]))));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      expect(shadow(el).querySelector('.allergy-status strong')?.textContent).to.equal('No known allergies');
      const negations = shadow(el).querySelector('.negations');
      expect(negations?.querySelector('.h2')?.textContent?.trim()).to.equal('Recorded as not known');
      expect([...(negations?.querySelectorAll('li strong') ?? [])].map((s) => s.textContent)).to.deep.equal(['NKA']);
      // 2015-08-06T15:37:31-06:00, on the reader's clock (H8).
      expect(negations?.querySelector('li')?.textContent).to.contain(`Recorded: ${formatDateTime(new Date('2015-08-06T15:37:31-06:00'))}`);
    });

    it('H3: the medication nilknown List alone leaves the allergy label "Allergies unavailable"', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(bundleOf([medicationListEmpty]))));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      expect(shadow(el).querySelector('.allergy-status strong')?.textContent).to.equal('Allergies unavailable');
    });
  });
}
