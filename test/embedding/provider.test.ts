/**
 * `<scr-provider>` feeding three `<scr-summary>` widgets with a host `fetch` that adds an
 * `Authorization` header (MSW checks it arrived on every request), one widget overriding the
 * endpoint by attribute; and the upgrade order that trips `@lit/context`: elements created
 * and given their properties before either tag is defined, the consumers defined before the
 * provider (a host registering the classes itself, in its own order). This file is its own
 * page, so nothing is defined before the first test defines it.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { define, ScrProvider, ScrSummary } from '../../src/index.js';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { cardText, EMBED_ENDPOINT, EMBED_PATH, everything, fhirJson, NHS_A, NHS_B, recordFor, settled } from './fixtures.js';

const TOKEN = 'host-token-7f3a9c';

afterEach(() => resetHandlers());

const withToken =
  (token: string, calls?: { count: number }): typeof fetch =>
  (input, init) => {
    if (calls) calls.count += 1;
    const headers = new Headers(init?.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };

interface Seen {
  path: string;
  authorization: string | null;
}

/** The record for any NHS number, noting each request's path and Authorization header. */
async function recordingHandlers(): Promise<Seen[]> {
  const seen: Seen[] = [];
  const record = ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
    seen.push({ path: new URL(request.url).pathname, authorization: request.headers.get('authorization') });
    return fhirJson(recordFor(String(params.nhs)));
  };
  await useHandlers(http.get(EMBED_PATH, record), http.get('/other-api/:nhs', record));
  return seen;
}

describe('<scr-provider> feeding three widgets', () => {
  it('upgrade order: elements and properties exist before any tag is defined, and the widgets are defined before the provider', async () => {
    const seen = await recordingHandlers();
    const calls = { count: 0 };

    // Everything exists, with its properties, before any tag is defined.
    expect(customElements.get('scr-summary')).to.equal(undefined);
    expect(customElements.get('scr-provider')).to.equal(undefined);
    const provider = document.createElement('scr-provider') as ScrProvider;
    provider.setAttribute('endpoint', EMBED_ENDPOINT);
    provider.fetch = withToken(TOKEN, calls);
    const widgets = [NHS_A, NHS_B, NHS_A].map((nhs) => {
      const el = document.createElement('scr-summary') as ScrSummary;
      el.setAttribute('nhs-number', nhs);
      provider.append(el);
      return el;
    });
    widgets[2].headingLevel = 3; // a property set before the upgrade, on a consumer
    document.body.append(provider);

    // The consumers first (a host registering the classes itself, in its own order):
    // with no provider yet they have no endpoint, and wait.
    define('scr-summary', class extends ScrSummary {});
    await Promise.all(widgets.map((w) => w.updateComplete));
    for (const w of widgets) expect(w.getAttribute('state')).to.equal('idle');
    expect(seen).to.have.length(0);

    // Then the provider: every consumer receives its configuration.
    define('scr-provider', class extends ScrProvider {});
    for (const w of widgets) expect(await settled(w), cardText(w)).to.equal('loaded');
    expect(calls.count).to.equal(3);
    expect(seen.map((s) => s.path).sort()).to.deep.equal([`/embed-api/${NHS_A}`, `/embed-api/${NHS_A}`, `/embed-api/${NHS_B}`]);
    for (const s of seen) expect(s.authorization, s.path).to.equal(`Bearer ${TOKEN}`);
    expect(cardText(widgets[1])).to.contain('Latex');
    expect(widgets[2].shadowRoot!.querySelector('h3#scr-title'), 'the property set before the upgrade was kept').to.exist;
    provider.remove();
  });

  it('host fetch adds Authorization on all three requests; a widget attribute overrides the endpoint; the token never reaches the DOM', async () => {
    const seen = await recordingHandlers();
    const calls = { count: 0 };
    const provider = document.createElement('scr-provider');
    provider.setAttribute('endpoint', EMBED_ENDPOINT);
    provider.fetch = withToken(TOKEN, calls);
    const widgets = [NHS_A, NHS_B, NHS_A].map((nhs) => {
      const el = document.createElement('scr-summary');
      el.setAttribute('nhs-number', nhs);
      provider.append(el);
      return el;
    });
    widgets[2].setAttribute('endpoint', '/other-api/{nhsNumber}');
    document.body.append(provider);
    for (const w of widgets) expect(await settled(w), cardText(w)).to.equal('loaded');

    expect(calls.count).to.equal(3);
    expect(seen.map((s) => s.path).sort()).to.deep.equal([`/embed-api/${NHS_A}`, `/embed-api/${NHS_B}`, `/other-api/${NHS_A}`]);
    for (const s of seen) expect(s.authorization, s.path).to.equal(`Bearer ${TOKEN}`);
    expect(cardText(widgets[0])).to.contain('Penicillin V');
    expect(cardText(widgets[1])).to.contain('Latex');
    expect(cardText(widgets[2])).to.contain('Penicillin V');

    // The token lives only in the host's function: never in an attribute, a URL or the DOM.
    expect(document.documentElement.outerHTML).not.to.contain(TOKEN);
    for (const w of widgets) expect(everything(w)).not.to.contain(TOKEN);
    for (const s of seen) expect(s.path).not.to.contain(TOKEN);
    provider.remove();
  });

  it('a change to the provider reaches every widget (a new token-adding fetch reloads them)', async () => {
    const auth: (string | null)[] = [];
    await useHandlers(
      http.get(EMBED_PATH, ({ request, params }) => {
        auth.push(request.headers.get('authorization'));
        return fhirJson(recordFor(String(params.nhs)));
      }),
    );
    const provider = document.createElement('scr-provider');
    provider.endpoint = EMBED_ENDPOINT;
    provider.fetch = withToken('first');
    const widgets = [NHS_A, NHS_B, NHS_A].map((nhs) => {
      const el = document.createElement('scr-summary');
      el.nhsNumber = nhs;
      provider.append(el);
      return el;
    });
    document.body.append(provider);
    for (const w of widgets) await settled(w);
    expect(auth).to.deep.equal(['Bearer first', 'Bearer first', 'Bearer first']);

    auth.length = 0;
    provider.fetch = withToken('second');
    await provider.updateComplete;
    for (const w of widgets) await settled(w);
    // Wait until every widget has asked again.
    const deadline = Date.now() + 3000;
    while (auth.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(auth).to.deep.equal(['Bearer second', 'Bearer second', 'Bearer second']);
    provider.remove();
  });
});
