/**
 * Conformance: HL7 International Patient Summary examples (HL7/fhir-ips): IPS documents
 * (Composition + LOINC sections + coded entries) and a resolved allergy with IPS extensions.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { ENDPOINT, fhirJson, mountForEvent, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { bundleOf, conformanceFixtures, loadFixture, modelOf, narrativeText, NHS } from './fixtures.js';

if (await conformanceFixtures()) {
  const minimal = await loadFixture('hl7-ips/bundle-minimal.json');
  const noInfo = await loadFixture('hl7-ips/bundle-no-info-required-sections.json');
  const withAbatement = await loadFixture('hl7-ips/allergyIntolerance-with-abatement.json');

  describe('conformance: hl7-ips/bundle-minimal.json (normaliser)', () => {
    const m = () => modelOf(minimal);

    it('is an IPS document for "DELAROSA, Martha", born 01-May-1972, with no NHS number (identity warning, H1)', () => {
      const model = m();
      expect(model.shape).to.equal('ips-document');
      expect(model.patient).to.deep.equal({
        name: 'DELAROSA, Martha',
        birthDate: { raw: '1972-05-01', text: '01-May-1972', precision: 'day' },
      });
      expect(model.warnings.map((w) => w.kind)).to.deep.equal(['identity']);
      expect(model.header.title).to.equal('Patient Summary as of December 11, 2020 14:30');
    });

    it('the allergies section is shown from its coded entry: penicillin-class substance, criticality high, onset "2010"', () => {
      const model = m();
      expect(model.allergyStatus.label).to.equal('known');
      expect(model.allergies.active).to.have.length(1);
      const a = model.allergies.active[0];
      expect(a).to.include({
        substance: 'Substance with penicillin structure and antibacterial mechanism of action (substance)',
        criticality: 'high',
        verification: 'confirmed',
        clinical: 'active',
      });
      expect(a.category).to.deep.equal(['medication']);
      expect(a.onset).to.deep.equal({ raw: '2010', text: '2010', precision: 'year' });
      expect(model.allergies.sections.map((s) => [s.code, s.title])).to.deep.equal([['48765-2', 'Allergies and Intolerances']]);
    });

    it('the medication entry resolves its urn:uuid Medication: anastrozole, active, started Mar-2015 (partial kept)', () => {
      const meds = [...m().medicines.repeat, ...m().medicines.acute, ...m().medicines.other, ...m().medicines.stopped];
      expect(meds).to.have.length(1);
      expect(meds[0]).to.include({ name: 'Product containing anastrozole (medicinal product)', coded: true, status: 'active' });
      expect(meds[0].start).to.deep.equal({ raw: '2015-03', text: 'Mar-2015', precision: 'month' });
      expect(m().medicines.sections.map((s) => [s.code, s.title])).to.deep.equal([['10160-0', 'Medication']]);
    });

    it('the problem entry: "Menopausal flushing (finding)", active, confirmed, onset 2015, recorded Oct-2016', () => {
      const conditions = m().additional.conditions;
      expect(conditions).to.have.length(1);
      expect(conditions[0]).to.include({ name: 'Menopausal flushing (finding)', clinical: 'active', verification: 'confirmed' });
      expect(conditions[0].onset?.text).to.equal('2015');
      expect(conditions[0].recorded?.text).to.equal('Oct-2016');
      expect(m().additional.sections.map((s) => [s.code, s.title])).to.deep.equal([['11450-4', 'Active Problems']]);
    });

    it('H4: nothing is hidden: three coded entries shown, supporting resources read through references', () => {
      expect(m().hidden).to.deep.equal({ enteredInError: 0, notDisplayed: {} });
    });
  });

  describe('conformance: hl7-ips/bundle-no-info-required-sections.json (normaliser)', () => {
    const m = () => modelOf(noInfo);

    it('H3: allergies section emptyReason "unavailable" gives the label "unavailable", not "no-known"', () => {
      const model = m();
      expect(model.shape).to.equal('ips-document');
      expect(model.allergyStatus).to.deep.equal({ label: 'unavailable', detail: 'No information available' });
      expect(model.allergies.sections).to.have.length(1);
      expect(model.allergies.sections[0].emptyReason).to.deep.equal({ code: 'unavailable', text: 'No information available' });
      expect(narrativeText(model.allergies.sections[0].narrative)).to.equal(
        "There is no information available regarding the subject's allergy conditions.",
      );
    });

    it('H3: the medication and problem sections keep their "unavailable" empty reasons', () => {
      const model = m();
      expect(model.medicines.sections.map((s) => [s.title, s.emptyReason?.code])).to.deep.equal([['Medication Summary', 'unavailable']]);
      const problems = model.additional.sections.find((s) => s.code === '11450-4');
      expect(problems?.emptyReason?.code).to.equal('unavailable');
    });

    it('H4: the Immunizations section (unknown to the widget) keeps its narrative, and the 2 Immunization resources are counted', () => {
      const model = m();
      const immunizations = model.additional.sections.find((s) => s.code === '11369-6');
      expect(immunizations?.title).to.equal('Immunizations');
      expect(immunizations?.reading.entries).to.have.length(2);
      expect(narrativeText(immunizations!.narrative)).to.contain('Influenza 03/07/2020');
      expect(model.hidden.notDisplayed).to.deep.equal({ Immunization: 2 });
    });

    it('H1: patient "JUDGE, James" with only an NZ NHI identifier: no NHS number, identity warning', () => {
      const model = m();
      expect(model.patient.nhsNumber).to.be.undefined;
      expect(model.patient.name).to.equal('JUDGE, James');
      expect(model.warnings.map((w) => w.kind)).to.include('identity');
    });
  });

  describe('conformance: hl7-ips/allergyIntolerance-with-abatement.json (normaliser)', () => {
    it('H5: the resolved ragweed pollen allergy is in the ended group, not current', () => {
      const model = modelOf(bundleOf([withAbatement]));
      expect(model.allergies.active).to.have.length(0);
      expect(model.allergies.ended).to.have.length(1);
      expect(model.allergies.ended[0]).to.include({ substance: 'Ragweed pollen', clinical: 'resolved', verification: 'confirmed' });
    });

    it('H8: the data-absent _onsetDateTime is tolerated: onset stays absent (not recorded), nothing invented', () => {
      const a = modelOf(bundleOf([withAbatement])).allergies.ended[0];
      expect(a.onset).to.be.undefined;
      expect(a.recorded).to.be.undefined;
    });
  });

  describe('conformance: hl7-ips through <scr-summary>', () => {
    afterEach(() => resetHandlers());

    it('bundle-minimal: name, birth date, the allergy, anastrozole and the problem are visible under the identity warning', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(minimal)));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      expect(el.getAttribute('state')).to.equal('loaded');
      const text = visibleText(el);
      expect(text).to.contain('DELAROSA, Martha');
      expect(text).to.contain('01-May-1972');
      expect(shadow(el).querySelector('.allergy-status strong')?.textContent).to.equal('Known allergies');
      expect(text).to.contain('Substance with penicillin structure and antibacterial mechanism of action (substance)');
      expect(text).to.contain('Product containing anastrozole (medicinal product)');
      expect(text).to.contain('Started: Mar-2015');
      expect(text).to.contain('Menopausal flushing (finding)');
      expect(shadow(el).querySelector('.callout.identity')).to.exist;
    });

    it('H3: bundle-no-info-required-sections shows "Allergies unavailable" and the "Unavailable" tags, never "No known allergies"', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(noInfo)));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      const root = shadow(el);
      expect(root.querySelector('.allergy-status strong')?.textContent).to.equal('Allergies unavailable');
      const tags = [...root.querySelectorAll('.empty-reason .tag')].map((t) => t.textContent?.trim());
      expect(tags).to.deep.equal(['Unavailable', 'Unavailable', 'Unavailable']);
      const text = visibleText(el);
      expect(text).not.to.contain('No known allergies');
      expect(text).not.to.contain('None known');
      expect(text).to.contain('Influenza');
      expect(text).to.contain('not displayed by this widget: 2 Immunization');
    });

    it('H5: the resolved ragweed allergy is listed under "Ended (inactive or resolved)", not current', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(bundleOf([withAbatement]))));
      const { el } = await mountForEvent('scr-load', NHS.richardSmith);
      const captions = [...shadow(el).querySelectorAll('.allergies caption')].map((c) => c.textContent?.trim());
      expect(captions).to.deep.equal(['Ended (inactive or resolved)']);
      expect(visibleText(el)).to.contain('Ragweed pollen');
    });
  });
}
