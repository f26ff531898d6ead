/**
 * The README's React 19 example as written (test/consumers/react/src/PatientSummary.tsx,
 * which the README embeds verbatim: scripts/checks/readme-examples.mjs; and its React 18
 * way, PatientSummaryReact18.tsx, here run by React 19's same hooks), inside a host with
 * state of its own, built by Vite during the test run (test/embedding/middleware.mjs) and
 * run here. Every render passes a new `headers` object with the same entries and a new
 * `onscr-load` function; `onscr-load` sets the parent's state, which re-renders it. The
 * widget must ask once and announce once however often the host re-renders.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { resetHandlers } from '../helpers/msw.js';
import { acceptOnlyToken, NHS_A, NHS_B, pause, recordEvents } from './fixtures.js';

/** What test/consumers/react/src/main.tsx exports (that folder is type-checked in its own project). */
interface MountedHost {
  rerender(): void;
  click(): void;
  setProps(next: { nhsNumber: string; token: string }): void;
  refreshes(): number;
  unmount(): void;
}
type Mount = (container: HTMLElement, initial: { nhsNumber: string; token: string }, example?: 'react19' | 'react18') => MountedHost;

const TOKEN = 'react-host-token-7c1d';
/** The example's endpoint, `/scr/{nhsNumber}`. */
const README_ENDPOINT = '/scr/:nhs';

describe('React 19 app built with Vite: the README example', () => {
  let container: HTMLElement;
  let host: MountedHost | undefined;
  let stop: (() => void) | undefined;
  let mount: Mount;

  before(async () => {
    const url = '/react-app/main.js';
    ({ mount } = (await import(/* @vite-ignore */ url)) as { mount: Mount });
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    host?.unmount();
    stop?.();
    container.remove();
    resetHandlers();
  });

  it('asks once and fires scr-load and scr-view once over several re-renders and a parent state change', async () => {
    const seen = await acceptOnlyToken(TOKEN, README_ENDPOINT);
    const recorded = recordEvents();
    stop = recorded.stop;
    host = mount(container, { nhsNumber: NHS_A, token: TOKEN });
    await waitUntil(() => recorded.events.view.length > 0, 'the record was never displayed', { timeout: 5000 });
    // onscr-load set the parent's state: the example re-rendered with the summary.
    await waitUntil(() => container.textContent?.includes('Summary Care Record read.'), 'onscr-load never reached React state');

    for (let i = 0; i < 5; i += 1) {
      host.rerender();
      host.click();
      await pause(50);
    }
    expect(container.querySelector('button')?.textContent).to.equal('Clicked 5 times');
    await pause(1000);

    expect(seen, 'requests the endpoint saw').to.deep.equal([{ auth: `Bearer ${TOKEN}`, nhs: NHS_A }]);
    expect(recorded.events.load.map((d) => d.nhsNumber)).to.deep.equal([NHS_A]);
    expect(recorded.events.view.map((d) => d.nhsNumber)).to.deep.equal([NHS_A]);
    expect(recorded.events.error).to.deep.equal([]);
    expect(host.refreshes()).to.equal(0);
  });

  it('asks again only when an input really changes: another patient or another token, each once', async () => {
    const seen = await acceptOnlyToken(TOKEN, README_ENDPOINT);
    const recorded = recordEvents();
    stop = recorded.stop;
    host = mount(container, { nhsNumber: NHS_A, token: TOKEN });
    await waitUntil(() => recorded.events.view.length === 1, 'the first record was never displayed', { timeout: 5000 });

    host.setProps({ nhsNumber: NHS_B, token: TOKEN });
    await waitUntil(() => recorded.events.view.length === 2, 'the second patient was never displayed', { timeout: 5000 });
    host.setProps({ nhsNumber: NHS_B, token: TOKEN }); // equal props, new object
    host.rerender();
    await pause(500);
    expect(seen.map((s) => s.nhs)).to.deep.equal([NHS_A, NHS_B]);

    // A new token is a new setting: one more request, which the endpoint refuses (401), once.
    host.setProps({ nhsNumber: NHS_B, token: 'another-token' });
    await waitUntil(() => recorded.events.error.length === 1, 'no scr-error for the refused token', { timeout: 5000 });
    await pause(500);
    expect(seen.map((s) => s.auth)).to.deep.equal([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`, 'Bearer another-token']);
    expect(recorded.events.error.map((e) => e.kind)).to.deep.equal(['unauthorized']);
    expect(host.refreshes(), 'onscr-error asked the host to refresh its token').to.equal(1);
    expect(recorded.events.view.map((d) => d.nhsNumber)).to.deep.equal([NHS_A, NHS_B]);
  });

  it('the React 18 way (ref and useLayoutEffect, no custom-element props), run by React 19: one request, carrying the token', async () => {
    const seen = await acceptOnlyToken(TOKEN, README_ENDPOINT);
    const recorded = recordEvents();
    stop = recorded.stop;
    host = mount(container, { nhsNumber: NHS_A, token: TOKEN }, 'react18');
    await waitUntil(() => container.textContent?.includes('Summary Care Record read.'), 'the scr-load listener never reached React state', { timeout: 5000 });
    const el = container.querySelector('scr-summary')!;
    expect(el.hasAttribute('headers'), 'headers went in as a property, not an attribute').to.equal(false);
    for (let i = 0; i < 5; i += 1) {
      host.rerender();
      host.click();
      await pause(50);
    }
    await pause(1000);
    expect(seen).to.deep.equal([{ auth: `Bearer ${TOKEN}`, nhs: NHS_A }]);
    expect(recorded.events.view.length).to.equal(1);
    expect(recorded.events.error).to.deep.equal([]);
  });
});
