/**
 * React 19 with no wrapper. React 19 sets a prop as a property when the custom element
 * has it (`'headers' in el`; so the tag must be defined before React renders it), as an
 * attribute otherwise, and turns `on` + the event name as written into a listener: the
 * prop for `scr-load` is `onscr-load` (`onScrLoad` would listen for "ScrLoad").
 * React ships CommonJS only: ./react-host.js is bundled by esbuild in the test runner.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/scr-summary.js';
import type { ScrLoadDetail, ScrSummary, ScrViewDetail } from '../../src/index.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { createElement, createRoot, flushSync, version, type Root } from './react-host.js';
import { cardText, EMBED_ENDPOINT, EMBED_PATH, fhirJson, NHS_A, NHS_B, recordFor, settled } from './fixtures.js';

describe('React 19 host', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
    resetHandlers();
  });

  it('is React 19', () => {
    expect(version).to.match(/^19\./);
  });

  it('passes headers as an object property and receives scr-load and scr-view through onscr-load / onscr-view', async () => {
    const seen: { trace: string | null; path: string }[] = [];
    await useHandlers(
      http.get(EMBED_PATH, ({ request, params }) => {
        seen.push({ trace: request.headers.get('x-host-trace'), path: new URL(request.url).pathname });
        return fhirJson(recordFor(String(params.nhs)));
      }),
    );
    const loads: CustomEvent<ScrLoadDetail>[] = [];
    const views: CustomEvent<ScrViewDetail>[] = [];
    const headers = { 'X-Host-Trace': 'react-trace-1' };
    const render = (nhsNumber: string) =>
      flushSync(() =>
        root.render(
          createElement('scr-summary', {
            endpoint: EMBED_ENDPOINT,
            'nhs-number': nhsNumber,
            headers,
            'onscr-load': (e: CustomEvent<ScrLoadDetail>) => loads.push(e),
            'onscr-view': (e: CustomEvent<ScrViewDetail>) => views.push(e),
          }),
        ),
      );

    render(NHS_A);
    const el = container.querySelector('scr-summary') as ScrSummary;
    expect(el.headers, 'the very object, set as a property').to.equal(headers);
    expect(el.hasAttribute('headers')).to.equal(false);
    expect(el.getAttribute('nhs-number')).to.equal(NHS_A);
    await waitUntil(() => loads.length === 1 && views.length === 1, 'React never heard scr-load / scr-view', { timeout: 5000 });
    expect(loads[0].detail.nhsNumber).to.equal(NHS_A);
    expect(views[0].detail.nhsNumber).to.equal(NHS_A);
    expect(cardText(el)).to.contain('Penicillin V');
    expect(seen).to.deep.equal([{ trace: 'react-trace-1', path: `/embed-api/${NHS_A}` }]);

    // A re-render with another patient: React updates the attribute, the widget reloads.
    render(NHS_B);
    expect(container.querySelector('scr-summary')).to.equal(el);
    await waitUntil(() => loads.length === 2, 'no second scr-load', { timeout: 5000 });
    expect(loads[1].detail.nhsNumber).to.equal(NHS_B);
    expect(cardText(el)).to.contain('Latex');
    expect(seen.map((s) => s.trace)).to.deep.equal(['react-trace-1', 'react-trace-1']);
  });

  it('passes a function as the fetch property (the host adds its token)', async () => {
    const auth: (string | null)[] = [];
    await useHandlers(http.get(EMBED_PATH, ({ request, params }) => (auth.push(request.headers.get('authorization')), fhirJson(recordFor(String(params.nhs))))));
    const hostFetch: typeof fetch = (input, init) => {
      const h = new Headers(init?.headers);
      h.set('Authorization', 'Bearer react-token');
      return fetch(input, { ...init, headers: h });
    };
    flushSync(() => root.render(createElement('scr-summary', { endpoint: EMBED_ENDPOINT, 'nhs-number': NHS_A, fetch: hostFetch })));
    const el = container.querySelector('scr-summary') as ScrSummary;
    expect(el.fetch).to.equal(hostFetch);
    expect(await settled(el)).to.equal('loaded');
    expect(auth).to.deep.equal(['Bearer react-token']);
    expect(el.outerHTML).not.to.contain('react-token');
  });
});
