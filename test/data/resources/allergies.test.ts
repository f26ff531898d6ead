import { expect } from '@open-wc/testing';
import { parseFhirDate } from '../../../src/data/dates.js';
import type { Allergy, AllergyNegation, Reaction } from '../../../src/data/model.js';
import { NO_NAME_ALLERGY } from '../../../src/data/resources/allergies.js';
import { allergyClinical, allergyVerification, SNOMED, snomed, summarise, summariseEntries } from './summarise.js';

// Modelled on UKCore-AllergyIntolerance-Amoxicillin-Example and the R4 spec examples.
const penicillin = {
  resourceType: 'AllergyIntolerance',
  id: 'penicillin',
  clinicalStatus: allergyClinical('active'),
  verificationStatus: allergyVerification('confirmed'),
  category: ['medication'],
  criticality: 'high',
  code: snomed('764146007', 'Penicillin'),
  recordedDate: '2019-12-10T13:00:00+00:00',
  reaction: [{ manifestation: [snomed('247472004', 'Urticarial rash')], severity: 'mild' }],
};

const nkda = {
  resourceType: 'AllergyIntolerance',
  id: 'UKCore-AllergyIntolerance-Sn-NegHandlNoKnownAllergies-Example',
  clinicalStatus: allergyClinical('active'),
  verificationStatus: allergyVerification('confirmed'),
  code: snomed('409137002', 'No known drug allergy (situation)'),
};

describe('resources: AllergyIntolerance', () => {
  it('H5: entered-in-error allergy is hidden and counted', () => {
    // UKCore-AllergyIntolerance-EnteredInError-Example: no clinicalStatus at all.
    const summary = summarise(penicillin, {
      resourceType: 'AllergyIntolerance',
      id: 'UKCore-AllergyIntolerance-EnteredInError-Example',
      verificationStatus: allergyVerification('entered-in-error'),
      code: snomed('372687004', 'Amoxicillin'),
      recordedDate: '2019-12-10T13:00:00+00:00',
    });
    const all = [...summary.allergies.active, ...summary.allergies.ended, ...summary.allergies.refuted];
    expect(all.map((a) => a.substance)).to.deep.equal(['Penicillin']);
    expect(summary.allergies.negations).to.be.empty;
    expect(summary.hidden.enteredInError).to.equal(1);
  });

  it('H5: an STU3-style string verificationStatus entered-in-error is also hidden and counted', () => {
    const summary = summarise({ resourceType: 'AllergyIntolerance', verificationStatus: 'entered-in-error', code: { text: 'Latex' } });
    expect(summary.allergies.active).to.be.empty;
    expect(summary.hidden.enteredInError).to.equal(1);
  });

  it('H5: a refuted allergy is grouped apart as refuted, never active', () => {
    const summary = summarise({ ...penicillin, id: 'refuted', verificationStatus: allergyVerification('refuted') });
    expect(summary.allergies.active).to.be.empty;
    expect(summary.allergies.refuted).to.have.length(1);
    expect(summary.allergies.refuted[0]).to.include({ substance: 'Penicillin', verification: 'refuted', clinical: 'active' });
  });

  it('H5: inactive and resolved allergies are grouped apart as ended', () => {
    const summary = summarise(
      { ...penicillin, id: 'inactive', clinicalStatus: allergyClinical('inactive') },
      { ...penicillin, id: 'resolved', code: { text: 'Egg' }, clinicalStatus: allergyClinical('resolved') },
    );
    expect(summary.allergies.active).to.be.empty;
    expect(summary.allergies.ended.map((a) => [a.substance, a.clinical])).to.deep.equal([['Penicillin', 'inactive'], ['Egg', 'resolved']]);
  });

  it('H5: an unconfirmed allergy stays active and carries its verification for the label', () => {
    // R4 allergyintolerance-medication: penicillin G, unconfirmed, criticality high.
    const summary = summarise({ ...penicillin, verificationStatus: allergyVerification('unconfirmed') });
    expect(summary.allergies.active).to.have.length(1);
    expect(summary.allergies.active[0].verification).to.equal('unconfirmed');
  });

  it('transfer-degraded drug allergy shows code.text verbatim and is marked not coded', () => {
    const summary = summarise({
      resourceType: 'AllergyIntolerance',
      id: 'UKCore-AllergyIntolerance-Sn-TransferDegradedDrugAllergy-Example',
      clinicalStatus: allergyClinical('active'),
      verificationStatus: allergyVerification('confirmed'),
      code: snomed('196461000000101', 'Transfer-degraded drug allergy', 'Amoxicillin 250mg capsules'),
    });
    expect(summary.allergies.active[0]).to.include({ substance: 'Amoxicillin 250mg capsules', coded: false });
  });

  it('H3: a "no known drug allergy" keeps its exact wording and sits beside a real penicillin allergy', () => {
    const summary = summarise(nkda, penicillin);
    expect(summary.allergies.negations).to.have.length(1);
    expect(summary.allergies.negations[0]).to.deep.include({
      text: 'No known drug allergy (situation)',
      code: '409137002',
      scope: 'drug',
      verification: 'confirmed',
      source: { kind: 'resource', ref: 'AllergyIntolerance/UKCore-AllergyIntolerance-Sn-NegHandlNoKnownAllergies-Example' },
    });
    expect(summary.allergies.active.map((a) => a.substance)).to.deep.equal(['Penicillin']);
  });

  it('H3: negation wording comes from code.text first, else the coding display, else a scoped default', () => {
    const summary = summarise(
      // R4 allergyintolerance-nka: text "NKA".
      { resourceType: 'AllergyIntolerance', id: 'nka', code: snomed('716186003', 'No Known Allergy (situation)', 'NKA'), recordedDate: '2015-08-06T15:37:31-06:00' },
      { resourceType: 'AllergyIntolerance', id: 'nkfa', code: { coding: [{ system: 'http://snomed.info/sct', code: '429625007' }] } },
      { resourceType: 'AllergyIntolerance', id: 'nkea', code: { coding: [{ system: 'http://snomed.info/sct', code: '428607008' }] } },
    );
    expect(summary.allergies.negations.map((n) => [n.text, n.scope])).to.deep.equal([
      ['NKA', 'all'],
      ['No known food allergy', 'food'],
      ['No known environmental allergy', 'environment'],
    ]);
    // A zoned time is shown on the reader's clock (H8; the rule's own tests are in dates.test.ts).
    expect(summary.allergies.negations[0].recorded?.text).to.equal(parseFhirDate('2015-08-06T15:37:31-06:00')?.text);
  });

  it('H3: a scoped negation is never widened: "no known food allergy" stays food-scoped', () => {
    const summary = summarise({ resourceType: 'AllergyIntolerance', code: snomed('429625007', 'No known food allergy') }, penicillin);
    expect(summary.allergies.negations[0].scope).to.equal('food');
    expect(summary.allergies.active).to.have.length(1);
  });

  it('H5: an unconfirmed negation keeps its verification so it can be labelled', () => {
    const summary = summarise({ ...nkda, verificationStatus: allergyVerification('unconfirmed') });
    expect(summary.allergies.negations[0].verification).to.equal('unconfirmed');
  });

  it('H3: a refuted or ended "no known allergy" is not a current negation', () => {
    const summary = summarise(
      { ...nkda, id: 'refuted-nkda', verificationStatus: allergyVerification('refuted') },
      { ...nkda, id: 'ended-nkda', clinicalStatus: allergyClinical('inactive') },
    );
    expect(summary.allergies.negations).to.be.empty;
    expect(summary.allergies.refuted.map((a) => a.substance)).to.deep.equal(['No known drug allergy (situation)']);
    expect(summary.allergies.ended.map((a) => a.substance)).to.deep.equal(['No known drug allergy (situation)']);
  });

  it('H4: an allergy with no name at all is still shown, labelled as such', () => {
    const summary = summarise({ resourceType: 'AllergyIntolerance', id: 'nameless', clinicalStatus: allergyClinical('active'), criticality: 'high' });
    expect(summary.allergies.active).to.have.length(1);
    expect(summary.allergies.active[0]).to.include({ substance: NO_NAME_ALLERGY, coded: false, criticality: 'high' });
  });

  it('H13: reads criticality, reactions and their severity separately (R4 cashew example)', () => {
    const summary = summariseEntries([
      {
        fullUrl: 'urn:uuid:cashew',
        resource: {
          resourceType: 'AllergyIntolerance',
          id: 'example',
          clinicalStatus: allergyClinical('active'),
          verificationStatus: allergyVerification('confirmed'),
          type: 'allergy',
          category: ['food'],
          criticality: 'high',
          code: snomed('227493005', 'Cashew nuts'),
          onsetDateTime: '2004',
          recordedDate: '2014-10-09T14:58:00+11:00',
          recorder: { reference: 'Practitioner/example' },
          asserter: { reference: 'Patient/example' },
          lastOccurrence: '2012-06',
          note: [{ text: 'The criticality is high becasue of the observed anaphylactic reaction when challenged with cashew extract.' }],
          reaction: [
            {
              manifestation: [snomed('39579001', 'Anaphylactic reaction')],
              description: 'Challenge Protocol. Severe reaction to subcutaneous cashew extract. Epinephrine administered',
              onset: '2012-06-12',
              severity: 'severe',
            },
            {
              manifestation: [snomed('64305001', 'Urticaria')],
              onset: '2004',
              severity: 'moderate',
              note: [{ text: 'The patient reports that the onset of urticaria was within 15 minutes of eating cashews.' }],
            },
            { manifestation: [{ text: 'Wheeze' }] },
          ],
        },
      },
      {
        fullUrl: 'https://example.org/fhir/Practitioner/example',
        resource: { resourceType: 'Practitioner', id: 'example', name: [{ family: 'Careful', given: ['Adam'], prefix: ['Dr'] }] },
      },
    ]);
    const cashew = summary.allergies.active[0];
    expect(cashew).to.include({ substance: 'Cashew nuts', coded: true, criticality: 'high', verification: 'confirmed', clinical: 'active', recorder: 'CAREFUL, Adam (Dr)' });
    expect(cashew.category).to.deep.equal(['food']);
    expect(cashew.onset).to.deep.equal({ raw: '2004', text: '2004', precision: 'year' });
    expect(cashew.lastOccurrence?.text).to.equal('Jun-2012');
    expect(cashew.recorded?.text).to.equal(parseFhirDate('2014-10-09T14:58:00+11:00')?.text);
    expect(cashew.reactions).to.deep.equal([
      {
        manifestations: ['Anaphylactic reaction'],
        severity: 'severe',
        description: 'Challenge Protocol. Severe reaction to subcutaneous cashew extract. Epinephrine administered',
        onset: { raw: '2012-06-12', text: '12-Jun-2012', precision: 'day' },
      },
      { manifestations: ['Urticaria'], severity: 'moderate', onset: { raw: '2004', text: '2004', precision: 'year' } },
      // H13: no severity recorded stays absent, never defaulted to "mild".
      { manifestations: ['Wheeze'] },
    ]);
    expect(cashew.notes).to.have.length(2);
    expect(cashew.notes[1]).to.contain('within 15 minutes');
    expect(cashew.source).to.deep.equal({ kind: 'resource', ref: 'AllergyIntolerance/example' });
  });

  it('H13: unknown criticality or severity values are dropped, not guessed', () => {
    const summary = summarise({ ...penicillin, criticality: 'CRITH', reaction: [{ manifestation: [{ text: 'Rash' }], severity: 'very bad' }] });
    expect(summary.allergies.active[0].criticality).to.be.undefined;
    expect(summary.allergies.active[0].reactions[0].severity).to.be.undefined;
  });

  it('reads onsetPeriod, onsetString verbatim and onsetAge', () => {
    const summary = summarise(
      { ...penicillin, id: 'p', onsetPeriod: { start: '2015-03', end: '2016' } },
      { ...penicillin, id: 's', onsetString: 'In childhood' },
      { ...penicillin, id: 'a', onsetAge: { value: 45, unit: 'years', system: 'http://unitsofmeasure.org', code: 'a' } },
    );
    expect(summary.allergies.active.map((a) => a.onset?.text)).to.deep.equal(['Mar-2015', 'In childhood', 'Age 45 years']);
  });

  it('H8: a 1970-01-01 recorded date is flagged as a sentinel', () => {
    const summary = summarise({ ...penicillin, recordedDate: '1970-01-01T00:00:00+00:00' });
    expect(summary.allergies.active[0].recorded?.implausible).to.equal('sentinel');
  });

  it('H8: an onset in the future is flagged', () => {
    const summary = summarise({ ...penicillin, onsetDateTime: '2031-05-01' });
    expect(summary.allergies.active[0].onset?.implausible).to.equal('future');
  });

  it('names the recorder from display first, else a resolved PractitionerRole, else the asserter', () => {
    const summary = summariseEntries([
      { resource: { ...penicillin, id: 'd', recorder: { reference: 'Practitioner/x', display: 'Dr Display' } } },
      { resource: { ...penicillin, id: 'r', recorder: { reference: 'PractitionerRole/role1' } } },
      { resource: { ...penicillin, id: 'a', asserter: { reference: 'urn:uuid:gp' } } },
      { resource: { resourceType: 'PractitionerRole', id: 'role1', practitioner: { reference: 'Practitioner/gp' }, organization: { display: 'Leeds GP' } } },
      { fullUrl: 'urn:uuid:gp', resource: { resourceType: 'Practitioner', id: 'gp', name: [{ family: 'Gose', given: ['Sandra'] }] } },
    ]);
    expect(summary.allergies.active.map((a) => a.recorder)).to.deep.equal(['Dr Display', 'GOSE, Sandra, Leeds GP', 'GOSE, Sandra']);
    expect(summary.hidden.notDisplayed).to.deep.equal({});
  });
});

/** Where an AllergyIntolerance lands: hidden, a negation, or one of the three allergy groups. */
function placeOf(resource: object): { bucket: string; allergy?: Allergy; negation?: AllergyNegation } {
  const summary = summarise(resource);
  if (summary.hidden.enteredInError === 1) return { bucket: 'hidden' };
  if (summary.allergies.negations.length) return { bucket: 'negation', negation: summary.allergies.negations[0] };
  for (const bucket of ['active', 'ended', 'refuted'] as const) {
    if (summary.allergies[bucket].length) return { bucket, allergy: summary.allergies[bucket][0] };
  }
  return { bucket: 'none' };
}

const latex = (extra: object) => ({ resourceType: 'AllergyIntolerance', id: 'x', code: { text: 'Latex' }, ...extra });

describe('resources: AllergyIntolerance detail (issue 11, class 8)', () => {
  it('H13: criticality and reaction severity are read whatever their case and spacing', () => {
    const table: [unknown, unknown, Allergy['criticality'], Reaction['severity']][] = [
      ['HIGH', 'Severe', 'high', 'severe'],
      [' Low ', ' MILD', 'low', 'mild'],
      ['Unable-To-Assess', 'Moderate ', 'unable-to-assess', 'moderate'],
      ['high', 'severe', 'high', 'severe'],
      ['CRITH', 'very bad', undefined, undefined],
      ['', '  ', undefined, undefined],
      [3, { code: 'severe' }, undefined, undefined],
    ];
    for (const [criticality, severity, expectedCriticality, expectedSeverity] of table) {
      const { allergy } = placeOf(latex({ criticality, reaction: [{ manifestation: [{ text: 'Hives' }], severity }] }));
      expect(allergy?.criticality, String(criticality)).to.equal(expectedCriticality);
      expect(allergy?.reactions[0].severity, String(severity)).to.equal(expectedSeverity);
    }
  });

  it('H5: clinical and verification statuses are honoured in any case, by code, bare string or in words, and unknown words are kept as sent', () => {
    const cc = (code?: string, text?: string, display?: string) => ({
      ...(code !== undefined || display !== undefined ? { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', ...(code !== undefined ? { code } : {}), ...(display ? { display } : {}) }] } : {}),
      ...(text !== undefined ? { text } : {}),
    });
    // [name, clinicalStatus, verificationStatus, bucket, clinical, verification, unrecognised]
    const table: [string, unknown, unknown, string, string | undefined, string | undefined, string[] | undefined][] = [
      ['coded, upper case', cc('ACTIVE'), cc('REFUTED'), 'refuted', 'active', 'refuted', undefined],
      ['coded, spaced', cc(' inactive '), cc(' confirmed'), 'ended', 'inactive', 'confirmed', undefined],
      ['coded entered-in-error, mixed case', cc('active'), cc('Entered-In-Error'), 'hidden', undefined, undefined, undefined],
      ['STU3 bare strings, capitalised', 'Resolved', 'Confirmed', 'ended', 'resolved', 'confirmed', undefined],
      ['STU3 bare string entered-in-error', undefined, ' ENTERED-IN-ERROR ', 'hidden', undefined, undefined, undefined],
      ['text only: Refuted', undefined, { text: 'Refuted' }, 'refuted', undefined, 'refuted', undefined],
      ['text only: Entered in error', undefined, { text: 'Entered in error' }, 'hidden', undefined, undefined, undefined],
      ['text only: entered-in-error', undefined, { text: 'entered-in-error' }, 'hidden', undefined, undefined, undefined],
      ['text only: ENTERED_IN_ERROR', undefined, { text: 'ENTERED_IN_ERROR' }, 'hidden', undefined, undefined, undefined],
      ['text only: Inactive', { text: 'Inactive' }, undefined, 'ended', 'inactive', undefined, undefined],
      ['text only: Resolved, spaced', { text: '  Resolved ' }, { text: 'Confirmed' }, 'ended', 'resolved', 'confirmed', undefined],
      ['text only: Unconfirmed', { text: 'Active' }, { text: 'Unconfirmed' }, 'active', 'active', 'unconfirmed', undefined],
      ['unknown code, display in words', undefined, cc('723510000', undefined, 'Refuted'), 'refuted', undefined, 'refuted', undefined],
      ['a known code wins over other words', cc('active'), cc('confirmed', 'Refuted'), 'active', 'active', 'confirmed', undefined],
      ['unknown verification words kept', undefined, { text: 'Suspected' }, 'active', undefined, undefined, ['Suspected']],
      ['unknown clinical words kept', { text: 'In remission' }, cc('confirmed'), 'active', undefined, 'confirmed', ['In remission']],
      ['unknown code kept', cc('remission'), cc('probable'), 'active', undefined, undefined, ['remission', 'probable']],
      ['words that only contain a status are not it', { text: 'Not resolved' }, { text: 'Refuted by patient?' }, 'active', undefined, undefined, ['Not resolved', 'Refuted by patient?']],
    ];
    for (const [name, clinicalStatus, verificationStatus, bucket, clinical, verification, unrecognised] of table) {
      const place = placeOf(latex({ clinicalStatus, verificationStatus }));
      expect(place.bucket, name).to.equal(bucket);
      expect(place.allergy?.clinical, name).to.equal(clinical);
      expect(place.allergy?.verification, name).to.equal(verification);
      expect(place.allergy?.unrecognisedStatus, name).to.deep.equal(unrecognised);
    }
  });

  it('H4: with no code, the name comes from the reactions\' substance, else the entry\'s own narrative, and is marked not coded and where it came from', () => {
    const div = (inner: string) => ({ status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${inner}</div>` });
    // [name, resource fields, substance, coded, from]
    const table: [string, object, string, boolean, Allergy['substanceFrom']][] = [
      ['reaction substance text', { reaction: [{ substance: { text: 'Amoxicillin' }, manifestation: [{ text: 'Rash' }] }] }, 'Amoxicillin', false, 'reaction'],
      ['reaction substance display only', { reaction: [{ substance: snomed('372687004', 'Amoxicillin') }] }, 'Amoxicillin', false, 'reaction'],
      ['two reactions, one substance', { reaction: [{ substance: { text: 'Peanut' } }, { substance: { text: 'Peanut' } }] }, 'Peanut', false, 'reaction'],
      ['two reactions, two substances', { reaction: [{ substance: { text: 'Cashew' } }, {}, { substance: { text: 'Pistachio' } }] }, 'Cashew; Pistachio', false, 'reaction'],
      ['blank code text falls through', { code: { text: '  ' }, reaction: [{ substance: { text: 'Egg' } }] }, 'Egg', false, 'reaction'],
      ['reaction beats narrative', { reaction: [{ substance: { text: 'Egg' } }], text: div('<p>Something else</p>') }, 'Egg', false, 'reaction'],
      ['narrative text only, markup gone', { text: div('<p>Allergy to <b>latex</b>\n gloves</p>') }, 'Allergy to latex gloves', false, 'narrative'],
      ['narrative: a table of the entry', { text: div('<table><tr><td>Substance</td><td>Sesame</td></tr></table>') }, 'Substance Sesame', false, 'narrative'],
      ['narrative: script content dropped', { text: div('<p>Wasp venom</p><script>alert(1)</script>') }, 'Wasp venom', false, 'narrative'],
      ['narrative: entities decoded', { text: div('<p>Fish &amp; shellfish</p>') }, 'Fish & shellfish', false, 'narrative'],
      ['the code wins over both', { code: snomed('91935009', 'Peanut'), reaction: [{ substance: { text: 'Cashew' } }], text: div('<p>Hazelnut</p>') }, 'Peanut', true, undefined],
      ['nothing at all', { reaction: [{ manifestation: [{ text: 'Rash' }] }], text: div('<p>  </p>') }, NO_NAME_ALLERGY, false, undefined],
      ['a narrative that is not a string', { text: { div: 42 } }, NO_NAME_ALLERGY, false, undefined],
    ];
    for (const [name, fields, substance, coded, from] of table) {
      const { allergy } = placeOf({ resourceType: 'AllergyIntolerance', id: 'n', clinicalStatus: allergyClinical('active'), ...fields });
      expect(allergy?.substance, name).to.equal(substance);
      expect(allergy?.coded, name).to.equal(coded);
      expect(allergy?.substanceFrom, name).to.equal(from);
      expect(allergy?.source, name).to.deep.equal({ kind: 'resource', ref: 'AllergyIntolerance/n' });
    }
  });

  it('H3: "no known allergy" codes are honoured only from SNOMED CT; the same digits in another system are an ordinary allergy entry', () => {
    const coding = (system: string | undefined, code: string, display: string) => ({ ...(system !== undefined ? { system } : {}), code, display });
    // [name, code, bucket, negation code or allergy name]
    const table: [string, object, string, string][] = [
      ['SNOMED, no known allergy', { coding: [coding(SNOMED, '716186003', 'No known allergy')] }, 'negation', '716186003'],
      ['SNOMED, no known drug allergy, spaced code', { coding: [coding(SNOMED, ' 409137002 ', 'No known drug allergy')] }, 'negation', '409137002'],
      ['SNOMED after a local coding', { coding: [coding('http://example.org/local', 'NKA', 'None'), coding(SNOMED, '429625007', 'No known food allergy')] }, 'negation', '429625007'],
      ['local system, same digits', { coding: [coding('http://example.org/local', '716186003', 'Local code 716186003')] }, 'active', 'Local code 716186003'],
      ['read code system, same digits, text', { text: 'Sulphonamides', coding: [coding('http://read.info/ctv3', '409137002', 'x')] }, 'active', 'Sulphonamides'],
      ['no system at all', { coding: [coding(undefined, '716186003', 'No known allergy')] }, 'active', 'No known allergy'],
      ['LOINC system', { coding: [coding('http://loinc.org', '428607008', 'Environmental')] }, 'active', 'Environmental'],
    ];
    for (const [name, code, bucket, expected] of table) {
      const place = placeOf({ resourceType: 'AllergyIntolerance', id: 'k', clinicalStatus: allergyClinical('active'), verificationStatus: allergyVerification('confirmed'), code });
      expect(place.bucket, name).to.equal(bucket);
      if (bucket === 'negation') expect(place.negation?.code, name).to.equal(expected);
      else expect([place.allergy?.substance, place.allergy?.coded], name).to.deep.equal([expected, true]);
    }
  });
});
