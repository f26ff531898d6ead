/**
 * Hazard H14: a record shown against the patient's recorded choice, or a refusal shown as
 * something else. The SCR permission-to-view label (`SCR-ACSPermission`) on a
 * DocumentReference's securityLabel or on any resource's (or the Bundle's) meta.security:
 * "No" refuses with the opted-out message; "Ask", and the legacy "Yes" read as "Ask", show
 * the record under a warning that permission must be sought.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { ENDPOINT, fhirJson, mountCollectingErrors, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { warningTexts } from './support/card.js';
import { allergy, bundle, nhsNumber, patientResource } from './support/patients.js';

type Json = Record<string, unknown>;

afterEach(() => resetHandlers());

const NHS = nhsNumber(90);
const SYSTEM = 'https://fhir.nhs.uk/CodeSystem/SCR-ACSPermission';
const OPTED_OUT = 'The patient has chosen not to share their Summary Care Record (permission to view: No). It cannot be shown.';
const ASK = 'Permission to view is “Ask”: the patient’s permission must be sought before this record is viewed, unless emergency access applies.';

const pointer = (code: string): Json => ({
  resourceType: 'DocumentReference',
  id: 'dr',
  status: 'current',
  type: { coding: [{ system: 'http://snomed.info/sct', code: '196981000000101' }] },
  securityLabel: [{ coding: [{ system: SYSTEM, code }] }],
  content: [{ attachment: { url: 'https://example.test/Bundle?composition.identifier=x' } }],
});
const record = (extra: Json[] = [], bundleExtra: Json = {}) => bundle([patientResource(NHS, 'DOYLE', 'Hannah'), allergy('a', 'Penicillin V', { criticality: 'high' }), ...extra], bundleExtra);

async function show(payload: Json, status = 200) {
  await useHandlers(http.get(ENDPOINT, () => fhirJson(payload, { status })));
  return mountCollectingErrors(NHS);
}

describe('H14: the patient’s permission to view', () => {
  const optedOut: [string, Json][] = [
    ['a DocumentReference securityLabel "No" beside the record', record([pointer('No')])],
    ['meta.security "No" on a resource in the record', bundle([patientResource(NHS, 'DOYLE', 'Hannah', { meta: { security: [{ system: SYSTEM, code: 'No' }] } }), allergy('a', 'Penicillin V')])],
    ['meta.security "No" on the Bundle itself', record([], { meta: { security: [{ system: SYSTEM, code: 'No' }] } })],
    ['"No" on one resource even though another says "Ask"', record([pointer('Ask'), { ...allergy('b', 'Latex'), meta: { security: [{ system: SYSTEM, code: 'no' }] } }])],
  ];
  for (const [what, payload] of optedOut) {
    it(`H14: ${what} refuses the record with the opted-out message and shows none of it`, async () => {
      const { el, errors } = await show(payload);
      expect(el.getAttribute('state')).to.equal('error');
      expect(errors.map((e) => e.kind)).to.deep.equal(['refused']);
      const text = visibleText(el);
      expect(text).to.contain(OPTED_OUT);
      for (const word of ['DOYLE', 'Penicillin', 'Latex', 'Known allergies']) expect(text).not.to.contain(word);
    });
  }

  for (const code of ['Ask', 'Yes']) {
    it(`H14: permission "${code}" shows the record under the ask-permission warning, above the clinical content`, async () => {
      const { el } = await show(record([], { meta: { security: [{ system: SYSTEM, code }] } }));
      expect(el.getAttribute('state')).to.equal('loaded');
      expect(warningTexts(el).join(' ')).to.contain(ASK);
      const warning = [...shadow(el).querySelectorAll('[part~="warning"]')].find((w) => w.textContent?.includes('Permission to view'))!;
      const allergies = shadow(el).querySelector('[part~="allergies"]')!;
      expect(warning.compareDocumentPosition(allergies) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(visibleText(el)).to.contain('Penicillin V');
    });
  }

  it('H14: a pointer to the SCR (DocumentReference only, "Ask") is not shown as an empty record: it is unsupported and says to ask permission', async () => {
    const { el, errors } = await show(bundle([patientResource(NHS, 'DOYLE'), pointer('Ask')]));
    expect(errors.map((e) => e.kind)).to.deep.equal(['unsupported']);
    expect(visibleText(el)).to.contain('Permission to view is “Ask”');
    expect(visibleText(el)).not.to.contain('Allergies unavailable');
  });

  for (const status of [403, 420]) {
    it(`H14: an HTTP ${status} refusal says access was refused and offers no way around it`, async () => {
      const { el, errors } = await show({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'business-rule', diagnostics: '[PSIS-30418] - ACF does not permit access to resource' }] }, status);
      expect(errors[0]).to.include({ kind: 'refused', status });
      expect(visibleText(el)).to.contain('Access to this Summary Care Record was refused');
      // The only action is to ask again; nothing offers to view anyway.
      const actions = [...shadow(el).querySelectorAll('button, a')].map((b) => b.textContent?.trim());
      expect(actions, 'no "Try again": asking again cannot change a refusal').to.deep.equal([]);
    });
  }
});
