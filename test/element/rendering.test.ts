import { expect } from '@open-wc/testing';
import { delay, http } from 'msw';
import type { ScrLoadDetail } from '../../src/index.js';
import { ENDPOINT, fhirJson, mount, mountForEvent, settle, shadow, visibleText } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { emptySearchset, NHS_A, patient, resourceBundle, scrBundle, sectionOf } from '../helpers/records.js';
import { outsideAllowList } from '../safety/support/hostile-strings.js';

afterEach(() => resetHandlers());

const HOSTILE_NARRATIVE =
  '<script>window.__pwned = 1</script><p onclick="window.__pwned=2">Click</p>' +
  '<img src="x" onerror="window.__pwned=3"/><iframe srcdoc="&lt;script&gt;parent.__pwned=4&lt;/script&gt;"></iframe>' +
  '<svg><script>window.__pwned=5</script></svg><a href="javascript:window.__pwned=6">Link</a>' +
  '<style>:host{display:none}</style><math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=7">' +
  '<object data="data:text/html,x"></object><form><button formaction="javascript:x">b</button></form>' +
  '<table><tr><td style="background:url(javascript:x)">Penicillin &lt;b&gt;</td></tr></table>';

describe('<scr-summary> rendering safety and accessibility', () => {
  it('H9: hostile narrative is rebuilt: nothing outside the allow-list reaches the shadow tree and no script runs', async () => {
    (window as { __pwned?: number }).__pwned = undefined;
    await useHandlers(
      http.get(ENDPOINT, () =>
        fhirJson(scrBundle({ extraSections: [sectionOf('RisksToPatientHeader', 'Risks <script>alert(1)</script>', HOSTILE_NARRATIVE)] })),
      ),
    );
    const el = await mount(NHS_A);
    await settle(el, ['loaded']);
    await new Promise((r) => setTimeout(r, 100));
    expect(outsideAllowList(shadow(el))).to.deep.equal([]);
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    expect(visibleText(el)).to.contain('Penicillin <b>');
    expect(visibleText(el)).to.contain('Risks <script>alert(1)</script>');
  });

  it('H9: hostile strings in structured fields are shown as text', async () => {
    await useHandlers(
      http.get(ENDPOINT, () =>
        fhirJson(
          resourceBundle([
            patient(NHS_A, '<img src=x onerror=alert(1)>, Eve'),
            { resourceType: 'AllergyIntolerance', id: 'a', code: { text: '<script>window.__pwned=8</script>Nuts' }, clinicalStatus: { coding: [{ code: 'active' }] } },
          ]),
        ),
      ),
    );
    const el = await mount(NHS_A);
    await settle(el, ['loaded']);
    expect(shadow(el).querySelector('script, img')).to.be.null;
    expect(visibleText(el)).to.contain('<script>window.__pwned=8</script>Nuts');
  });

  it('H7: a very long drug name and dose wrap in a 320 px container without truncation or overflow', async () => {
    const name = 'Co-amoxiclav 500mg/125mg tablets (Sandoz Ltd) ' + 'Supercalifragilisticexpialidociouspharmaceuticalpreparation'.repeat(3);
    await useHandlers(
      http.get(ENDPOINT, () => fhirJson(scrBundle({ repeats: [['Repeat Medication', 'Last Issued: 01-Nov-2026', name, 'Take ONE tablet THREE times a day', '21 tablet']] }))),
    );
    const el = await mount(NHS_A);
    el.style.width = '320px';
    await settle(el, ['loaded']);
    expect(visibleText(el)).to.contain(name);
    const card = shadow(el).querySelector('.card') as HTMLElement;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    expect(el.scrollWidth).to.be.at.most(320 + 1);
  });

  it('H3: a scoped negation is headlined in its own words, never as "No known allergies"', async () => {
    const nkda = { resourceType: 'AllergyIntolerance', id: 'n', code: { coding: [{ system: 'http://snomed.info/sct', code: '409137002', display: 'No known drug allergy' }] } };
    await useHandlers(http.get(ENDPOINT, () => fhirJson(resourceBundle([patient(NHS_A), nkda]))));
    const el = await mount(NHS_A);
    await settle(el, ['loaded']);
    const headline = shadow(el).querySelector('.allergy-status strong')?.textContent;
    expect(headline).to.equal('No known drug allergy');
    expect(visibleText(el)).not.to.contain('No known allergies');
  });

  it('H3: a "nil known" medication list reads "None known" with its wording, not "no medicines listed"', async () => {
    const medsList = {
      resourceType: 'List', id: 'm', status: 'current', mode: 'snapshot', title: 'Medication review',
      code: { coding: [{ system: 'http://loinc.org', code: '10160-0' }] },
      emptyReason: { coding: [{ code: 'nilknown' }], text: 'The patient is not on any medications' },
    };
    await useHandlers(http.get(ENDPOINT, () => fhirJson(resourceBundle([patient(NHS_A), medsList]))));
    const el = await mount(NHS_A);
    await settle(el, ['loaded']);
    const text = visibleText(el);
    expect(text).to.contain('Medication review None known The patient is not on any medications');
    expect(text).not.to.contain('No medicines are listed');
  });

  it('passes axe while loading', async () => {
    await useHandlers(http.get(ENDPOINT, async () => (await delay(2000), fhirJson(scrBundle()))));
    const el = await mount(NHS_A);
    await settle(el, ['loading']);
    await expect(el).to.be.accessible();
  });

  it('passes axe when loaded, and announces the allergy status in the live region', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(scrBundle({ titleExtra: '<p class="HighlightedStatement">Items withheld.</p>' }))));
    const { el, event } = await mountForEvent<ScrLoadDetail>('scr-load', NHS_A);
    expect(event.detail.summary.allergyStatus.label).to.equal('known');
    expect(shadow(el).querySelector('[role="status"]')?.textContent).to.contain('Summary Care Record loaded. Known allergies.');
    await expect(el).to.be.accessible();
  });

  it('passes axe when empty', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(emptySearchset)));
    const el = await mount(NHS_A);
    await settle(el, ['empty']);
    await expect(el).to.be.accessible();
  });

  it('passes axe in the error state, which announces the error', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson({ resourceType: 'OperationOutcome', issue: [{ code: 'forbidden' }] }, { status: 403 })));
    const el = await mount(NHS_A);
    await settle(el, ['error']);
    expect(shadow(el).querySelector('[role="status"]')?.textContent).to.contain('Error:');
    await expect(el).to.be.accessible();
  });
});
