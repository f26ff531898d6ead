/**
 * The README's no-build snippets, as pages (test/embedding/middleware.mjs serves each fenced
 * html block whose script tag has `integrity`, and the committed release/ file at the path
 * the snippet names, byte for byte). With the README's SHA-384 the browser runs the file and
 * the widget works; with any other hash it refuses the file, so a README hash that does not
 * match the file would show here as a widget that never starts. (scripts/checks/release.mjs
 * checks the same hash in Node, and that the file is what a fresh build makes.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { resetHandlers, useHandlers } from '../helpers/msw.js';
import { fhirJson, pause, recordFor } from './fixtures.js';
import { frameWidget, frameWindow, openFrame } from './frame.js';

afterEach(() => {
  resetHandlers();
  document.querySelectorAll('iframe').forEach((f) => f.remove());
});

/** The README's fenced html blocks whose script tag carries `integrity`. */
async function snippets(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).filter((block) => /<script\b[^>]*\bintegrity=/.test(block));
}
const snippetCount = async () => (await snippets()).length;

describe('release file and the README snippet that loads it', () => {
  it('the README has the no-build snippets, each with a SHA-384 integrity and crossorigin="anonymous"', async () => {
    const blocks = await snippets();
    expect(blocks.length).to.be.at.least(1);
    for (const block of blocks) {
      const tag = /<script\b[^>]*>/.exec(block)![0];
      expect(tag).to.match(/\bintegrity="sha384-[A-Za-z0-9+/]{64}"/);
      expect(tag).to.match(/\bcrossorigin="anonymous"/);
      expect(tag).to.match(/\btype="module"/);
    }
  });

  it("each README snippet, with its integrity, runs the committed file in Chromium: the widget loads a record", async () => {
    const requests: string[] = [];
    const answer = ({ request, params }: { request: Request; params: Record<string, unknown> }) => (requests.push(request.url), fhirJson(recordFor(String(params.nhs))));
    await useHandlers(http.get('/scr/:nhs', answer), http.get('https://ehr.example/scr/:nhs', answer));
    const count = await snippetCount();
    for (let i = 0; i < count; i += 1) {
      const frame = await openFrame(`/release-site/${i}`);
      const widget = await frameWidget(frame, ['loaded']);
      expect(widget.getAttribute('state'), `snippet ${i + 1}`).to.equal('loaded');
      const defined = frameWindow(frame).customElements.get('scr-summary') as (CustomElementConstructor & { version?: string }) | undefined;
      const pkg = (await (await fetch('/package.json')).json()) as { version: string };
      expect(defined?.version, 'the release file is this version').to.equal(pkg.version);
      frame.remove();
    }
    expect(requests.length).to.equal(count);
  });

  it('with a wrong integrity the browser refuses the file: the tag is never defined', async () => {
    const frame = await openFrame('/release-site/0?tamper=1');
    const script = frame.contentDocument!.querySelector('script[integrity]')!;
    const refused = new Promise<boolean>((resolve) => {
      script.addEventListener('error', () => resolve(true), { once: true });
      script.addEventListener('load', () => resolve(false), { once: true });
    });
    // The error may have fired before the frame's load event; then the tag stays undefined anyway.
    await Promise.race([refused, pause(1500)]);
    await waitUntil(() => frame.contentDocument!.readyState === 'complete');
    expect(frameWindow(frame).customElements.get('scr-summary')).to.equal(undefined);
    expect(frame.contentDocument!.querySelector('scr-summary')!.shadowRoot).to.equal(null);
  });
});
