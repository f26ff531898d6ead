/**
 * The build minifies the CSS in `css` templates (build/css-literals.ts). This proves the
 * browser reads the built stylesheets as the same rules as the sources: each is parsed by
 * Chromium and its rules serialised back, which drops formatting the parser ignores.
 */
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import type * as Entry from '../../src/scr-summary.js';
import { ScrProvider } from '../../src/element/scr-provider.js';
import { ScrSummary } from '../../src/element/scr-summary.js';
import { minifyCss } from '../../build/minify-css.js';

const rules = (cssText: string): string[] => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  // Chromium keeps var() arguments as written, and the build drops the space after their
  // commas (`var(--scr-space,1rem)`): a space that no property's value depends on.
  return [...sheet.cssRules].map((r) => r.cssText.replace(/,\s+/g, ','));
};

describe('the built stylesheets', () => {
  let built: typeof Entry;
  before(async () => {
    built = await import(/* a built file, not a source */ '/dist/scr-summary.bundled.js?styles' as string);
  });

  it('are smaller than the sources', () => {
    expect((built.ScrSummary.styles as CSSResult).cssText.length).to.be.below((ScrSummary.styles as CSSResult).cssText.length * 0.9);
  });

  for (const name of ['ScrSummary', 'ScrProvider'] as const) {
    it(`parse to the same rules as the source (${name})`, () => {
      const expected = rules(({ ScrSummary, ScrProvider }[name].styles as CSSResult).cssText);
      expect(expected.length).to.be.above(0);
      expect(rules((built[name].styles as CSSResult).cssText)).to.deep.equal(expected);
    });
  }
});

describe('the CSS minifier', () => {
  const tricky = [
    '.a :hover { color : red ; } .b > .c , .d { margin : 0 }',
    '.a/* x */.b { color: red } .c /* y */ .d { color: blue }',
    '.a { margin: 1px/* gap */2px; padding: calc( 1px + 2px ) }',
    '.a::before { content: "a  /* not a comment */  b"; } .b::after { content: \'x ; }\' }',
    '.a\\ b .c { color: red } .d\\: .e { color: blue }',
    '.a { background: url( data:image/gif;base64,R0lGOD/*lh*/AQABAAAAACw= ) }',
    '@media (min-width: 10px) and (max-width: 20px) { .a:not(.b) .c { color: red } }',
    '@container (width < 44em) { .a { display: block } }',
    '.a { --x: var(--y, 1px 2px); width: var(--x) }',
  ];
  for (const css of tricky) {
    it(`keeps the rules of ${css.slice(0, 40)}…`, () => {
      const min = minifyCss(css);
      expect(min).to.be.a('string');
      expect(rules(min!)).to.deep.equal(rules(css));
    });
  }

  it('keeps a space beside an interpolation and leaves unterminated text alone', () => {
    expect(`${minifyCss('.a { margin: ', { start: false, end: true })}0${minifyCss(' 1px }', { start: true, end: false })}`).to.equal('.a{margin:0 1px}');
    expect(minifyCss('  ', { start: true, end: true })).to.equal(' ');
    expect(minifyCss('.a { content: "open }')).to.equal(undefined);
    expect(minifyCss('.a { color: red } /* open')).to.equal(undefined);
  });
});
