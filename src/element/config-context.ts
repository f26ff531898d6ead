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

export const scrConfigContext = createContext<ScrConfig | undefined>(Symbol.for('scr-summary/config'));
