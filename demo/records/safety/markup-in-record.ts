/**
 * H9: a record whose text contains markup, as a badly escaping source system (or an attacker)
 * might send: script tags, event handlers and a javascript: link in the narrative and in
 * structured fields. The widget shows the words as text and runs nothing.
 *
 * Fictional patient: Mrs Iris LANE, NHS No. 999 028 0010.
 */
import { SNOMED, xhtml, type FhirJson } from '../types.js';
import { allergyClinical, allergyVerification, idOf, patient, urn } from './common.js';

const PATIENT = urn('25', 1);
const COMPOSITION = urn('25', 2);
const ALLERGY = urn('25', 3);

export const markupInRecord: FhirJson = {
  resourceType: 'Bundle',
  id: '5afe0025-0000-4000-8000-000000000000',
  type: 'document',
  timestamp: '2026-11-21T10:00:00+00:00',
  entry: [
    {
      fullUrl: COMPOSITION,
      resource: {
        resourceType: 'Composition',
        id: idOf(COMPOSITION),
        status: 'final',
        type: { coding: [{ system: 'http://loinc.org', code: '60591-5' }] },
        subject: { reference: PATIENT },
        date: '2026-11-20T09:00:00+00:00',
        author: [{ display: 'Harbour Fictional Health Centre' }],
        title: 'Patient summary',
        section: [
          {
            title: 'Alerts <script>alert("title")</script>',
            text: {
              status: 'generated',
              div: xhtml(
                '<p>Falls risk <img src="x" onerror="alert(1)"/> (uses a frame)</p>',
                '<p><a href="javascript:alert(2)">Carer contact</a>: see notes</p>',
                '<script>alert(3)</script><style>*{display:none}</style>',
                '<table><tbody><tr><td onclick="alert(4)">Lives alone</td></tr></tbody></table>',
              ),
            },
          },
        ],
      },
    },
    { fullUrl: PATIENT, resource: patient({ nhsNumber: '9990280010', family: 'LANE', given: 'Iris', prefix: 'Mrs', birthDate: '1938-06-15' }, PATIENT) },
    {
      fullUrl: ALLERGY,
      resource: {
        resourceType: 'AllergyIntolerance',
        id: idOf(ALLERGY),
        clinicalStatus: allergyClinical('active'),
        verificationStatus: allergyVerification('confirmed'),
        code: { coding: [{ system: SNOMED, code: '91936005' }], text: 'Penicillin <b onmouseover="alert(5)">allergy</b>' },
        patient: { reference: PATIENT },
        note: [{ text: '<script>alert(6)</script> Reported by daughter' }],
      },
    },
  ],
};
