/**
 * Hazard H12: misattributed source or recency. The card says where the record came from (the
 * GP practice), who created it and when, and when it was retrieved; where the payload does
 * not say, the card says "Not recorded" rather than borrowing a date that means something else.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { ENDPOINT, fhirJson, mount, settle, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { allergy, bundle, nhsNumber, patientResource, scrDocument, scrSection } from './support/patients.js';

type Json = Record<string, unknown>;

afterEach(() => resetHandlers());

const NHS = nhsNumber(110);

async function show(payload: Json) {
  await useHandlers(http.get(ENDPOINT, () => fhirJson(payload)));
  const el = await mount(NHS);
  await settle(el, ['loaded']);
  return visibleText(el);
}

describe('H12: source and recency', () => {
  it('H12: an SCR shows its GP practice, who created it, when it was created (in CUI form, 30 Apr 2020 16:13 → 30-Apr-2020 16:13) and when it was retrieved', async () => {
    const text = await show(
      scrDocument(
        [
          scrSection(
            'Title',
            'General Practice Summary',
            '<p id="CreateTime">Summary Created: 30 Apr 2020 16:13</p><p id="Author">Created by: WILSON, Bob (Mr)</p><p id="Practice">Riverside Surgery, 1 Mill Lane, Leeds LS1 1AA.</p>',
          ),
          scrSection('AllergiesHeader', 'Allergies and Adverse Reactions', '<table><tbody><tr><td>Penicillin</td></tr></tbody></table>'),
        ],
        patientResource(NHS, 'PENROSE'),
      ),
    );
    expect(text).to.contain('Riverside Surgery, 1 Mill Lane, Leeds LS1 1AA.');
    expect(text).to.contain('WILSON, Bob (Mr)');
    expect(text).to.contain('Summary created 30-Apr-2020 16:13');
    expect(text).to.match(/Retrieved at:? ?\d{2}-[A-Z][a-z]{2}-\d{4} \d{2}:\d{2}/);
  });

  it('H12: a structured record names the patient’s registered GP practice', async () => {
    const text = await show(
      bundle([
        patientResource(NHS, 'RAMAN', 'Priya', { generalPractitioner: [{ reference: 'Organization/org1' }] }),
        { resourceType: 'Organization', id: 'org1', name: 'Meadowbank Fictional Practice' },
        allergy('a', 'Penicillin'),
      ]),
    );
    expect(text).to.match(/GP practice:? ?Meadowbank Fictional Practice/);
  });

  it('H12: an IPS or other document shows when it was written and by whom, from its Composition', async () => {
    const text = await show({
      resourceType: 'Bundle',
      type: 'document',
      entry: [
        { fullUrl: 'urn:uuid:c', resource: { resourceType: 'Composition', title: 'Patient summary', date: '2026-11-18T15:20:00+00:00', author: [{ display: 'Harbour Fictional Health Centre' }], section: [] } },
        { fullUrl: 'urn:uuid:p', resource: patientResource(NHS, 'NOWICKI') },
        { fullUrl: 'urn:uuid:a', resource: allergy('a', 'Penicillin') },
      ],
    });
    expect(text).to.contain('18-Nov-2026 15:20');
    expect(text).to.contain('Harbour Fictional Health Centre');
  });

  it('H12: with no creation time in the payload the card says "Not recorded", never the Bundle’s timestamp', async () => {
    const text = await show(bundle([patientResource(NHS, 'RAMAN'), allergy('a', 'Penicillin')], { timestamp: '2026-11-20T10:00:00+00:00' }));
    expect(text).to.match(/Summary created:? ?Not recorded/);
    expect(text).not.to.contain('20-Nov-2026 10:00');
  });
});
