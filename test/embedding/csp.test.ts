/**
 * The one-script-tag embed under a strict Content-Security-Policy. The page, the bundle and
 * the FHIR endpoint come from the test runner's /csp/ route (test/embedding/middleware.mjs),
 * which sends `Content-Security-Policy: default-src 'self'` (so no inline script or style,
 * no eval, no other origin). `probe.js` records every violation from the first moment.
 */
import { expect } from '@open-wc/testing';
import { frameWidget, frameWindow, openFrame, textOf } from './frame.js';

describe('plain HTML with a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('the route really sends the strict policy (and nothing weaker)', async () => {
    const response = await fetch('/csp/index.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.equal("default-src 'self'");
    expect(policy).not.to.contain('unsafe');
    const bundle = await fetch('/csp/scr-summary.bundled.js');
    expect(bundle.status, 'dist/scr-summary.bundled.js must be built first').to.equal(200);
  });

  it('shows the record from dist/scr-summary.bundled.js with no violation reported', async () => {
    frame = await openFrame('/csp/index.html');
    const widget = await frameWidget(frame, ['loaded', 'error', 'empty']);
    expect(widget.getAttribute('state'), textOf(widget)).to.equal('loaded');
    const text = textOf(widget);
    expect(text).to.contain('Penicillin V');
    expect(text).to.contain('943 476 5919');
    // The card is styled (adopted stylesheets are not inline styles): its border is drawn.
    const card = widget.shadowRoot!.querySelector('.card')!;
    expect(frameWindow(frame).getComputedStyle(card).borderTopStyle).to.equal('solid');
    await new Promise((r) => setTimeout(r, 100));
    expect(frameWindow(frame).__cspViolations).to.deep.equal([]);
  });

  it('the probe does catch a violation (control: an inline style attribute is blocked)', async () => {
    frame = await openFrame('/csp/index.html');
    await frameWidget(frame, ['loaded', 'error', 'empty']);
    const win = frameWindow(frame);
    const div = win.document.createElement('div');
    div.innerHTML = '<span style="color: red">inline</span>';
    win.document.body.append(div);
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__cspViolations!.map((v) => v.directive)).to.include('style-src-attr');
  });

  it('also runs with Trusted Types enforced (require-trusted-types-for \'script\')', async () => {
    const response = await fetch('/csp/index.html?tt=1');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    frame = await openFrame('/csp/index.html?tt=1');
    const widget = await frameWidget(frame, ['loaded', 'error', 'empty']);
    expect(widget.getAttribute('state'), textOf(widget)).to.equal('loaded');
    expect(textOf(widget)).to.contain('Penicillin V');
    await new Promise((r) => setTimeout(r, 100));
    expect(frameWindow(frame).__cspViolations).to.deep.equal([]);
  });
});
