/**
 * Mounting `<scr-summary>` for the reliability suites: with the `timeout` and `retries`
 * attributes, waiting for whichever of `scr-load` / `scr-error` comes first, and watching
 * the page for uncaught errors (a clinician sees a frozen or blank widget; a test should
 * see the exception).
 */
import { fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../../src/scr-summary.js';
import type { ScrErrorDetail, ScrLoadDetail, ScrSummary } from '../../../src/index.js';
import { ENDPOINT } from '../../helpers/element.js';

export interface MountOptions {
  nhsNumber: string;
  endpoint?: string;
  timeout?: number;
  retries?: number;
}

export type Settled =
  | { type: 'scr-load'; detail: ScrLoadDetail; at: number }
  | { type: 'scr-error'; detail: ScrErrorDetail; at: number };

export async function mountScr(options: MountOptions): Promise<ScrSummary> {
  return fixture<ScrSummary>(html`<scr-summary
    endpoint=${options.endpoint ?? ENDPOINT}
    nhs-number=${options.nhsNumber}
    timeout=${options.timeout ?? nothing}
    retries=${options.retries ?? nothing}
  ></scr-summary>`);
}

/**
 * Mounts and resolves with the first `scr-load` or `scr-error`. The listeners are on the
 * document before the element exists, so an event fired during `fixture()` is not missed.
 */
export async function mountAndSettle(options: MountOptions): Promise<{ el: ScrSummary; settled: Settled; elapsed: number }> {
  const started = performance.now();
  let resolve!: (s: Settled) => void;
  const seen = new Promise<Settled>((r) => (resolve = r));
  const onLoad = (e: Event) => resolve({ type: 'scr-load', detail: (e as CustomEvent<ScrLoadDetail>).detail, at: performance.now() });
  const onError = (e: Event) => resolve({ type: 'scr-error', detail: (e as CustomEvent<ScrErrorDetail>).detail, at: performance.now() });
  document.addEventListener('scr-load', onLoad);
  document.addEventListener('scr-error', onError);
  try {
    const el = await mountScr(options);
    const settled = await seen;
    await el.updateComplete;
    return { el, settled, elapsed: settled.at - started };
  } finally {
    document.removeEventListener('scr-load', onLoad);
    document.removeEventListener('scr-error', onError);
  }
}

/** Uncaught exceptions and unhandled rejections on the page while it runs. */
export function watchPageErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The NHS number a request asked for, from either endpoint form. */
export function requestedNhs(url: string): string | undefined {
  const u = new URL(url);
  return u.searchParams.get('patient')?.split('|')[1] ?? /(\d{10})$/.exec(u.pathname)?.[1];
}
