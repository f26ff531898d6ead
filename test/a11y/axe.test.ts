/**
 * Issue 5 §4: axe reports no violations in every state, every demo scenario, with sections
 * collapsed, in the dark scheme (colour contrast AA in both), with reduced motion and in
 * forced colours. (test/element/demo-scenarios.test.ts runs every scenario in the
 * light scheme, expanded.)
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { delay, http } from 'msw';
import { styles } from '../../src/element/styles.js';
import { handlers } from '../../demo/mocks/handlers.js';
import { ENDPOINT, fhirJson, settle, shadow } from '../helpers/element.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { emptySearchset, NHS_A } from '../helpers/records.js';
import { richScr, structuredRecord } from './records.js';
import { mountIn, QUICK, resetMedia, scenario, toggles } from './support.js';

afterEach(async () => {
  resetHandlers();
  await resetMedia();
});


describe('axe in every state and scheme', () => {
  it('every demo scenario in the dark scheme (contrast included)', async function () {
    this.timeout(240000);
    await emulateMedia({ colorScheme: 'dark' });
    await useHandlers(...handlers);
    for (const s of QUICK) {
      const el = await scenario(s.id);
      expect(getComputedStyle(el).backgroundColor, 'dark background').to.equal('rgb(27, 34, 40)');
      await expect(el, s.id).to.be.accessible();
    }
  });

  it('every loaded demo scenario with every section collapsed, light and dark', async function () {
    this.timeout(240000);
    await useHandlers(...handlers);
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme });
      for (const s of QUICK.filter((x) => x.expected.state === 'loaded')) {
        const el = await scenario(s.id);
        for (const button of toggles(el)) button.click();
        await el.updateComplete;
        expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false'), s.id).to.be.true;
        await expect(el, `${s.id} ${scheme}`).to.be.accessible();
      }
    }
  });

  it('loading, empty and error states in the dark scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await useHandlers(http.get(ENDPOINT, async () => (await delay(3000), fhirJson(richScr()))));
    const loading = await mountIn(NHS_A, { width: 600 });
    await settle(loading, ['loading']);
    await expect(loading).to.be.accessible();
    resetHandlers();
    await useHandlers(http.get(ENDPOINT, () => fhirJson(emptySearchset)));
    const empty = await mountIn(NHS_A, { width: 600 });
    await settle(empty, ['empty']);
    await expect(empty).to.be.accessible();
    resetHandlers();
    await useHandlers(http.get(ENDPOINT, () => fhirJson({ resourceType: 'OperationOutcome', issue: [{ code: 'exception', diagnostics: 'Down' }] }, { status: 500 })));
    const error = await mountIn(NHS_A, { width: 600 });
    await settle(error, ['error']);
    await expect(error).to.be.accessible();
  });

  it('the narrow layout, the "Copied" state and a focused button, in both schemes', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(structuredRecord())));
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async () => undefined;
    try {
      for (const scheme of ['light', 'dark'] as const) {
        await emulateMedia({ colorScheme: scheme });
        const el = await mountIn(NHS_A, { width: 320 });
        await settle(el, ['loaded']);
        (shadow(el).querySelector('button.copy') as HTMLButtonElement).click();
        await new Promise((r) => setTimeout(r, 20));
        await el.updateComplete;
        expect(shadow(el).querySelector('.copy-status')?.textContent).to.equal('Copied');
        toggles(el)[0].focus();
        await expect(el, scheme).to.be.accessible();
      }
    } finally {
      clipboard.writeText = original;
    }
  });

  for (const headingLevel of [1, 4]) {
    it(`heading-level ${headingLevel} fits a page outline that reaches level ${headingLevel - 1}`, async () => {
      await useHandlers(http.get(ENDPOINT, () => fhirJson(richScr())));
      const el = await mountIn(NHS_A, { width: 900, headingLevel });
      // The host page's own headings, above the widget.
      for (let level = headingLevel - 1; level >= 1; level -= 1) {
        el.parentElement!.prepend(Object.assign(document.createElement(`h${level}`), { textContent: `Page heading ${level}` }));
      }
      await settle(el, ['loaded']);
      await expect(el.parentElement).to.be.accessible();
    });
  }
});

describe('motion and forced colours', () => {
  it('prefers-reduced-motion stops the spinner and the chevron animation', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await useHandlers(http.get(ENDPOINT, async () => (await delay(3000), fhirJson(richScr()))));
    const el = await mountIn(NHS_A, { width: 600 });
    await settle(el, ['loading']);
    expect(getComputedStyle(shadow(el).querySelector('.spinner')!).animationName).to.equal('none');
    resetHandlers();
    await useHandlers(http.get(ENDPOINT, () => fhirJson(richScr())));
    const loaded = await mountIn(NHS_A, { width: 600 });
    await settle(loaded, ['loaded']);
    expect(getComputedStyle(shadow(loaded).querySelector('.chevron')!).transitionDuration).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(shadow(loaded).querySelector('.chevron')!).transitionDuration).to.not.equal('0s');
  });

  it('in forced colours (Windows High Contrast) the known-allergies flag keeps a visible border and the card passes axe', async () => {
    await useHandlers(http.get(ENDPOINT, () => fhirJson(richScr())));
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.be.true;
      const el = await mountIn(NHS_A, { width: 900 });
      await settle(el, ['loaded']);
      const flag = shadow(el).querySelector('.strip-allergy.known') as HTMLElement;
      const style = getComputedStyle(flag);
      // Backgrounds are dropped in forced colours: the flag must still be a bordered box in the text colour.
      expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
      expect(style.borderTopStyle).to.not.equal('none');
      expect(style.borderTopColor).to.equal(style.color);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('forced-colors rules keep boxes, the allergy flag and the focus ring in system colours', () => {
    const sheet = styles.styleSheet!;
    const rule = [...sheet.cssRules].find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === '(forced-colors: active)');
    expect(rule).to.exist;
    const text = [...rule!.cssRules].map((r) => r.cssText).join('\n');
    expect(text).to.contain('.strip-allergy.known');
    expect(text).to.match(/button:focus-visible[^{]*\{[^}]*outline:[^;]*highlight/i);
    expect(text.toLowerCase()).to.contain('canvastext');
  });
});
