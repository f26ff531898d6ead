/**
 * Request configuration shared by `<scr-provider>` with every `<scr-summary>` inside it.
 * The key is a registered symbol so two copies of the widget on one page (two vendors'
 * bundles) still find each other's provider.
 */
import { createContext } from '@lit/context';

export interface ScrConfig {
  endpoint?: string;
  timeout?: number;
  withCredentials?: boolean;
  /** Extra request headers (e.g. `Authorization`): held as a property, never in the DOM. */
  headers?: Record<string, string>;
  /** The host's own fetch (adds tokens, tracing, or routes through its client). */
  fetch?: typeof fetch;
  retries?: number;
}

export const scrConfigContext = createContext<ScrConfig | undefined>(Symbol.for('scr-summary/config'));
