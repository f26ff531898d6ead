/**
 * Helpers for the issue-5 tests (layout, keyboard, print, wording): mounting the widget in a
 * container of a chosen width, finding its controls, measuring overflow, resetting media.
 */
import { fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/scr-summary.js';
import type { ScrSummary } from '../../src/index.js';
import { formatNhsNumber } from '../../src/data/nhs-number.js';
import { scenarios } from '../../demo/mocks/scenarios.js';
import { allRows, ENDPOINT, settle, shadow } from '../helpers/element.js';

export interface MountOptions {
  width?: number;
  fontSize?: string;
  endpoint?: string;
  headingLevel?: number;
  lang?: string;
}

/** Mounts `<scr-summary>` inside a container `width` px wide (the widget sizes to its container). */
export async function mountIn(nhsNumber: string, options: MountOptions = {}): Promise<ScrSummary> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${options.width ? `${options.width}px` : 'auto'}">
    <scr-summary
      endpoint=${options.endpoint ?? ENDPOINT}
      nhs-number=${nhsNumber}
      heading-level=${options.headingLevel ?? 2}
      style=${options.fontSize ? `--scr-font-size: ${options.fontSize}` : ''}
    ></scr-summary>
  </div>`);
  const el = wrapper.querySelector('scr-summary') as ScrSummary;
  if (options.lang) el.setAttribute('lang', options.lang);
  return el;
}

export const toggles = (el: ScrSummary) => [...shadow(el).querySelectorAll<HTMLButtonElement>('button.toggle')];

export function toggleFor(el: ScrSummary, key: 'warnings' | 'allergies' | 'medicines' | 'additional'): HTMLButtonElement {
  const button = shadow(el).querySelector<HTMLButtonElement>(`button[aria-controls="scr-region-${key}"]`);
  if (!button) throw new Error(`no toggle for ${key}`);
  return button;
}

export function regionOf(el: ScrSummary, button: HTMLButtonElement): HTMLElement {
  const region = shadow(el).getElementById(button.getAttribute('aria-controls') ?? '');
  if (!region) throw new Error('aria-controls names no element in the shadow root');
  return region;
}

/** Elements of the card that stick out to the right of it (beyond 1 px of rounding), described. */
export function overflowing(el: ScrSummary): string[] {
  const card = shadow(el).querySelector('.card') as HTMLElement;
  const right = card.getBoundingClientRect().right + 1;
  const out: string[] = [];
  for (const node of shadow(el).querySelectorAll<HTMLElement>('.card *')) {
    if (!node.checkVisibility()) continue;
    // Visually hidden on purpose (a stacked table's column headers, captions): clipped to 1 px, not scrollable.
    const hidden = node.closest('thead, .visually-hidden, .header-row');
    if (hidden && hidden.getBoundingClientRect().width <= 1) continue;
    const r = node.getBoundingClientRect();
    if (r.width > 0 && r.right > right) out.push(`${node.tagName.toLowerCase()}.${node.className}: "${node.textContent?.slice(0, 40)}" right ${Math.round(r.right)} > ${Math.round(right)}`);
  }
  if (card.scrollWidth > card.clientWidth + 1) out.push(`card scrollWidth ${card.scrollWidth} > clientWidth ${card.clientWidth}`);
  return out;
}

export async function resetMedia(): Promise<void> {
  await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
}

export const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Every demo scenario but the one that waits four seconds by design. */
export const QUICK = scenarios.filter((s) => s.id !== 'slow-response');

/** A demo scenario shown in a container `width` px wide (the demo's handlers must be in use), settled, every row built. */
export async function scenario(id: string, width = 900): Promise<ScrSummary> {
  const s = scenarios.find((x) => x.id === id)!;
  const el = await mountIn(formatNhsNumber(s.nhsNumber), { width, endpoint: '/api/scr' });
  await settle(el);
  await allRows(el);
  await frames();
  return el;
}
