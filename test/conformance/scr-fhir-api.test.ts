/**
 * Conformance: the NHS "Summary Care Record – FHIR API" examples (NHSDigital/summary-care-record-api),
 * through the normaliser and through <scr-summary> with the payload served by MSW handlers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http } from 'msw';
import { normalise } from '../../src/data/normalise.js';
import { alertFor, buildAuditEvent, isStaleRecordAnswer, readPointer } from '../../src/data/scr-api.js';
import { alertProblem } from '../../demo/mocks/scr-api.js';
import type { ScrErrorDetail, ScrLoadDetail, ScrSummary } from '../../src/index.js';
import { allRows, ENDPOINT, fhirJson, mountForEvent, settle, shadow, technicalText, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { conformanceFixtures, highlightedIn, loadFixture, modelOf, narrativeText, NHS, normaliseFixture } from './fixtures.js';

if (await conformanceFixtures()) {
  const getScr = await loadFixture('scr-fhir-api/GetScrBundle.json');
  const additional = await loadFixture('scr-fhir-api/get-scr-additional-information.response.json');
  const noResults = await loadFixture('scr-fhir-api/get-scr-no-results.response.json');
  const noConsent = await loadFixture('scr-fhir-api/get-scr-no-consent.OperationOutcome.json');
  const docRef = await loadFixture('scr-fhir-api/DocumentReferenceBundle.json');
  const scrIdSuccess = await loadFixture('scr-fhir-api/get-scr-id-success.response.json');
  const auditEvent = await loadFixture('scr-fhir-api/AuditEvent.json');
  const alertBadRequest = await loadFixture('scr-fhir-api/send-alert-bad-request.response.json');

  const WITHHELD = 'One or more entries have been deliberately withheld from this GP Summary.';
  const RECENTLY_REGISTERED =
    'At the time this record was created, this patient had recently registered with the GP Practice. GP Summary information may not be complete.';

  describe('conformance: scr-fhir-api/GetScrBundle.json (normaliser)', () => {
    const m = () => modelOf(getScr, NHS.getScr);

    it('is read as an SCR document for NHS number 9000000009', () => {
      const model = m();
      expect(model.shape).to.equal('scr-document');
      expect(model.patient.nhsNumber).to.equal('9000000009');
      expect(model.empty).to.be.false;
    });

    it('H12: reads the record header (created time in CUI form, author, practice, disclaimer)', () => {
      expect(m().header).to.deep.equal({
        title: 'General Practice Summary',
        disclaimer:
          "Sourced from the patient's General Practice record. This summary may not include all the information pertinent to this patient.",
        created: '14-May-2020 14:31',
        author: 'SMITH, Sean (Mr)',
        practice: 'EMISWebCR1 50004, Fulford Grange, Rawdon, Leeds, West Yorkshire, LS19 7BY.',
      });
    });

    it('H6: the RegistrationStartedStatement in the Title section is a record-level highlighted warning', () => {
      const warnings = m().warnings.filter((w) => w.kind === 'highlighted');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include({ kind: 'highlighted', text: RECENTLY_REGISTERED });
      expect(warnings[0].source?.ref).to.equal('Composition section Title');
    });

    it('H3: the narrative allergies table (one row) gives "known", with the wasp-sting reaction in the section text', () => {
      const model = m();
      expect(model.allergyStatus).to.deep.equal({ label: 'known' });
      expect(model.allergies.sections).to.have.length(1);
      const section = model.allergies.sections[0];
      expect(section).to.include({ code: 'AllergiesHeader', title: 'Allergies and Adverse Reactions', kind: 'allergies', notRecorded: false });
      expect(section.reading.entries).to.deep.equal([{ name: 'Toxic reaction to wasp sting', date: '12-May-2020', notes: [] }]);
      expect(narrativeText(section.narrative)).to.contain('12-May-2020 Toxic reaction to wasp sting');
      // Allergies arrive only as narrative: no coded AllergyIntolerance is invented.
      expect(model.allergies.active).to.have.length(0);
    });

    it('keeps the three medication sections with their drug names and dosage text exactly as sent', () => {
      const sections = m().medicines.sections;
      expect(sections.map((s) => s.code)).to.deep.equal(['AcuteMedsHeader', 'RepeatMedsHeader', 'DiscRepeatMedsHeader']);
      expect(sections[0].title).to.equal('Acute Medications (For the 12 month period 14-May-2019 to 14-May-2020)');
      expect(narrativeText(sections[0].narrative)).to.contain('Co-codamol 8mg/500mg effervescent tablets');
      expect(narrativeText(sections[0].narrative)).to.contain('One To Be Taken Four Times A Day');
      expect(narrativeText(sections[1].narrative)).to.contain('Paracetamol 250mg/5ml oral suspension');
      expect(narrativeText(sections[1].narrative)).to.contain(
        'One 5ml Spoonful Every 4 To 6 Hours When Necessary. No More Than 4 doses in 24 Hours',
      );
      expect(sections.map((s) => s.reading.entries.length)).to.deep.equal([1, 1, 0]);
      expect(sections.map((s) => s.kind)).to.deep.equal(['acute-medications', 'repeat-medications', 'discontinued-medications']);
    });

    it('H3: the DiscRepeatMeds "No relevant information available" row is not recorded, not none', () => {
      const disc = m().medicines.sections[2];
      expect(disc.title).to.equal('Discontinued Repeat Medications (For the 6 month period 14-Nov-2019 to 14-May-2020)');
      expect(disc.notRecorded).to.be.true;
      expect(disc.reading.state).to.equal('not-recorded');
    });

    it('the true counts: 1 current allergy, 1 current repeat (paracetamol), 1 acute issue apart, none stopped', () => {
      const { counts, headline } = m();
      expect(counts.allergies).to.deep.equal({ current: 1, past: 0, unclear: false });
      expect(counts.medicines).to.include({ acuteIssues: 1, stopped: 0, prohibited: 0 });
      expect(counts.medicines.current).to.deep.equal({ state: 'counted', count: 1 });
      expect(headline).to.deep.equal({
        allergyStatus: 'known',
        allergies: ['Toxic reaction to wasp sting'],
        currentMedicines: ['Paracetamol 250mg/5ml oral suspension'],
        warnings: [
          RECENTLY_REGISTERED,
          '8 coded entries in this record are not in its summary text. They are shown, marked “Not in the summary text”.',
        ],
      });
    });

    it('class 5: with every section code removed, the same groups, header and counts come from the titles', () => {
      const uncoded = structuredClone(getScr) as unknown as { entry: { resource: { resourceType: string; section?: { code?: unknown }[] } }[] };
      for (const e of uncoded.entry) for (const s of e.resource.section ?? []) delete s.code;
      const model = modelOf(uncoded as unknown as typeof getScr, NHS.getScr);
      expect(model.header.created).to.equal('14-May-2020 14:31');
      expect(model.header.practice).to.equal('EMISWebCR1 50004, Fulford Grange, Rawdon, Leeds, West Yorkshire, LS19 7BY.');
      expect(model.allergyStatus.label).to.equal('known');
      expect(model.medicines.sections.map((s) => s.kind)).to.deep.equal(['acute-medications', 'repeat-medications', 'discontinued-medications']);
      expect(model.additional.sections).to.have.length(10);
      expect(model.counts.medicines.current).to.deep.equal({ state: 'counted', count: 1 });
      expect(model.counts.medicines).to.include({ acuteIssues: 1, stopped: 0 });
      expect(model.counts.allergies.current).to.equal(1);
      expect(model.headline).to.deep.equal(m().headline);
    });

    it('H4: all ten additional-information sections are kept, in order, with their titles', () => {
      const sections = m().additional.sections;
      expect(sections.map((s) => s.title)).to.deep.equal([
        'Risks to Patient',
        'Diagnoses',
        'Problems and Issues',
        'Clinical Observations and Findings',
        'Treatments',
        'Investigation Results',
        'Care Events',
        'Administrative Procedures',
        'Provision of Advice and Information to Patients and Carers',
        'Personal Preferences',
      ]);
      expect(sections.every((s) => s.reading.entries.length === 1)).to.be.true;
      expect(narrativeText(sections[0].narrative)).to.contain('Low risk category for developing complication from COVID-19 infection');
    });

    it('class 1: no coded Condition or Observation matches a row of the text (names or days differ): all 8 are shown, marked, none hidden', () => {
      const { hidden, warnings, additional } = m();
      expect(hidden).to.deep.equal({ enteredInError: 0, notDisplayed: {}, narrativeCopies: {} });
      expect(additional.conditions).to.have.length(5);
      expect(additional.entries.map((e) => e.type)).to.deep.equal(['Observation', 'Observation', 'Observation']);
      expect([...additional.conditions, ...additional.entries].every((i) => i.notInNarrative)).to.be.true;
      // total 48 = 48 entries received: no "may be incomplete" warning.
      expect(warnings.some((w) => w.kind === 'incomplete')).to.be.false;
    });

    it('H1: requested for a different NHS number (5900002233), the record is refused as patient-mismatch', () => {
      const result = normaliseFixture(getScr, NHS.additionalInformation);
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.failure.kind).to.equal('patient-mismatch');
    });
  });

  describe('conformance: scr-fhir-api/get-scr-additional-information.response.json (normaliser)', () => {
    const m = () => modelOf(additional, NHS.additionalInformation);

    it('is an SCR document for 5900002233 whose created time "30 Apr 2020 16:13" reads 30-Apr-2020 16:13 (CUI)', () => {
      const model = m();
      expect(model.shape).to.equal('scr-document');
      expect(model.patient.nhsNumber).to.equal('5900002233');
      expect(model.header).to.include({
        created: '30-Apr-2020 16:13',
        author: 'WILSON, Bob (Mr)',
        practice: 'Spine Testing, The Practice, Woodvale Terrace, Horsforth, Leeds LS18 4JW',
      });
    });

    it('H6: the record-level "deliberately withheld" statement is a highlighted warning', () => {
      const highlighted = m().warnings.filter((w) => w.kind === 'highlighted');
      expect(highlighted.map((w) => w.text)).to.deep.equal([WITHHELD]);
    });

    it('H6: the in-section "deliberately withheld" statements stay highlighted where they stand (Risks, Circumstances)', () => {
      const sections = m().additional.sections;
      const withheldIn = sections.filter((s) => highlightedIn(s.narrative).includes(WITHHELD)).map((s) => s.code);
      expect(withheldIn).to.deep.equal(['RisksToPatientHeader', 'CircumstancesHeader']);
    });

    it('H3: "Astringent allergy" makes the allergy label "known"', () => {
      const model = m();
      expect(model.allergyStatus.label).to.equal('known');
      expect(narrativeText(model.allergies.sections[0].narrative)).to.contain('25 Mar 2020 Astringent allergy');
    });

    it('keeps 15 acute rows, the repeat, and the discontinued repeat with its reason and "Date Discontinued" line', () => {
      const [acute, repeat, disc] = m().medicines.sections;
      expect(acute.reading.entries).to.have.length(15);
      expect(narrativeText(acute.narrative)).to.contain('Glyceryl trinitrate 400micrograms/dose pump sublingual spray');
      expect(narrativeText(acute.narrative)).to.contain('** RED DRUG ** Hospital/Specialist Use Only');
      expect(narrativeText(repeat.narrative)).to.contain('Authorised (not issued): 26 Mar 2020 Aspirin 300mg tablets');
      expect(disc.code).to.equal('DiscRepeatMedsHeader');
      expect(disc.notRecorded).to.be.false;
      const discText = narrativeText(disc.narrative);
      expect(discText).to.contain('Reason for Medication: Viral headache');
      expect(discText).to.contain('***Date Discontinued: 25 Mar 2020, Reason: Clinical grounds***');
    });

    it('class 6: the true counts: 1 current repeat, 15 acute issues apart, 1 discontinued with its two continuation rows', () => {
      const model = m();
      const [, , disc] = model.medicines.sections;
      expect(disc.reading.entries).to.deep.equal([
        {
          name: 'Aspirin 300mg tablets',
          date: 'Authorised (not issued): 25 Mar 2020',
          notes: ['Reason for Medication: Viral headache', '***Date Discontinued: 25 Mar 2020, Reason: Clinical grounds***'],
        },
      ]);
      expect(model.counts.medicines.current).to.deep.equal({ state: 'counted', count: 1 });
      expect(model.counts.medicines).to.include({ acuteIssues: 15, stopped: 1 });
      expect(model.headline.currentMedicines).to.deep.equal(['Aspirin 300mg tablets']);
      expect(model.headline.allergies).to.deep.equal(['Astringent allergy']);
      expect(model.counts.allergies).to.deep.equal({ current: 1, past: 0, unclear: false });
    });

    it('H4: keeps the five additional sections, including Social and Personal Circumstances', () => {
      expect(m().additional.sections.map((s) => [s.code, s.title])).to.deep.equal([
        ['RisksToPatientHeader', 'Risks to Patient'],
        ['ProblemsHeader', 'Problems and Issues'],
        ['ObservationsHeader', 'Clinical Observations and Findings'],
        ['TreatmentsHeader', 'Treatments'],
        ['CircumstancesHeader', 'Social and Personal Circumstances'],
      ]);
    });

    it('class 1: 8 Observations match a row of the text by name and day and are counted; the other 6 coded entries are shown', () => {
      const model = m();
      expect(model.hidden.narrativeCopies).to.deep.equal({ Observation: 8 });
      expect(model.additional.conditions.map((c) => c.name)).to.deep.equal(['Abstract problem node', 'Abstract problem node']);
      expect(model.additional.entries.map((e) => [e.type, e.name])).to.deep.equal([
        ['Observation', 'High risk category for developing complication from COVID-19 infection'],
        ['Procedure', 'Transfer-degraded record Entry'],
        ['Procedure', 'Transfer-degraded record Entry'],
        ['Procedure', 'Transfer-degraded record Entry'],
      ]);
      expect(model.warnings.map((w) => w.kind)).to.deep.equal(['highlighted', 'not-in-narrative']);
    });
  });

  describe('conformance: scr-fhir-api no results, no consent, DocumentReference (normaliser)', () => {
    it('H3: get-scr-no-results (searchset, total 0) is empty and "unavailable", never "no-known"', () => {
      const model = modelOf(noResults, NHS.getScr);
      expect(model.empty).to.be.true;
      expect(model.allergyStatus.label).to.equal('unavailable');
      expect(model.warnings).to.deep.equal([]);
    });

    it('H11: get-scr-no-consent (OperationOutcome, forbidden, PSIS-30418) is a refusal with its diagnostics kept', () => {
      const result = normaliseFixture(noConsent, NHS.getScr);
      expect(result.ok).to.be.false;
      if (result.ok) return;
      expect(result.failure.kind).to.equal('refused');
      expect(result.failure.diagnostics).to.contain('[PSIS-30418] - ACF does not permit access to resource');
    });

    it('DocumentReferenceBundle (permission "Ask"): a pointer to the SCR, not the record, is refused as unsupported and says to ask permission', () => {
      const result = normalise(docRef, { requestedNhsNumber: NHS.getScr });
      expect(result.ok).to.be.false;
      if (result.ok) return;
      expect(result.failure.kind).to.equal('unsupported');
      expect(result.failure.message).to.contain('pointer to the Summary Care Record (a DocumentReference)');
      expect(result.failure.message).to.contain('Permission to view is “Ask”');
    });

    it('get-scr-id-success (legacy permission "Yes", read as "Ask"): the same pointer refusal with the ask-permission message', () => {
      const result = normalise(scrIdSuccess, { requestedNhsNumber: NHS.scrIdSuccess });
      expect(result.ok).to.be.false;
      if (result.ok) return;
      expect(result.failure.kind).to.equal('unsupported');
      expect(result.failure.message).to.contain('Permission to view is “Ask”');
    });

    it('DocumentReferenceBundle with its permission label set to "No" (changed in memory): the patient has opted out, kind refused', () => {
      const optedOut = JSON.parse(JSON.stringify(docRef).replace('"code":"Ask"', '"code":"No"'));
      const result = normalise(optedOut, { requestedNhsNumber: NHS.getScr });
      expect(result.ok).to.be.false;
      if (result.ok) return;
      expect(result.failure.kind).to.equal('refused');
      expect(result.failure.message).to.contain('chosen not to share their Summary Care Record');
    });

    it('H1: get-scr-id-success requested as 9000000009 is blocked (it names 9995000180)', () => {
      const result = normaliseFixture(scrIdSuccess, NHS.getScr);
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.failure.kind).to.equal('patient-mismatch');
    });
  });

  describe('conformance: scr-fhir-api through <scr-summary>', () => {
    afterEach(() => resetHandlers());

    it('GetScrBundle: identity, "Known allergies", the wasp sting, both drug names and the source are visible', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(getScr)));
      const { el, event } = await mountForEvent<ScrLoadDetail>('scr-load', NHS.getScr);
      expect(el.getAttribute('state')).to.equal('loaded');
      expect(event.detail.summary.shape).to.equal('scr-document');
      const text = visibleText(el);
      expect(text).to.contain('NHS No. 900 000 0009');
      expect(shadow(el).querySelector('.allergy-status strong')?.textContent).to.equal('Known allergies');
      expect(text).to.contain('Toxic reaction to wasp sting');
      expect(text).to.contain('Co-codamol 8mg/500mg effervescent tablets');
      expect(text).to.contain('Paracetamol 250mg/5ml oral suspension');
      expect(text).to.contain('EMISWebCR1 50004, Fulford Grange, Rawdon, Leeds, West Yorkshire, LS19 7BY.');
      expect(text).to.contain('Summary created 14-May-2020 14:31');
      expect(text).to.contain('Created by SMITH, Sean (Mr)');
      expect(text).to.contain('Not recorded: no information is available for this category.');
      expect(text).to.contain('Personal Preferences');
      // No coded entry matches a row of the text: all are shown, marked, and none is said to be "not shown twice".
      expect(text).to.contain('8 coded entries in this record are not in its summary text');
      expect(shadow(el).querySelectorAll('.tag-blue')).to.have.length(8);
      expect(text).not.to.contain('not shown twice');
      expect(event.detail.headline).to.deep.equal(event.detail.summary.headline);
      expect(el.headline).to.deep.equal(event.detail.headline);
    });

    it('H6: GetScrBundle: the recently-registered statement is shown as a record-level warning callout', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(getScr)));
      const { el } = await mountForEvent('scr-load', NHS.getScr);
      const callouts = [...shadow(el).querySelectorAll('.warnings .callout.warning.highlighted')];
      expect(callouts.map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([`Information from the GP practice ${RECENTLY_REGISTERED}`]);
    });

    it('H6: additional information: the withheld statement shows once at record level and in Risks and Circumstances', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(additional)));
      const { el } = await mountForEvent('scr-load', NHS.additionalInformation);
      await allRows(el);
      const root = shadow(el);
      expect(root.querySelector('.warnings .callout.highlighted')?.textContent).to.contain(WITHHELD);
      const inSections = [...root.querySelectorAll('.record-section .narrative .callout.warning')];
      expect(inSections).to.have.length(2);
      for (const callout of inSections) expect(callout.textContent).to.contain(WITHHELD);
      const text = visibleText(el);
      expect(text).to.contain('NHS No. 590 000 2233');
      expect(text).to.contain('Astringent allergy');
      expect(text).to.contain('Date Discontinued: 25 Mar 2020');
      expect(text).to.contain('Summary created 30-Apr-2020 16:13');
      expect(text).to.contain('Social and Personal Circumstances');
    });

    it('H3: get-scr-no-results is the empty state, "Allergies unavailable", never "No known allergies"', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(noResults)));
      const { el, event } = await mountForEvent<ScrLoadDetail>('scr-load', NHS.getScr);
      expect(event.detail.summary.empty).to.be.true;
      expect(el.getAttribute('state')).to.equal('empty');
      const text = visibleText(el);
      expect(text).to.contain('Allergies unavailable');
      expect(text).not.to.contain('No known allergies');
    });

    for (const status of [403, 420]) {
      it(`H11: get-scr-no-consent with HTTP ${status} is kind "refused" with the PSIS diagnostics under Technical details`, async () => {
        await useHandlers(http.get(ENDPOINT, () => fhirJson(noConsent, { status })));
        const { el, event } = await mountForEvent<ScrErrorDetail>('scr-error', NHS.getScr);
        expect(event.detail).to.include({ kind: 'refused', status });
        expect(el.getAttribute('state')).to.equal('error');
        const text = visibleText(el);
        expect(text).to.contain('Access to this Summary Care Record was refused');
        // The service's code is kept for IT staff under "Technical details", not in what the clinician reads.
        expect(technicalText(el)).to.contain('[PSIS-30418] - ACF does not permit access to resource');
        expect(text).not.to.contain('PSIS');
        expect(text).not.to.contain('Allergies unavailable');
        expect(text).not.to.contain('No known allergies');
      });
    }

    it('H1: get-scr-id-success requested for 900 000 0009 is a patient-mismatch error showing no record', async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(scrIdSuccess)));
      const { el, event } = await mountForEvent<ScrErrorDetail>('scr-error', NHS.getScr);
      expect(event.detail.kind).to.equal('patient-mismatch');
      const text = visibleText(el);
      expect(text).to.contain('different NHS number');
      expect(text).not.to.contain('999 500 0180');
    });
  });

  describe('conformance: scr-fhir-api, the API’s two steps and its access alert (source="scr-api")', () => {
    const SCR_ID = 'FA60BE64-1F34-11EB-A2A8-000C29A364EB';

    it('the step-1 reader reads DocumentReferenceBundle.json: the SCR id, label "Ask", the patient it names', () => {
      expect(readPointer(docRef, NHS.getScr)).to.deep.equal({ kind: 'pointer', recordId: SCR_ID, label: 'ask' });
    });

    it('get-scr-id-success: label "Yes" (legacy) for its own patient; requested for another number, a patient-mismatch', () => {
      expect(readPointer(scrIdSuccess, NHS.scrIdSuccess)).to.deep.equal({ kind: 'pointer', recordId: SCR_ID, label: 'yes' });
      const other = readPointer(scrIdSuccess, NHS.getScr);
      expect(other.kind).to.equal('failed');
      if (other.kind === 'failed') expect(other.failure.kind).to.equal('patient-mismatch');
    });

    it('get-scr-no-results: at step 1 "no SCR", at step 2 a stale id (never a record)', () => {
      expect(readPointer(noResults, NHS.getScr)).to.deep.equal({ kind: 'none' });
      expect(isStaleRecordAnswer(noResults)).to.be.true;
      expect(isStaleRecordAnswer(getScr)).to.be.false;
    });

    it('the AuditEvent the widget builds has the example’s shape, systems and displays (AuditEvent.json)', () => {
      const built = buildAuditEvent({
        id: 'example',
        alert: alertFor('self-claimed', 'public-interest')!,
        nhsNumber: '9000000009',
        recordId: '1C03CF4F-D404-4D76-B192-4F81727059F6',
        note: 'a test alert',
        context: { odsCode: 'T10101', userId: 'T10101', role: 'General Practitioner', sessionUrid: '555254242106' },
        recorded: new Date('2020-11-13T00:00:00Z'),
      });
      const example = JSON.parse(JSON.stringify(auditEvent)) as Record<string, any>;
      // The example's observer carries the ASID; the widget leaves its value for the service to fill (it has no ASID).
      delete example.source.observer.identifier.value;
      expect(built).to.deep.equal(example);
    });

    it('the mock API’s alert validator accepts the example and words a missing patient agent as the API’s 400 answer does', () => {
      expect(alertProblem(auditEvent)).to.equal(undefined);
      const noPatient = JSON.parse(JSON.stringify(auditEvent));
      noPatient.agent = noPatient.agent.slice(1);
      expect(alertProblem(noPatient)).to.equal((alertBadRequest as any).issue[0].details.text);
    });

    describe('through <scr-summary>', () => {
      afterEach(() => resetHandlers());

      it('DocumentReferenceBundle then GetScrBundle: asked, then the record shown; its requests exactly as the API expects', async () => {
        const seen: URL[] = [];
        await useHandlers(
          http.get('*/fixture-api/R4/DocumentReference', ({ request }) => (seen.push(new URL(request.url)), fhirJson(docRef))),
          http.get('*/fixture-api/R4/Bundle', ({ request }) => (seen.push(new URL(request.url)), fhirJson(getScr))),
        );
        const el = await fixture<ScrSummary>(html`<scr-summary source="scr-api" endpoint="/fixture-api/R4/" nhs-number="9000000009"></scr-summary>`);
        await settle(el, ['permission']);
        expect(el.permit({ decision: 'given' })).to.be.true;
        await settle(el);
        expect(el.getAttribute('state')).to.equal('loaded');
        expect(visibleText(el)).to.contain('Toxic reaction to wasp sting');
        expect(seen.map((u) => u.pathname)).to.deep.equal(['/fixture-api/R4/DocumentReference', '/fixture-api/R4/Bundle']);
        expect(seen[1].searchParams.get('composition.identifier')).to.equal(SCR_ID);
      });

      it('an alert answered with send-alert-bad-request (400): scr-alert says so with its text, and the record is shown under the warning', async () => {
        await useHandlers(
          http.get('*/fixture-api/R4/DocumentReference', () => fhirJson(docRef)),
          http.post('*/fixture-api/R4/AuditEvent', () => fhirJson(alertBadRequest, { status: 400 })),
          http.get('*/fixture-api/R4/Bundle', () => fhirJson(getScr)),
        );
        const alerts: CustomEvent[] = [];
        document.addEventListener('scr-alert', (e) => alerts.push(e), { once: true });
        const el = await fixture<ScrSummary>(html`<scr-summary source="scr-api" endpoint="/fixture-api/R4" nhs-number="9000000009" alerts="post"
          .alertContext=${{ odsCode: 'T10101', userId: 'T10101', role: 'General Practitioner', sessionUrid: '555254242106' }}></scr-summary>`);
        await settle(el, ['permission']);
        el.permit({ decision: 'emergency', note: 'Unconscious' });
        await settle(el);
        expect(alerts[0].detail).to.deep.include({ sent: false, status: 400 });
        expect(alerts[0].detail.message).to.contain("Missing 'agent' entry");
        expect(el.getAttribute('state')).to.equal('loaded');
        expect(shadow(el).querySelector('[part~="alert-warning"]') !== null, 'the unsent-alert warning is shown').to.be.true;
      });
    });
  });
}
