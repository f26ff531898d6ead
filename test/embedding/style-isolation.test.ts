/**
 * No style leaks in or out. A host page with aggressive global CSS (`* { all: unset }`,
 * `table { display: none }`, a 40 px root font) leaves the widget legible, and the widget
 * adds no stylesheet, style element or attribute anywhere outside itself.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/scr-summary.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { cardText, EMBED_ENDPOINT, EMBED_PATH, fhirJson, NHS_A, recordFor, settled } from './fixtures.js';

/** The hostile page: a reset that strips everything, hidden tables, a 40 px root font. */
const HOSTILE_CSS = `
  * { all: unset; }
  table { display: none; }
  html { font-size: 40px; }
`;

/** WCAG relative luminance contrast of two `rgb()`/`rgba()` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour painted behind `el`: the first ancestor (across shadow boundaries) with an opaque background. */
function backgroundBehind(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg && bg !== 'transparent' && !bg.startsWith('rgba(0, 0, 0, 0)')) return bg;
  }
  return 'rgb(255, 255, 255)';
}

afterEach(() => resetHandlers());

describe('style isolation', () => {
  let hostile: HTMLStyleElement;
  beforeEach(() => {
    hostile = document.createElement('style');
    hostile.textContent = HOSTILE_CSS;
    document.head.append(hostile);
  });
  afterEach(() => {
    hostile.remove();
    document.querySelectorAll('scr-summary').forEach((e) => e.remove());
  });

  it('aggressive page CSS leaves the widget legible: tables shown, text visible, a sane font size', async () => {
    await useHandlers(http.get(EMBED_PATH, ({ params }) => fhirJson(recordFor(String(params.nhs)))));
    const el = document.createElement('scr-summary');
    el.endpoint = EMBED_ENDPOINT;
    el.nhsNumber = NHS_A;
    document.body.append(el);
    expect(await settled(el)).to.equal('loaded');
    const root = el.shadowRoot!;

    const tables = [...root.querySelectorAll('table')];
    expect(tables.length, 'the record has tables').to.be.greaterThan(0);
    for (const table of tables) {
      expect(getComputedStyle(table).display).to.equal('table');
      expect(table.getBoundingClientRect().height).to.be.greaterThan(0);
    }

    // The allergy is on screen, in a readable size and colour.
    const cell = [...root.querySelectorAll('td, dd, li, p, span')].find((n) => n.textContent?.trim() === 'Penicillin V') ?? [...root.querySelectorAll('*')].reverse().find((n) => n.textContent?.includes('Penicillin V'))!;
    expect(cell, 'an element showing the allergy').to.exist;
    const style = getComputedStyle(cell);
    expect(style.visibility).to.equal('visible');
    expect(Number(style.opacity)).to.equal(1);
    const box = cell.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
    expect(box.height).to.be.greaterThan(0);
    const size = parseFloat(style.fontSize);
    expect(size, `font size ${style.fontSize}`).to.be.within(12, 48);
    const lineHeight = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
    expect(lineHeight / size, `line height ${style.lineHeight}`).to.be.at.least(1);
    expect(style.textTransform).to.equal('none');
    expect(contrast(style.color, backgroundBehind(cell)), `${style.color} on ${backgroundBehind(cell)}`).to.be.at.least(4.5);
    expect(cardText(el)).to.contain('Penicillin V');
  });

  // A page rule that targets the element itself (`* { all: unset }` here makes it inherit
  // from <body>) outranks :host; the card repeats its text resets so they still hold.
  it('text settings a page rule puts on the element itself do not garble the card', async () => {
    const more = document.createElement('style');
    more.textContent = 'body { line-height: 0.5; letter-spacing: 0.5em; text-transform: uppercase; font-style: italic; }';
    document.head.append(more);
    try {
      await useHandlers(http.get(EMBED_PATH, ({ params }) => fhirJson(recordFor(String(params.nhs)))));
      const el = document.createElement('scr-summary');
      el.endpoint = EMBED_ENDPOINT;
      el.nhsNumber = NHS_A;
      document.body.append(el);
      expect(await settled(el)).to.equal('loaded');
      const card = el.shadowRoot!.querySelector('.card')!;
      const style = getComputedStyle(card);
      const size = parseFloat(style.fontSize);
      const lineHeight = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
      expect(lineHeight / size, `line height ${style.lineHeight}`).to.be.at.least(1);
      expect(style.letterSpacing).to.be.oneOf(['normal', '0px']);
      expect(style.textTransform).to.equal('none');
      expect(style.fontStyle).to.equal('normal');
    } finally {
      more.remove();
    }
  });

  it('the widget adds no styles to the page and changes nothing outside itself', async () => {
    hostile.remove(); // measure the page as it normally is
    await useHandlers(http.get(EMBED_PATH, ({ params }) => fhirJson(recordFor(String(params.nhs)))));
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    const headMarkup = document.head.innerHTML;
    const htmlAttrs = document.documentElement.getAttributeNames().map((n) => `${n}=${document.documentElement.getAttribute(n)}`);
    const bodyAttrs = document.body.getAttributeNames().map((n) => `${n}=${document.body.getAttribute(n)}`);
    const outside: string[] = [];
    const el = document.createElement('scr-summary');
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.target === el) continue; // its own `state` attribute
        if (r.type === 'childList' && r.target === document.body && [...r.addedNodes, ...r.removedNodes].every((n) => n === el)) continue;
        outside.push(`${r.type} on <${(r.target as Element).localName ?? r.target.nodeName}> ${r.attributeName ?? ''}`);
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

    el.endpoint = EMBED_ENDPOINT;
    el.nhsNumber = NHS_A;
    document.body.append(el);
    expect(await settled(el)).to.equal('loaded');
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();

    expect(outside, 'DOM changes outside the widget').to.deep.equal([]);
    expect(document.styleSheets.length).to.equal(sheets);
    expect(document.adoptedStyleSheets.length).to.equal(adopted);
    expect(document.head.innerHTML).to.equal(headMarkup);
    expect(document.documentElement.getAttributeNames().map((n) => `${n}=${document.documentElement.getAttribute(n)}`)).to.deep.equal(htmlAttrs);
    expect(document.body.getAttributeNames().map((n) => `${n}=${document.body.getAttribute(n)}`)).to.deep.equal(bodyAttrs);
    // Its own styles live in its shadow root only.
    expect(el.shadowRoot!.adoptedStyleSheets.length + el.shadowRoot!.querySelectorAll('style').length).to.be.greaterThan(0);
    // A page paragraph keeps the page's look.
    const p = document.createElement('p');
    p.textContent = 'host text';
    document.body.append(p);
    expect(getComputedStyle(p).fontFamily).not.to.contain('Arial');
    p.remove();
  });
});
