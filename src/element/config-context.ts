/**
 * Request configuration shared by `<scr-provider>` with every `<scr-summary>` inside it.
 * The key is a registered symbol so two copies of the widget on one page (two vendors'
 * bundles) still find each other's provider.
 */
import { createContext } from '@lit/context';
import type { AlertContext } from '../data/scr-api.js';

export interface ScrConfig {
  endpoint?: string;
  timeout?: number;
  withCredentials?: boolean;
  /** Extra request headers (e.g. `Authorization`): held as a property, never in the DOM. */
  headers?: Record<string, string>;
  /** The host's own fetch (adds tokens, tracing, or routes through its client). */
  fetch?: typeof fetch;
  retries?: number;
  /** `bundle` or `scr-api` (the NHS SCR FHIR API; see `<scr-summary>`). */
  source?: 'bundle' | 'scr-api';
  relationship?: 'legitimate' | 'self-claimed';
  alerts?: 'event' | 'post';
  permission?: 'ask';
  /** Who the widget's access alerts name (`alerts="post"`). */
  alertContext?: AlertContext;
}

/** The request's settings and the SCR API flow's: each a task argument of its own, compared by value. */
export const REQUEST_SETTINGS = ['timeout', 'withCredentials', 'retries', 'headers', 'fetch'] as const;
export const FLOW_SETTINGS = ['source', 'relationship', 'alerts', 'permission', 'alertContext'] as const;

/** The settings `keys` name, each read by `read`. */
export const settingsOf = <K extends keyof ScrConfig>(keys: readonly K[], read: (key: K) => ScrConfig[K]): Pick<ScrConfig, K> =>
  Object.fromEntries(keys.map((key) => [key, read(key)])) as Pick<ScrConfig, K>;

export const scrConfigContext = createContext<ScrConfig | undefined>(Symbol.for('scr-summary/config'));
