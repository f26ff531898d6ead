/** `<scr-provider>`: the element class, with no side effects (src/define.ts registers it). */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { AlertContext } from '../data/scr-api.js';
import { FLOW_SETTINGS, REQUEST_SETTINGS, scrConfigContext, settingsOf, type ScrConfig } from './config-context.js';
import { changedByValue, StableSettings } from './same-value.js';

/**
 * `<scr-provider>`: gives every `<scr-summary>` inside it its request configuration, so a
 * host sets its endpoint, token-adding `fetch` and headers once.
 *
 * @tagname scr-provider
 * @summary Shares endpoint, time-out, credentials, headers, fetch and the SCR API settings (source, relationship, alerts, permission, alertContext) with nested `<scr-summary>` elements.
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

  /** `bundle` (default) or `scr-api`: how every widget inside reads the record (a widget's own `source` wins). */
  @property() source?: 'bundle' | 'scr-api';

  /** The user's relationship with the patients shown: `legitimate` (default) or `self-claimed`. */
  @property() relationship?: 'legitimate' | 'self-claimed';

  /** Who sends override alerts: `event` (default, the host) or `post` (each widget, with `alertContext`). */
  @property() alerts?: 'event' | 'post';

  /** `ask`: widgets in `bundle` mode ask the permission question before their request. */
  @property() permission?: 'ask';

  /** Who the widgets' access alerts name: `{ odsCode, userId, role, sessionUrid }` (the signed-in user's). Property only. */
  @property({ attribute: false }) alertContext?: AlertContext;

  private _provider = new ContextProvider(this, { context: scrConfigContext, initialValue: undefined });

  /** The settings are shared again only when their value changes (headers by entries, fetch by identity). */
  private _settings = new StableSettings<ScrConfig>();

  protected override willUpdate(_changed: PropertyValues): void {
    const { value, changed } = this._settings.settle(settingsOf(['endpoint', ...REQUEST_SETTINGS, ...FLOW_SETTINGS], (key) => this[key]));
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
