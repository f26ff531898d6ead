/** Helpers for proofs that load a host page in an iframe (its own document, CSP and globals). */
import { waitUntil } from '@open-wc/testing';

export type FrameWindow = Window & typeof globalThis & { __cspViolations?: { directive: string; blockedURI: string; sample: string; source: string }[] };

export async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`could not load ${src}`)), { once: true });
  });
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

export function frameWindow(frame: HTMLIFrameElement): FrameWindow {
  if (!frame.contentWindow) throw new Error('the frame has no window');
  return frame.contentWindow as FrameWindow;
}

/** Waits for the widget in the frame to reach one of `states`, then returns it. */
export async function frameWidget(frame: HTMLIFrameElement, states: string[], timeout = 8000): Promise<HTMLElement> {
  const doc = frame.contentDocument!;
  await waitUntil(
    () => states.includes(doc.querySelector('scr-summary')?.getAttribute('state') ?? ''),
    `the framed widget never reached ${states.join('/')} (state: ${doc.querySelector('scr-summary')?.getAttribute('state')})`,
    { timeout },
  );
  return doc.querySelector('scr-summary') as HTMLElement;
}

export function textOf(el: Element): string {
  return ((el.shadowRoot?.querySelector('.card') as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
}
