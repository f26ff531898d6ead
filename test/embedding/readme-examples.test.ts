/**
 * The README's plain-page examples (test/embedding/examples/, embedded verbatim in the README:
 * scripts/checks/readme-examples.mjs), each run as a real page in a frame: markup and module
 * script as written, `scr-summary` resolved by an import map to the built bundle. The endpoint
 * answers 401 to any request without the host's token, so a first request sent before the
 * token was set would show here.
 */
import { expect } from '@open-wc/testing';
import { resetHandlers } from '../helpers/msw.js';
import { acceptOnlyToken, NHS_A, pause } from './fixtures.js';
import { frameWidget, openFrame } from './frame.js';

const TOKEN = 'page-token-8d0c';

afterEach(() => {
  resetHandlers();
  document.querySelectorAll('iframe').forEach((f) => f.remove());
});

async function runExample(name: string, query: Record<string, string>, states = ['loaded']) {
  const seen = await acceptOnlyToken(TOKEN, '/scr/:nhs');
  const frame = await openFrame(`/examples/${name}?${new URLSearchParams(query)}`);
  const widget = await frameWidget(frame, states);
  await pause(500);
  return { seen, widget, frame };
}

describe('README examples in a plain page', () => {
  it('plain.html: headers set by the page script after the import; the first and only request carries the token', async () => {
    const { seen, widget } = await runExample('plain.html', { token: TOKEN });
    expect(widget.getAttribute('state')).to.equal('loaded');
    expect(seen).to.deep.equal([{ auth: `Bearer ${TOKEN}`, nhs: NHS_A }]);
  });

  it('provider.html: the provider’s fetch adds the token; the first and only request carries it', async () => {
    const { seen, widget } = await runExample('provider.html', { token: TOKEN });
    expect(widget.getAttribute('state')).to.equal('loaded');
    expect(seen).to.deep.equal([{ auth: `Bearer ${TOKEN}`, nhs: NHS_A }]);
  });

  it('provider.html: a 401 makes the page refresh its token and reload(): two requests, the record shown', async () => {
    const { seen, widget } = await runExample('provider.html', { token: 'expired-token', fresh: TOKEN });
    expect(widget.getAttribute('state')).to.equal('loaded');
    expect(seen.map((s) => s.auth)).to.deep.equal(['Bearer expired-token', `Bearer ${TOKEN}`]);
  });

  it('late-token.html: a token that arrives later, given with the endpoint, makes one request, signed in', async () => {
    const { seen, widget } = await runExample('late-token.html', { token: TOKEN });
    expect(widget.getAttribute('state')).to.equal('loaded');
    expect(seen).to.deep.equal([{ auth: `Bearer ${TOKEN}`, nhs: NHS_A }]);
  });
});
