/** `<scr-provider>`: the element class, with no side effects (src/define.ts registers it). */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { scrConfigContext, type ScrConfig } from './config-context.js';
import { changedByValue, StableSettings } from './same-value.js';

/**
 * `<scr-provider>`: gives every `<scr-summary>` inside it its request configuration, so a
 * host sets its endpoint, token-adding `fetch` and headers once.
 *
 * @tagname scr-provider
 * @summary Shares endpoint, time-out, credentials, headers and fetch with nested `<scr-summary>` elements.
 * @slot - The page content holding one or more `<scr-summary>` elements.
 */
export class ScrProvider extends LitElement {
  static override styles = css`
    :host { display: contents; }
  `;

  /** The SCR endpoint for every widget inside (a widget's own `endpoint` wins). */
  @property() endpoint?: string;

  /** Milliseconds to wait for a record (default 20000). */
  @property({ type: Number }) timeout?: number;

  /** Send cookies with the request (`credentials: 'include'`), for cookie-session hosts. */
  @property({ type: Boolean, attribute: 'with-credentials' }) withCredentials = false;

  /** Request headers added to every request, e.g. `{ Authorization: 'Bearer …' }`. Property only. */
  @property({ attribute: false, hasChanged: changedByValue }) headers?: Record<string, string>;

  /** A function with the signature of the global `fetch`, used for every request. Property only; compared by identity, so pass a stable one. */
  @property({ attribute: false }) fetch?: typeof fetch;

  /** How many times network failures, 429 and 502–504 are retried (default 2). */
  @property({ type: Number }) retries?: number;

  private _provider = new ContextProvider(this, { context: scrConfigContext, initialValue: undefined });

  /** The settings are shared again only when their value changes (headers by entries, fetch by identity). */
  private _settings = new StableSettings<ScrConfig>();

  protected override willUpdate(_changed: PropertyValues): void {
    const { value, changed } = this._settings.settle({
      endpoint: this.endpoint,
      timeout: this.timeout,
      withCredentials: this.withCredentials,
      headers: this.headers,
      fetch: this.fetch,
      retries: this.retries,
    });
    if (changed) this._provider.setValue(value);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scr-provider': ScrProvider;
  }
}
