/**
 * Conformance: HL7 UK Core examples (NHSDigital/FHIR-R4-UKCORE-STAGING-MAIN). Single
 * resources are wrapped in a Bundle, as an endpoint would send them.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import type { FhirResource } from '../../src/data/fhir.js';
import type { ScrLoadDetail } from '../../src/index.js';
import { ENDPOINT, fhirJson, mountForEvent, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { bundleOf, conformanceFixtures, copyOf, loadFixture, modelOf, NHS } from './fixtures.js';

if (await conformanceFixtures()) {
  const amoxicillinAllergy = await loadFixture('ukcore/UKCore-AllergyIntolerance-Amoxicillin-Example.json');
  const enteredInError = await loadFixture('ukcore/UKCore-AllergyIntolerance-EnteredInError-Example.json');
  const noKnownDrugAllergy = await loadFixture('ukcore/UKCore-AllergyIntolerance-Sn-NegHandlNoKnownAllergies-Example.json');
  const transferDegraded = await loadFixture('ukcore/UKCore-AllergyIntolerance-Sn-TransferDegradedDrugAllergy-Example.json');
  const allergyListBundle = await loadFixture('ukcore/UKCore-Bundle-AllergyList-Example.json');
  const noAllergyDataBundle = await loadFixture('ukcore/UKCore-Bundle-Sn-NoAllergyData-Example.json');
  const condition = await loadFixture('ukcore/UKCore-Condition-BleedingFromEar-Example.json');
  const flag = await loadFixture('ukcore/UKCore-Flag-FoodAllergy-Example.json');
  const emptyList = await loadFixture('ukcore/UKCore-List-EmptyList-Example.json');
  const noAllergyDataList = await loadFixture('ukcore/UKCore-List-Sn-NoAllergyData-Example.json');
  const medicationRequest = await loadFixture('ukcore/UKCore-MedicationRequest-Amoxicillin-Example.json');
  const medicationStatement = await loadFixture('ukcore/UKCore-MedicationStatement-Amoxicillin-Example.json');
  const richardSmith = await loadFixture('ukcore/UKCore-Patient-RichardSmith-Example.json');

  const single = (resource: FhirResource) => modelOf(bundleOf([resource]));

  /** The Amoxicillin allergy with only its verificationStatus changed (no official refuted example exists). */
  function refutedAmoxicillin(): FhirResource {
    const derived = copyOf(amoxicillinAllergy);
    derived.id = 'derived-refuted-amoxicillin';
    derived.verificationStatus = {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'refuted', display: 'Refuted' }],
    };
    return derived;
  }

  describe('conformance: ukcore allergies (normaliser)', () => {
    it('AllergyIntolerance-Amoxicillin: active, confirmed, coded, urticarial rash of mild severity, recorded 10-Dec-2019 13:00', () => {
      const model = single(amoxicillinAllergy);
      expect(model.allergyStatus.label).to.equal('known');
      expect(model.allergies.active).to.have.length(1);
      const allergy = model.allergies.active[0];
      expect(allergy).to.include({ substance: 'Amoxicillin', coded: true, clinical: 'active', verification: 'confirmed' });
      expect(allergy.reactions).to.deep.equal([{ manifestations: ['Urticarial rash'], severity: 'mild' }]);
      expect(allergy.recorded?.text).to.equal('10-Dec-2019 13:00');
      expect(allergy.criticality, 'criticality is absent in the source and must stay absent').to.be.undefined;
      expect(allergy.source.ref).to.equal('AllergyIntolerance/UKCore-AllergyIntolerance-Amoxicillin-Example');
    });

    it('H5: AllergyIntolerance-EnteredInError (no clinicalStatus) is hidden but counted, and gives no allergy label', () => {
      const model = single(enteredInError);
      expect(model.allergies.active.length + model.allergies.ended.length + model.allergies.refuted.length).to.equal(0);
      expect(model.hidden.enteredInError).to.equal(1);
      expect(model.allergyStatus.label).to.equal('unavailable');
      expect(model.empty).to.be.false;
    });

    it('H3: Sn-NegHandlNoKnownAllergies (409137002) is a drug-scoped negation labelled "no-known" with the exact source wording', () => {
      const model = single(noKnownDrugAllergy);
      expect(model.allergyStatus).to.deep.equal({ label: 'no-known', detail: 'No known drug allergy (situation)', scoped: true });
      expect(model.allergies.negations).to.have.length(1);
      expect(model.allergies.negations[0]).to.include({
        text: 'No known drug allergy (situation)',
        code: '409137002',
        scope: 'drug',
        verification: 'confirmed',
      });
      expect(model.allergies.active).to.have.length(0);
    });

    it('Sn-TransferDegradedDrugAllergy: code.text "Amoxicillin 250mg capsules" shown verbatim and marked not coded', () => {
      const model = single(transferDegraded);
      expect(model.allergyStatus.label).to.equal('known');
      expect(model.allergies.active).to.have.length(1);
      expect(model.allergies.active[0]).to.include({ substance: 'Amoxicillin 250mg capsules', coded: false, clinical: 'active' });
    });

    it('H5: refuted allergy DERIVED from the real UKCore Amoxicillin example (verificationStatus set to refuted in memory) is kept apart, not "known"', () => {
      const model = single(refutedAmoxicillin());
      expect(model.allergies.active).to.have.length(0);
      expect(model.allergies.refuted).to.have.length(1);
      expect(model.allergies.refuted[0]).to.include({ substance: 'Amoxicillin', verification: 'refuted' });
      expect(model.allergyStatus.label).not.to.equal('known');
      expect(model.allergyStatus.label).not.to.equal('no-known');
      // The real fixture itself was not changed by deriving from it.
      expect(single(amoxicillinAllergy).allergies.active).to.have.length(1);
    });

    it('Bundle-AllergyList (collection): the List and the urn:uuid AllergyIntolerance are both read, allergies "known"', () => {
      const model = modelOf(allergyListBundle);
      expect(model.shape).to.equal('resources');
      expect(model.allergyStatus.label).to.equal('known');
      expect(model.allergies.active.map((a) => [a.substance, a.reactions[0]?.severity])).to.deep.equal([['Amoxicillin', 'mild']]);
      expect(model.lists).to.have.length(1);
      expect(model.lists[0]).to.include({ title: 'Allergies and adverse reactions', topic: 'allergies' });
      expect(model.lists[0].emptyReason).to.be.undefined;
      expect(model.warnings.filter((w) => w.kind === 'contradiction')).to.deep.equal([]);
    });

    it('H3: Bundle-Sn-NoAllergyData (searchset total 0) is empty and "unavailable", not "no known allergies"', () => {
      const model = modelOf(noAllergyDataBundle);
      expect(model.empty).to.be.true;
      expect(model.allergyStatus.label).to.equal('unavailable');
    });

    it('H3: List-Sn-NoAllergyData (allergies List, no-content-recorded) is "not-recorded", not "no-known"', () => {
      const model = single(noAllergyDataList);
      expect(model.allergyStatus).to.deep.equal({ label: 'not-recorded', detail: 'No Content Recorded' });
      expect(model.lists).to.have.length(1);
      expect(model.lists[0]).to.deep.include({
        title: 'Allergies and adverse reactions',
        topic: 'allergies',
        emptyReason: { code: 'no-content-recorded', text: 'No Content Recorded' },
      });
    });

    it('H3: List-EmptyList ("Miscellaneous record", no-content-recorded) is read with topic "other" and says nothing about allergies', () => {
      const model = single(emptyList);
      expect(model.lists).to.have.length(1);
      expect(model.lists[0]).to.deep.include({
        title: 'Miscellaneous record',
        topic: 'other',
        emptyReason: { code: 'no-content-recorded', text: 'No Content Recorded' },
      });
      expect(model.allergyStatus.label).to.equal('unavailable');
    });

    it('H3: List-Sn-NoAllergyData beside the real Amoxicillin allergy: the allergy is shown and the contradiction is warned', () => {
      const model = modelOf(bundleOf([noAllergyDataList, amoxicillinAllergy]));
      expect(model.allergyStatus.label).to.equal('known');
      expect(model.allergies.active.map((a) => a.substance)).to.deep.equal(['Amoxicillin']);
      const contradictions = model.warnings.filter((w) => w.kind === 'contradiction');
      expect(contradictions).to.have.length(1);
      expect(contradictions[0].text).to.equal(
        'The list "Allergies and adverse reactions" says "No Content Recorded", but 1 allergy entry was found in the same record and is shown.',
      );
    });
  });

  describe('conformance: ukcore medicines, conditions, flags, patient (normaliser)', () => {
    it('MedicationRequest-Amoxicillin: dm+d name, dose text, acute course, status completed (so not current), authored 15-Jun-2023 15:00', () => {
      const model = single(medicationRequest);
      expect(model.medicines.acute).to.have.length(0);
      expect(model.medicines.stopped[0]).to.include({
        name: 'Amoxicillin 500mg capsules',
        coded: true,
        dose: '500mg - three times a day.',
        course: 'acute',
        group: 'stopped',
        why: 'completed',
        status: 'completed',
      });
      expect(model.medicines.stopped[0].authored?.text).to.equal('15-Jun-2023 15:00');
      expect(model.headline.currentMedicines).to.deep.equal([]);
    });

    it('MedicationStatement-Amoxicillin: dm+d name, dose, active but its period ended 15-May-2021, so listed as ended, not current', () => {
      const model = single(medicationStatement);
      const all = [...model.medicines.repeat, ...model.medicines.acute, ...model.medicines.other, ...model.medicines.stopped];
      expect(all).to.have.length(1);
      expect(all[0]).to.include({
        name: 'Amoxicillin 250mg capsules',
        coded: true,
        dose: '2 capsules 4 times a day.',
        status: 'active',
        reason: 'Otitis media',
      });
      expect(all[0].start?.text).to.equal('15-Feb-2021 13:50');
      expect(all[0].end?.text).to.equal('15-May-2021 13:50');
      expect(model.medicines.stopped[0]).to.include({ group: 'stopped', why: 'ended' });
      expect(model.counts.medicines.current).to.deep.equal({ state: 'not-recorded' });
    });

    it('Condition-BleedingFromEar: "Bleeding from ear", active, confirmed, coded', () => {
      const model = single(condition);
      expect(model.additional.conditions).to.have.length(1);
      expect(model.additional.conditions[0]).to.include({ name: 'Bleeding from ear', coded: true, clinical: 'active', verification: 'confirmed' });
    });

    it('Flag-FoodAllergy: the alert shows code.text "Patient has a severe peanut allergy.", active since 10-Dec-2019 13:00', () => {
      const model = single(flag);
      expect(model.additional.flags).to.have.length(1);
      expect(model.additional.flags[0]).to.include({ text: 'Patient has a severe peanut allergy.', status: 'active' });
      expect(model.additional.flags[0].period?.text).to.equal('10-Dec-2019 13:00');
      // A Flag is an alert, not an AllergyIntolerance: it does not set the allergy label.
      expect(model.allergyStatus.label).to.equal('unavailable');
    });

    it('H1: Patient-RichardSmith: NHS number 9912003888, name "SMITH, Richard", birth date 11-Sep-1970 (day precision)', () => {
      const model = modelOf(bundleOf([richardSmith]), NHS.richardSmith);
      expect(model.patient.nhsNumber).to.equal('9912003888');
      expect(model.patient.name).to.equal('SMITH, Richard');
      expect(model.patient.birthDate).to.deep.equal({ raw: '1970-09-11', text: '11-Sep-1970', precision: 'day' });
      expect(model.patient.birthDate?.implausible, '1970-09-11 is not the 1970-01-01 sentinel').to.be.undefined;
      expect(model.warnings.some((w) => w.kind === 'identity')).to.be.false;
    });

    it('H1: Patient-RichardSmith is blocked as patient-mismatch when another NHS number was requested', () => {
      expect(() => modelOf(bundleOf([richardSmith]), NHS.getScr)).to.throw('patient-mismatch');
    });
  });

  describe('conformance: ukcore through <scr-summary>', () => {
    afterEach(() => resetHandlers());

    const record = () =>
      bundleOf([
        richardSmith,
        amoxicillinAllergy,
        transferDegraded,
        enteredInError,
        condition,
        flag,
        medicationRequest,
        medicationStatement,
      ]);

    it('shows Richard Smith’s identity, both allergies, both medicines with dose, the alert and the condition', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(record())));
      const { el, event } = await mountForEvent<ScrLoadDetail>('scr-load', NHS.richardSmith);
      expect(el.getAttribute('state')).to.equal('loaded');
      expect(event.detail.summary.allergies.active.map((a) => a.substance)).to.deep.equal(['Amoxicillin', 'Amoxicillin 250mg capsules']);
      const text = visibleText(el);
      expect(text).to.contain('NHS No. 991 200 3888');
      expect(text).to.contain('SMITH, Richard');
      expect(text).to.contain('Date of birth 11-Sep-1970');
      expect(shadow(el).querySelector('.allergy-status strong')?.textContent).to.equal('Known allergies');
      expect(text).to.contain('Urticarial rash');
      expect(text).to.contain('Amoxicillin 500mg capsules');
      expect(text).to.contain('500mg - three times a day.');
      expect(text).to.contain('2 capsules 4 times a day.');
      expect(text).to.contain('Patient has a severe peanut allergy.');
      expect(text).to.contain('Bleeding from ear');
      expect(shadow(el).querySelector('.callout.identity')).to.be.null;
    });

    it('H13: the Amoxicillin row shows reaction severity "Mild" and criticality "Not recorded" in separate labelled cells', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(record())));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      const row = [...shadow(el).querySelectorAll('.allergies tbody tr')].find((tr) =>
        tr.querySelector('td[data-label="Substance"]')?.textContent?.trim() === 'Amoxicillin',
      );
      expect(row, 'Amoxicillin row').to.exist;
      expect(row!.querySelector('td[data-label="Reaction severity"]')?.textContent?.trim()).to.equal('Mild');
      expect(row!.querySelector('td[data-label="Criticality (future risk)"]')?.textContent?.trim()).to.equal('Not recorded');
      expect(row!.querySelector('td[data-label="Certainty"]')?.textContent?.trim()).to.equal('Confirmed');
    });

    it('the transfer-degraded allergy is shown verbatim with a "Not coded" tag', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(record())));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      const cell = [...shadow(el).querySelectorAll('.allergies td[data-label="Substance"]')].find((td) =>
        td.textContent?.includes('Amoxicillin 250mg capsules'),
      );
      expect(cell?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Amoxicillin 250mg capsules Not coded');
    });

    it('H5: the entered-in-error allergy is not shown and the footnote says "1 entry entered in error is not shown."', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(record())));
      const { el } = await mountForEvent<ScrLoadDetail>('scr-load', NHS.richardSmith);
      expect(visibleText(el)).to.contain('1 entry entered in error is not shown.');
      // Only the two real allergy rows: the entered-in-error Amoxicillin has no row of its own.
      expect(shadow(el).querySelectorAll('.allergies tbody tr')).to.have.length(2);
    });

    it('H3: a No-Known-Drug-Allergy record shows the exact source wording "No known drug allergy (situation)"', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(bundleOf([richardSmith, noKnownDrugAllergy]))));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      expect(shadow(el).querySelector('.allergy-status')?.textContent).to.contain('No known drug allergy (situation)');
      expect(shadow(el).querySelector('.negations')?.textContent).to.contain('No known drug allergy (situation)');
    });

    it('H3: List-Sn-NoAllergyData shows "Allergies not recorded", never "No known allergies"', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(bundleOf([richardSmith, noAllergyDataList]))));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      expect(shadow(el).querySelector('.allergy-status strong')?.textContent).to.equal('Allergies not recorded');
      expect(visibleText(el)).not.to.contain('No known allergies');
    });

    it('H3: Bundle-Sn-NoAllergyData is the empty state with "Allergies unavailable"', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(noAllergyDataBundle)));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      expect(el.getAttribute('state')).to.equal('empty');
      expect(visibleText(el)).to.contain('Allergies unavailable');
      expect(visibleText(el)).not.to.contain('No known allergies');
    });

    it('H5: the refuted allergy DERIVED from the real Amoxicillin example is listed under "Refuted", with no "Known allergies" label', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(bundleOf([richardSmith, refutedAmoxicillin()]))));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      const root = shadow(el);
      expect(root.querySelector('.allergy-status strong')?.textContent).not.to.equal('Known allergies');
      const captions = [...root.querySelectorAll('.allergies caption')].map((c) => c.textContent?.trim());
      expect(captions).to.deep.equal(['Refuted: recorded, then ruled out']);
      expect(root.querySelector('.allergies td[data-label="Certainty"]')?.textContent?.trim()).to.equal('Refuted');
    });
  });
}
