/**
 * Hazard H15: a payload in another FHIR version, or of another kind, misread as an R4 record.
 * STU3 and R5 reuse resource names with different meanings (an STU3 `clinicalStatus` is a
 * bare code; R5 renames medication fields), so such payloads are refused, not half-read.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { ENDPOINT, fhirJson, mountCollectingErrors, technicalText, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { bundle, nhsNumber, patientResource } from './support/patients.js';

type Json = Record<string, unknown>;

afterEach(() => resetHandlers());

const NHS = nhsNumber(130);

async function refused(respond: () => Response) {
  await useHandlers(http.get(ENDPOINT, respond));
  return mountCollectingErrors(NHS);
}

const cases: [string, Json[] | (() => Response)][] = [
  ['an STU3 AllergyIntolerance (clinicalStatus as a bare code)', [{ resourceType: 'AllergyIntolerance', clinicalStatus: 'resolved', verificationStatus: 'confirmed', code: { text: 'Penicillin' } }]],
  ['an STU3 profile on any resource', [{ resourceType: 'MedicationStatement', meta: { profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationStatement-1'] }, status: 'active', medicationCodeableConcept: { text: 'Amlodipine' } }]],
  ['an STU3 MedicationStatement.taken', [{ resourceType: 'MedicationStatement', status: 'active', taken: 'n', medicationCodeableConcept: { text: 'Amlodipine' } }]],
  ['an R5 MedicationStatement.medication (CodeableReference)', [{ resourceType: 'MedicationStatement', status: 'recorded', medication: { concept: { text: 'Amlodipine' } } }]],
  ['an R5 MedicationUsage', [{ resourceType: 'MedicationUsage', status: 'recorded', medication: { concept: { text: 'Amlodipine' } } }]],
  ['a content type declaring fhirVersion=5.0', () => new Response(JSON.stringify(bundle([patientResource(NHS, 'LLOYD')])), { headers: { 'Content-Type': 'application/fhir+json; fhirVersion=5.0' } })],
];

describe('H15: other FHIR versions are refused, not misread', () => {
  for (const [what, content] of cases) {
    it(`H15: ${what} is refused as unsupported and nothing of it is shown`, async () => {
      const respond = typeof content === 'function' ? content : () => fhirJson(bundle([patientResource(NHS, 'LLOYD', 'Bethan'), ...content]));
      const { el, errors } = await refused(respond);
      expect(el.getAttribute('state')).to.equal('error');
      expect(errors.map((e) => e.kind)).to.deep.equal(['unsupported']);
      const text = visibleText(el);
      expect(text).to.contain('This record is in a format the widget cannot show safely');
      // Which version was found is for IT staff, under "Technical details".
      expect(technicalText(el)).to.match(/FHIR R4|R4 \(4\.0\)/);
      expect(text).not.to.match(/FHIR|STU3|R4|R5/);
      for (const word of ['LLOYD', 'Penicillin', 'Amlodipine', 'Known allergies', 'Allergies unavailable']) expect(text).not.to.contain(word);
    });
  }
});
