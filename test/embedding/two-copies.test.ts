/**
 * Two bundles on one page that each carry the widget (two vendors' micro-frontends): the
 * second copy does not throw, warns naming both versions, and the widget works. Each copy
 * is a separate module instance (the query string makes a second URL), exactly as two
 * vendors' builds would be. This page imports nothing else that registers the tags.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import type * as Entry from '../../src/scr-summary.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { cardText, EMBED_ENDPOINT, EMBED_PATH, fhirJson, NHS_A, NHS_B, recordFor, settled } from './fixtures.js';

type Copy = typeof Entry;
const load = (url: string): Promise<Copy> => import(/* the copies are built files, not sources */ url);

describe('two copies of dist/scr-summary.bundled.js on one page', () => {
  const warnings: string[] = [];
  const originalWarn = console.warn;
  let one: Copy;
  let two: Copy;

  before(async () => {
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    try {
      one = await load('/dist/scr-summary.bundled.js?copy=1');
      two = await load('/dist/scr-summary.bundled.js?copy=2');
    } finally {
      console.warn = originalWarn;
    }
  });
  afterEach(() => {
    resetHandlers();
    document.querySelectorAll('scr-provider, scr-summary, other-scr-summary').forEach((e) => e.remove());
  });

  it('loads both without throwing, as two separate copies', () => {
    expect(one.ScrSummary).to.be.a('function');
    expect(two.ScrSummary).to.be.a('function');
    expect(two.ScrSummary).not.to.equal(one.ScrSummary);
    // The first copy's classes own the tags.
    expect(customElements.get('scr-summary')!.prototype).to.be.instanceOf(one.ScrSummary);
    expect(customElements.get('scr-provider')!.prototype).to.be.instanceOf(one.ScrProvider);
  });

  it('the second copy warns once per tag, naming both versions', () => {
    expect(warnings).to.have.length(2);
    for (const tag of ['scr-provider', 'scr-summary']) {
      const warning = warnings.find((w) => w.includes(`<${tag}>`));
      expect(warning, `a warning about <${tag}>`).to.be.a('string');
      expect(warning).to.contain(`version ${one.VERSION}`);
      expect(warning).to.contain(`this copy (version ${two.VERSION})`);
    }
  });

  it('the widget works', async () => {
    await useHandlers(http.get(EMBED_PATH, ({ params }) => fhirJson(recordFor(String(params.nhs)))));
    const el = document.createElement('scr-summary');
    el.setAttribute('endpoint', EMBED_ENDPOINT);
    el.setAttribute('nhs-number', NHS_A);
    document.body.append(el);
    expect(await settled(el)).to.equal('loaded');
    expect(cardText(el)).to.contain('Penicillin V');
  });

  it("a host can register the second copy's class under its own tag, fed by the first copy's provider", async () => {
    await useHandlers(http.get(EMBED_PATH, ({ params }) => fhirJson(recordFor(String(params.nhs)))));
    two.define('other-scr-summary', class extends two.ScrSummary {});
    const provider = document.createElement('scr-provider');
    provider.setAttribute('endpoint', EMBED_ENDPOINT);
    const el = document.createElement('other-scr-summary');
    el.setAttribute('nhs-number', NHS_B);
    provider.append(el);
    document.body.append(provider);
    expect(await settled(el)).to.equal('loaded');
    expect(cardText(el)).to.contain('Latex');
  });
});
