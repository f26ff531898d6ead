/**
 * The permission question (`state="permission"`) and the other SCR API states: axe in each
 * (light and dark), the form's structure (fieldset and legend, labelled radios, a labelled
 * required reason, one submit button), and the whole question answered with the keyboard only.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { ScrSummary } from '../../src/index.js';
import { settle, shadow } from '../helpers/element.js';
import { resetHandlers } from '../helpers/msw.js';
import { ALERT_CONTEXT, API, described, form, mountApi, PATIENT, untilPermission, useApi } from '../helpers/scr-api.js';
import { resetMedia } from './support.js';

afterEach(async () => {
  resetHandlers();
  await resetMedia();
});

const active = (el: ScrSummary) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('the permission question: accessibility', () => {
  it('is a form with a fieldset and legend, a labelled radio per answer, and one submit button; the reason appears, labelled and required, for an override', async () => {
    await useApi();
    const el = await mountApi(PATIENT.ask);
    await untilPermission(el);
    const f = form(el)!;
    expect(f.querySelector('fieldset > legend')!.textContent).to.equal('Has the patient given permission to view their Summary Care Record?');
    const radios = [...f.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.value)).to.deep.equal(['given', 'declined', 'emergency', 'public-interest', 'statute', 'court-order']);
    for (const r of radios) expect(r.labels?.[0]?.textContent?.trim(), r.value).to.be.a('string').and.not.equal('');
    expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
    expect(f.querySelectorAll('button')).to.have.length(1);
    expect(f.querySelector('button')!.type).to.equal('submit');
    expect(f.querySelector('textarea') === null, 'no reason field').to.be.true;
    radios[2].click();
    await el.updateComplete;
    const reason = f.querySelector('textarea')!;
    expect(reason.required).to.be.true;
    expect(reason.labels?.[0]?.textContent).to.equal('Reason for viewing without the patient’s permission');
    expect(reason.getAttribute('aria-describedby')).to.equal('scr-permission-note-hint');
    radios[0].click();
    await el.updateComplete;
    expect(f.querySelector('textarea') === null, 'no reason field').to.be.true;
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe with the question open, with the reason shown, and with both errors shown (${scheme})`, async () => {
      await emulateMedia({ colorScheme: scheme });
      await useApi();
      const el = await mountApi(PATIENT.ask);
      await untilPermission(el);
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('form.permission button')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLInputElement>('input[value="emergency"]')!.click();
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('form.permission button')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('textarea')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe for "no SCR", the opted-out refusal, a decline, and a record under the unsent-alert warning', async () => {
    await useApi();
    for (const nhs of [PATIENT.noScr, PATIENT.optedOut]) {
      const el = await mountApi(nhs);
      await settle(el);
      await expect(el).to.be.accessible();
    }
    let el = await mountApi(PATIENT.ask);
    await untilPermission(el);
    el.permit({ decision: 'declined' });
    await settle(el);
    await expect(el).to.be.accessible();
    el = await mountApi(PATIENT.alertFails, { alerts: 'post', alertContext: ALERT_CONTEXT });
    await untilPermission(el);
    el.permit({ decision: 'emergency', note: 'Unconscious' });
    await settle(el);
    expect(shadow(el).querySelector('[part~="alert-warning"]') !== null, 'the unsent-alert warning is shown').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('is answered with the keyboard only: Tab into the answers, arrows to choose "Emergency", Tab to the reason, type it, Tab to Continue, Enter', async () => {
    const api = await useApi();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">Before</button>
      <scr-summary source="scr-api" endpoint=${API} nhs-number=${PATIENT.emergency} alerts="post" .alertContext=${ALERT_CONTEXT}></scr-summary>
    </div>`);
    const el = wrapper.querySelector('scr-summary') as ScrSummary;
    await untilPermission(el);
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();

    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('value')).to.equal('given');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active(el)?.getAttribute('value')).to.equal('emergency');
    expect((active(el) as HTMLInputElement).checked).to.be.true;
    expect(getComputedStyle(active(el)!).outlineStyle).to.equal('solid');

    await sendKeys({ press: 'Tab' });
    expect(active(el)?.tagName).to.equal('TEXTAREA');
    await sendKeys({ type: 'Unconscious on arrival' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.textContent).to.equal('Continue');
    await sendKeys({ press: 'Enter' });

    await settle(el);
    expect(el.getAttribute('state')).to.equal('loaded');
    expect(described(api.requests)).to.deep.equal(['GET DocumentReference', 'POST AuditEvent', 'GET Bundle']);
    expect((api.requests[1].body as { outcomeDesc: string }).outcomeDesc).to.equal('Unconscious on arrival');
  });
});
