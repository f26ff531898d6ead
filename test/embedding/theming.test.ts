/**
 * Theming from the host page: `--scr-*` custom properties set on the element change the
 * widget (the retry button takes `--scr-color-accent`), and `::part()` rules from the page
 * apply to the documented parts.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/scr-summary.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { EMBED_ENDPOINT, EMBED_PATH, fhirJson, NHS_A, recordFor, settled } from './fixtures.js';

const THEME = `
  scr-summary.themed { --scr-color-accent: rgb(1, 2, 3); }
  scr-summary.themed::part(card) { border-left: 11px solid rgb(4, 5, 6); }
  scr-summary.themed::part(retry) { text-decoration: underline; }
`;

async function mount(theme: boolean, state: 'loaded' | 'error'): Promise<HTMLElement & { shadowRoot: ShadowRoot }> {
  const el = document.createElement('scr-summary');
  if (theme) el.classList.add('themed');
  el.retries = 0;
  el.endpoint = EMBED_ENDPOINT;
  el.nhsNumber = NHS_A;
  document.body.append(el);
  expect(await settled(el)).to.equal(state);
  return el as HTMLElement & { shadowRoot: ShadowRoot };
}

describe('theming from the host page', () => {
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.createElement('style');
    sheet.textContent = THEME;
    document.head.append(sheet);
  });
  afterEach(() => {
    sheet.remove();
    resetHandlers();
    document.querySelectorAll('scr-summary').forEach((e) => e.remove());
  });

  it('--scr-color-accent on the host changes the retry button background', async () => {
    await useHandlers(http.get(EMBED_PATH, () => new HttpResponse('Service Unavailable', { status: 500 })));
    const plain = await mount(false, 'error');
    const themed = await mount(true, 'error');
    const plainRetry = plain.shadowRoot.querySelector('[part~="retry"]')!;
    const themedRetry = themed.shadowRoot.querySelector('[part~="retry"]')!;
    expect(plainRetry, 'the error state has a retry button').to.exist;
    expect(getComputedStyle(themedRetry).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(plainRetry).backgroundColor).not.to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(themedRetry).textDecorationLine).to.equal('underline');
  });

  it('::part(card) rules from the page apply', async () => {
    await useHandlers(http.get(EMBED_PATH, ({ params }) => fhirJson(recordFor(String(params.nhs)))));
    const plain = await mount(false, 'loaded');
    const themed = await mount(true, 'loaded');
    const card = getComputedStyle(themed.shadowRoot.querySelector('[part~="card"]')!);
    expect(card.borderLeftWidth).to.equal('11px');
    expect(card.borderLeftColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(plain.shadowRoot.querySelector('[part~="card"]')!).borderLeftWidth).not.to.equal('11px');
  });

  it('every part the widget renders is documented in custom-elements.json', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const decl = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === 'scr-summary');
    const documented: string[] = decl.cssParts.map((p: { name: string }) => p.name);
    const found = new Set<string>();
    const collect = (el: HTMLElement & { shadowRoot: ShadowRoot }) =>
      el.shadowRoot.querySelectorAll('[part]').forEach((n) => n.getAttribute('part')!.split(/\s+/).forEach((p) => found.add(p)));
    await useHandlers(http.get(EMBED_PATH, () => new HttpResponse('nope', { status: 500 })));
    collect(await mount(false, 'error'));
    await useHandlers(http.get(EMBED_PATH, ({ params }) => fhirJson(recordFor(String(params.nhs)))));
    collect(await mount(false, 'loaded'));
    expect([...found]).to.include.members(['card', 'error', 'retry', 'header', 'allergies', 'allergy-status', 'medicines']);
    for (const part of found) expect(documented, `part "${part}" is used but not documented`).to.include(part);
  });
});
