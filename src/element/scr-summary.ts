/** `<scr-summary>`: the element class, with no side effects (src/define.ts registers it). */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume, ContextRoot } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { Failure, SummaryModel } from '../data/model.js';
import { formatDateTime } from '../data/dates.js';
import { isValidNhsNumber, normaliseNhsNumber } from '../data/nhs-number.js';
import { normalise } from '../data/normalise.js';
import { buildRequestUrl, fetchRecord } from '../data/request.js';
import { allergyHeadline } from '../views/allergies.js';
import { renderCard, type CopyState, type SectionKey } from '../views/card.js';
import { renderEmpty, renderError, renderIdle, renderLoading } from '../views/states.js';
import { mergeStrings, type StringOverrides, type Strings } from '../views/strings.js';
import { scrConfigContext, type ScrConfig } from './config-context.js';
import { RowPasses } from './row-passes.js';
import { changedByValue, StableSettings } from './same-value.js';
import { styles } from './styles.js';

export type ScrState = 'idle' | 'loading' | 'loaded' | 'empty' | 'error';

export interface ScrLoadDetail {
  summary: SummaryModel;
  nhsNumber: string;
}

export interface ScrErrorDetail {
  kind: Failure['kind'];
  status?: number;
  message: string;
}

export interface ScrViewDetail {
  /** The ten digits of the record displayed. */
  nhsNumber: string;
  /** When it was displayed (ISO 8601). */
  time: string;
  /** Where it came from: the request URL, the body shape and the practice the record names. */
  source: { url: string; shape: SummaryModel['shape']; practice?: string };
}

type Outcome =
  | { state: 'idle' }
  | { state: 'loaded' | 'empty'; model: SummaryModel; nhsNumber: string; retrievedAt: string; url: string }
  | { state: 'error'; failure: Failure; nhsNumber?: string };

/** The task's arguments while the element is out of the page: nothing to fetch. */
const NO_CONFIG: ScrConfig = {};
const ROOT_FLAG = Symbol.for('scr-summary/context-root');

/**
 * One `ContextRoot` per page (shared by every copy of the widget): a `<scr-summary>` that
 * asks for its configuration before any `<scr-provider>` is defined or connected is
 * answered when the provider arrives, whichever tag is defined first and however the host
 * registers them.
 */
export function attachContextRoot(): void {
  // globalThis.document, not `document`: the self-contained bundle declares a module-scoped
  // stand-in for `document` so that it loads in Node (vite.config.ts); this must see the real one.
  const globals = globalThis as { [ROOT_FLAG]?: boolean; document?: Document };
  const root = globals.document?.documentElement;
  if (globals[ROOT_FLAG] || !root) return;
  globals[ROOT_FLAG] = true;
  new ContextRoot().attach(root);
}

interface Retrying {
  attempt: number;
  of: number;
}

/**
 * `<scr-summary>`: wires the endpoint, the request, the normaliser and the views together.
 * It owns no clinical logic; its job is the patient-switching lifecycle (H2), the state
 * attribute, the live region and the events.
 *
 * @tagname scr-summary
 * @summary Shows a patient's NHS Summary Care Record from a configured FHIR endpoint.
 *
 * @fires scr-load - The record was read (state `loaded` or `empty`); `detail: { summary, nhsNumber }`.
 * @fires scr-error - The record could not be shown; `detail: { kind, status?, message }`.
 * @fires scr-view - A record was displayed; `detail: { nhsNumber, time, source }`, for the host's audit trail.
 *
 * @attribute state - Read-only, reflected for host CSS (`scr-summary[state=error]`): `idle`, `loading`, `loaded`, `empty` or `error`.
 *
 * @slot actions - Host controls shown at the top of the card (e.g. a "View full record" link).
 * @slot empty - Replaces the explanation in the empty state.
 * @slot error - Extra content in the error state (e.g. how to get help or request access).
 *
 * @csspart card - The outer card.
 * @csspart header - Patient identity and the record's source.
 * @csspart summary - The summary strip: NHS No. (with a copy button), name, date of birth, allergy status, counts, times, refresh.
 * @csspart warnings - The warnings section.
 * @csspart warning - Each warning callout.
 * @csspart allergies - The allergies section.
 * @csspart allergy-status - The allergy status label.
 * @csspart medicines - The medicines section.
 * @csspart additional - The additional-information section.
 * @csspart footnotes - What was received but not shown.
 * @csspart loading - The loading message.
 * @csspart empty - The empty-state callout.
 * @csspart error - The error callout.
 * @csspart retry - The "Try again" button.
 *
 * @cssprop --scr-font-family - Font of the card (default Arial, Helvetica, sans-serif).
 * @cssprop --scr-font-size - Base font size (default 1rem).
 * @cssprop --scr-color-text - Text colour.
 * @cssprop --scr-color-secondary-text - Secondary text (notes, footnotes).
 * @cssprop --scr-color-background - Card background.
 * @cssprop --scr-color-border - Borders and rules.
 * @cssprop --scr-color-accent - Buttons and information callouts.
 * @cssprop --scr-color-warning-background - Warning callout background.
 * @cssprop --scr-color-warning-border - Warning callout bar.
 * @cssprop --scr-color-error - Error bar and the "Known allergies" label.
 * @cssprop --scr-color-error-background - Error callout background.
 * @cssprop --scr-color-info-background - Information callout background.
 * @cssprop --scr-color-link - Secondary buttons (copy, refresh): text and border.
 * @cssprop --scr-color-summary-background - Summary strip background.
 * @cssprop --scr-color-known-allergies-background - The "Known allergies" flag in the summary strip.
 * @cssprop --scr-color-known-allergies-text - Its text.
 * @cssprop --scr-color-focus - Focus ring.
 * @cssprop --scr-color-focus-ring - The dark outer edge of the focus ring.
 * @cssprop --scr-space - Base spacing unit (default 1rem); smaller values make a denser card.
 * @cssprop --scr-radius - Corner radius (default 4px).
 */
export class ScrSummary extends LitElement {
  static override styles = styles;

  /** The SCR endpoint. `{nhsNumber}` is replaced by the ten digits; otherwise a `patient` search parameter is added. */
  @property() endpoint?: string;

  /** The patient's NHS number; spaces are allowed. */
  @property({ attribute: 'nhs-number' }) nhsNumber?: string;

  /** Milliseconds to wait for the record before giving up (default 20000). */
  @property({ type: Number }) timeout?: number;

  /** The level of the widget's own heading, to fit the host page's outline (default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Send cookies with the request (`credentials: 'include'`). */
  @property({ type: Boolean, attribute: 'with-credentials' }) withCredentials?: boolean;

  /** How many times network failures, 429 and 502–504 are retried (default 2; 0 disables). */
  @property({ type: Number }) retries?: number;

  /** Request headers, e.g. `{ Authorization: 'Bearer …' }`. Property only: never an attribute. */
  @property({ attribute: false, hasChanged: changedByValue }) headers?: Record<string, string>;

  /** A function with the signature of the global `fetch`, used instead of it. Property only; compared by identity, so pass a stable one. */
  @property({ attribute: false }) fetch?: typeof fetch;

  /**
   * Local wording: any subset of the strings table (`src/views/strings.ts`), e.g.
   * `{ allergyLabels: { known: 'Allergies recorded' }, medicinesHeading: 'Medicines' }`.
   * Property only. Clinical text from the record is never replaced.
   */
  @property({ attribute: false, hasChanged: changedByValue }) strings?: StringOverrides;

  /** Sections the reader has collapsed (all start expanded); reset when the patient changes. */
  @state() private _collapsed: ReadonlySet<SectionKey> = new Set();
  /** The outcome of the last copy of the NHS number, shown beside the button for a few seconds. */
  @state() private _copyState: CopyState;
  private _copyTimer?: ReturnType<typeof setTimeout>;

  /** Configuration from an enclosing `<scr-provider>`; the element's own settings win. */
  @consume({ context: scrConfigContext, subscribe: true })
  @state()
  private _config?: ScrConfig;

  @state() private _retrying?: Retrying;

  /** Bumped by `reload()` and `clear()` so the task runs again with the same arguments. */
  @state() private _generation = 0;
  private _announced?: Outcome;

  /** Long tables are built in passes; each record starts again from its first rows. */
  private _rowPasses = new RowPasses(this, () => this.performUpdate());
  private _rowsFor?: Outcome | 'loading';

  private _task = new Task(this, {
    task: ([endpoint, nhsNumber, config], { signal }) => this._load(endpoint, nhsNumber, config, signal),
    // Out of the page there is nothing to fetch: a removed widget neither starts a request nor keeps a record.
    args: () =>
      this.isConnected
        ? ([this._effective('endpoint'), this.nhsNumber, this._requestConfig(), this._generation] as const)
        : ([undefined, undefined, NO_CONFIG, this._generation] as const),
  });

  /** One of `idle`, `loading`, `loaded`, `empty`, `error`; reflected as the `state` attribute for CSS. */
  get state(): ScrState {
    const outcome = this._outcome();
    return outcome === 'loading' ? 'loading' : outcome.state;
  }

  /** Fetches the current patient's record again (e.g. after the host refreshed its token). */
  reload(): void {
    this._generation += 1;
  }

  /** Removes every trace of the patient from the widget (for logout): the number, the request and the record. */
  clear(): void {
    this._task.abort();
    this.nhsNumber = undefined;
    this.removeAttribute('nhs-number');
    this._generation += 1;
  }

  override connectedCallback(): void {
    // Before super: the context request the consumer sends on connecting must find the root.
    attachContextRoot();
    super.connectedCallback();
    // Put back in the page, it fetches afresh (the task's arguments depend on isConnected).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A widget taken out of the page keeps no request running and no record in memory or in
    // its shadow tree: the next update runs the task with nothing to fetch.
    this._task.abort();
    this.requestUpdate();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another patient starts with every section expanded, and no "Copied" from the last one.
    if (changed.has('nhsNumber')) {
      this._collapsed = new Set();
      this._copyState = undefined;
    }
    const outcome = this._outcome();
    if (outcome !== this._rowsFor) {
      this._rowsFor = outcome;
      this._rowPasses.restart();
    }
  }

  /** The wording table: the defaults with the host's `strings` laid over them (merged once per change). */
  private _mergedFrom?: StringOverrides | null;
  private _merged: Strings = mergeStrings(undefined);
  private get _t(): Strings {
    if (this._mergedFrom !== this.strings) {
      this._mergedFrom = this.strings;
      this._merged = mergeStrings(this.strings);
    }
    return this._merged;
  }

  private _toggle(key: SectionKey): void {
    const next = new Set(this._collapsed);
    if (!next.delete(key)) next.add(key);
    this._collapsed = next;
  }

  /** Copies the ten digits (no spaces: what NHS number fields accept); only the outcome is kept, nothing is logged. */
  private async _copy(nhsNumber: string): Promise<void> {
    let copied = false;
    try {
      await navigator.clipboard.writeText(nhsNumber);
      copied = true;
    } catch {
      // No clipboard (an insecure page, a denied permission): say so; the number stays selectable.
    }
    this._copyState = copied ? 'copied' : 'failed';
    clearTimeout(this._copyTimer);
    this._copyTimer = setTimeout(() => (this._copyState = undefined), 5000);
  }

  private _effective<K extends 'endpoint' | 'timeout' | 'withCredentials' | 'retries'>(key: K): ScrConfig[K] {
    return (this[key] ?? this._config?.[key]) as ScrConfig[K];
  }

  /**
   * The request settings, as one object whose identity changes only when a setting's value
   * does (`headers` by their entries, `fetch` by identity): a host re-rendering with equal
   * settings must not make the task fetch again.
   */
  private _settings = new StableSettings<ScrConfig>();
  private _requestConfig(): ScrConfig {
    return this._settings.settle({
      timeout: this._effective('timeout'),
      withCredentials: this._effective('withCredentials'),
      retries: this._effective('retries'),
      headers: this.headers ?? this._config?.headers,
      fetch: this.fetch ?? this._config?.fetch,
    }).value;
  }

  private async _load(endpoint: string | undefined, input: string | undefined, config: ScrConfig, signal: AbortSignal): Promise<Outcome> {
    this._retrying = undefined;
    if (!endpoint || !input || input.trim() === '') return { state: 'idle' };
    const nhsNumber = normaliseNhsNumber(input);
    if (!nhsNumber || !isValidNhsNumber(nhsNumber)) {
      return { state: 'error', failure: { kind: 'invalid-nhs-number', message: this._t.invalidNhsNumber(input.trim()) } };
    }
    let url: string;
    try {
      url = buildRequestUrl(endpoint, nhsNumber, document.baseURI);
    } catch {
      return { state: 'error', nhsNumber, failure: { kind: 'network', message: this._t.badEndpoint } };
    }
    const retries = config.retries ?? 2;
    const fetched = await fetchRecord(url, {
      signal,
      timeoutMs: config.timeout,
      headers: config.headers,
      fetch: config.fetch,
      credentials: config.withCredentials ? 'include' : 'same-origin',
      retries,
      onRetry: ({ attempt }) => {
        if (!signal.aborted) this._retrying = { attempt, of: retries };
      },
    });
    this._retrying = undefined;
    if (!fetched.ok) return { state: 'error', failure: fetched.failure, nhsNumber };
    let result;
    try {
      result = normalise(fetched.body, { requestedNhsNumber: nhsNumber });
    } catch {
      // The normaliser is written not to throw; if it ever does, the clinician sees an error, never a blank card.
      return { state: 'error', nhsNumber, failure: { kind: 'parse', message: this._t.unexpected } };
    }
    if (!result.ok) return { state: 'error', failure: result.failure, nhsNumber };
    return {
      state: result.model.empty ? 'empty' : 'loaded',
      model: result.model,
      nhsNumber,
      retrievedAt: formatDateTime(new Date()),
      url,
    };
  }

  private _outcome(): Outcome | 'loading' {
    // Nothing to show (cleared, no number or endpoint yet, out of the page) is idle at once,
    // not "loading" until the task has caught up.
    if (!this.isConnected || !this.nhsNumber?.trim() || !this._effective('endpoint')) return { state: 'idle' };
    switch (this._task.status) {
      case TaskStatus.COMPLETE:
        return this._task.value ?? { state: 'idle' };
      case TaskStatus.PENDING:
        return 'loading';
      default:
        // INITIAL, or ERROR, which only an abort reaches (the task catches everything else); the next run replaces it.
        return { state: 'idle' };
    }
  }

  protected override updated(_changed: PropertyValues): void {
    // Reflected for host CSS only; recomputed after every update, so writing it from outside has no lasting effect.
    const state = this.state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
    const outcome = this._outcome();
    if (outcome === 'loading' || outcome === this._announced) return;
    this._announced = outcome;
    if (outcome.state === 'loaded' || outcome.state === 'empty') {
      this._emit<ScrLoadDetail>('scr-load', { summary: outcome.model, nhsNumber: outcome.nhsNumber });
      if (outcome.state === 'loaded') {
        this._emit<ScrViewDetail>('scr-view', {
          nhsNumber: outcome.nhsNumber,
          time: new Date().toISOString(),
          source: { url: outcome.url, shape: outcome.model.shape, practice: outcome.model.header.practice },
        });
      }
    } else if (outcome.state === 'error') {
      const { kind, status, message } = outcome.failure;
      this._emit<ScrErrorDetail>('scr-error', { kind, status, message });
    }
  }

  private _emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private _announcement(outcome: Outcome | 'loading'): string {
    const t = this._t;
    if (outcome === 'loading') return this._retrying ? t.retrying(this._retrying.attempt, this._retrying.of) : t.loadingAnnouncement;
    switch (outcome.state) {
      case 'loaded':
        return t.loadedAnnouncement(allergyHeadline(outcome.model.allergyStatus, t));
      case 'empty':
        return t.emptyAnnouncement;
      case 'error':
        return t.errorAnnouncement(outcome.failure.message);
      default:
        return '';
    }
  }

  private _body(outcome: Outcome | 'loading') {
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const t = this._t;
    if (outcome === 'loading') return renderLoading(normaliseNhsNumber(this.nhsNumber) ?? '', this._retrying, t);
    switch (outcome.state) {
      case 'idle':
        return renderIdle(!!this._effective('endpoint'), t);
      case 'empty':
        return renderEmpty(outcome.nhsNumber, level, t);
      case 'error':
        return renderError(outcome.failure, outcome.nhsNumber, level, () => this.reload(), t);
      case 'loaded':
        return renderCard({
          rows: this._rowPasses.budget(),
          model: outcome.model,
          requestedNhsNumber: outcome.nhsNumber,
          retrievedAt: outcome.retrievedAt,
          level,
          t,
          collapsed: this._collapsed,
          onToggle: (key) => this._toggle(key),
          copyState: this._copyState,
          onCopy: (nhsNumber) => void this._copy(nhsNumber),
          onRefresh: () => this.reload(),
        });
    }
  }

  protected override render() {
    const outcome = this._outcome();
    const titled = outcome !== 'loading' && outcome.state !== 'idle';
    // The card is in the language of its wording unless the host states one on the element.
    const lang = this.getAttribute('lang') || this._t.lang;
    return html`<article class="card" part="card" lang=${lang} aria-labelledby=${titled ? 'scr-title' : nothing}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement(outcome)}</div>
      <div class="actions"><slot name="actions"></slot></div>
      ${this._body(outcome)}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scr-summary': ScrSummary;
  }
  interface GlobalEventHandlersEventMap {
    'scr-load': CustomEvent<ScrLoadDetail>;
    'scr-error': CustomEvent<ScrErrorDetail>;
    'scr-view': CustomEvent<ScrViewDetail>;
  }
}
