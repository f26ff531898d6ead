/**
 * Hazard H13: severity misread. Criticality (the risk of a future reaction) and reaction
 * severity (what happened) are different facts: each is shown in its own labelled column,
 * and a missing one reads "Not recorded", never blank and never borrowed from the other.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import type { ScrSummary } from '../../src/index.js';
import { ENDPOINT, fhirJson, mount, settle, shadow } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { allergy, bundle, nhsNumber, patientResource } from './support/patients.js';

afterEach(() => resetHandlers());

const NHS = nhsNumber(120);

/** The text of the cell labelled `label` in the row for `substance`. */
function cellText(el: ScrSummary, substance: string, label: string): string | undefined {
  const row = [...shadow(el).querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes(substance));
  const cell = row?.querySelector(`td[data-label="${label}"]`) as HTMLElement | null | undefined;
  return cell?.innerText.replace(/\s+/g, ' ').trim();
}

describe('H13: criticality and reaction severity', () => {
  it('H13: criticality and reaction severity are shown separately, each under its own label', async () => {
    await useHandlers(
      http.get(ENDPOINT, () =>
        fhirJson(
          bundle([
            patientResource(NHS, 'RAMAN'),
            allergy('pen', 'Penicillin', { criticality: 'high', reaction: [{ manifestation: [{ text: 'Rash' }], severity: 'mild' }] }),
            allergy('cash', 'Cashew nut', { criticality: 'low', reaction: [{ manifestation: [{ text: 'Anaphylaxis' }], severity: 'severe' }, { manifestation: [{ text: 'Hives' }], severity: 'moderate' }] }),
            allergy('egg', 'Egg', { criticality: 'unable-to-assess' }),
            allergy('nut', 'Latex', { reaction: [{ manifestation: [{ text: 'Itch' }] }] }),
          ]),
        ),
      ),
    );
    const el = await mount(NHS);
    await settle(el, ['loaded']);
    expect(cellText(el, 'Penicillin', 'Criticality (future risk)')).to.equal('High');
    expect(cellText(el, 'Penicillin', 'Reaction severity')).to.equal('Mild');
    // A severe past reaction with a low criticality: neither is allowed to stand in for the other.
    expect(cellText(el, 'Cashew nut', 'Criticality (future risk)')).to.equal('Low');
    expect(cellText(el, 'Cashew nut', 'Reaction severity')).to.equal('Severe Moderate');
    expect(cellText(el, 'Egg', 'Criticality (future risk)')).to.equal('Unable to assess');
    expect(cellText(el, 'Egg', 'Reaction severity')).to.equal('Not recorded');
    expect(cellText(el, 'Latex', 'Criticality (future risk)')).to.equal('Not recorded');
    expect(cellText(el, 'Latex', 'Reaction severity')).to.equal('Not recorded');
  });

  it('H13: an unknown criticality or severity value is not shown as a real one', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(bundle([patientResource(NHS, 'RAMAN'), allergy('x', 'Ibuprofen', { criticality: 'extreme', reaction: [{ manifestation: [{ text: 'Wheeze' }], severity: 'fatal' }] })]))));
    const el = await mount(NHS);
    await settle(el, ['loaded']);
    expect(cellText(el, 'Ibuprofen', 'Criticality (future risk)')).to.equal('Not recorded');
    expect(cellText(el, 'Ibuprofen', 'Reaction severity')).to.equal('Not recorded');
  });
});
