/** `<scr-summary>`: the element class, with no side effects (src/define.ts registers it). */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume, ContextRoot } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { Failure, ScrHeadline, SummaryModel } from '../data/model.js';
import { formatDateTime } from '../data/dates.js';
import { failurePresentation } from '../data/failure-kinds.js';
import { isValidNhsNumber, normaliseNhsNumber } from '../data/nhs-number.js';
import { normaliseSteps } from '../data/normalise.js';
import { runInTasks } from '../data/steps.js';
import { buildRequestUrl, fetchRecord } from '../data/request.js';
import { DECISIONS, isOverride, readFlowSettings, type AlertContext, type FlowSettings, type FlowSettingsInput } from '../data/scr-api.js';
import { allergyHeadline } from '../views/allergies.js';
import { renderCard, type CopyState, type SectionKey } from '../views/card.js';
import { renderAlertNotSent, renderPermission } from '../views/permission.js';
import { renderEmpty, renderError, renderIdle, renderLoading } from '../views/states.js';
import { mergeStrings, type StringOverrides, type Strings } from '../views/strings.js';
import { FLOW_SETTINGS, REQUEST_SETTINGS, scrConfigContext, settingsOf, type ScrConfig } from './config-context.js';
import { RowPasses } from './row-passes.js';
import { Printing } from './printing.js';
import { everyRow, type RowBudget } from '../views/rows.js';
import { permissionStyles } from './permission-styles.js';
import { ScrApiFlow, type OpenQuestion, type PermitInput, type ScrAlertDetail, type ScrPermissionDetail } from './scr-api-flow.js';
import { changedByValue, StableSettings } from './same-value.js';
import { styles } from './styles.js';

export type { ScrAlertDetail, ScrPermissionDetail, PermitInput } from './scr-api-flow.js';
export type { AlertContext } from '../data/scr-api.js';

export type ScrState = 'idle' | 'loading' | 'permission' | 'loaded' | 'empty' | 'error';

export interface ScrLoadDetail {
  summary: SummaryModel;
  nhsNumber: string;
  /** Exactly what the summary strip says, as data: allergy status, current allergies and medicines by name, warnings. */
  headline: ScrHeadline;
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

/** `noScr`: the SCR API found no SCR (step 1 `total: 0`); `alertFailed`: an override's access alert could not be sent. */
type Outcome =
  | { state: 'idle' }
  | { state: 'loaded' | 'empty'; model: SummaryModel; nhsNumber: string; retrievedAt: string; url: string; noScr?: boolean; alertFailed?: boolean }
  | { state: 'error'; failure: Failure; nhsNumber?: string; alertFailed?: boolean }
  | OpenQuestion;

/** The task's arguments while the element is out of the page: nothing to fetch. */
const NO_CONFIG: ScrConfig = {};
const NO_FLOW: FlowSettingsInput = {};
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
 * @fires scr-load - The record was read (state `loaded` or `empty`); `detail: { summary, nhsNumber, headline }`.
 * @fires scr-error - The record could not be shown; `detail: { kind, status?, message }`.
 * @fires scr-view - A record was displayed; `detail: { nhsNumber, time, source }`, for the host's audit trail.
 * @fires scr-permission - The clinician (or `permit()`) answered the permission question, before anything else happens; cancelable (`preventDefault()` stops the view like a decline); `detail: { nhsNumber, decision, note?, label, relationship, alert? }`.
 * @fires scr-alert - The widget's access alert POST (`alerts="post"`) was answered; `detail: { sent: true }` on 201, else `{ sent: false, status?, message }`.
 *
 * @attribute state - Read-only, reflected for host CSS (`scr-summary[state=error]`): `idle`, `loading`, `permission` (the permission-to-view question is open), `loaded`, `empty` or `error`.
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
 * @csspart error - The error callout: its own title and advice for each kind of failure.
 * @csspart retry - The "Try again" button (only where asking again can help).
 * @csspart technical-details - The closed "Technical details" of an error, for IT staff: the message, the service's diagnostics, the kind and status.
 * @csspart permission - The permission-to-view question (a form).
 * @csspart alert-warning - The warning over a record whose access alert could not be sent.
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
  static override styles = css`${styles}${permissionStyles}`;

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

  /**
   * Where the record comes from: `bundle` (default: one GET of `endpoint`, which answers with
   * the record) or `scr-api` (the NHS SCR FHIR API at `endpoint`, its base URL: pointer,
   * permission question, optional access alert, record).
   */
  @property() source?: 'bundle' | 'scr-api';

  /** The user's relationship with the patient, which decides the access alert: `legitimate` (default) or `self-claimed`. */
  @property() relationship?: 'legitimate' | 'self-claimed';

  /** Who sends the access alert of an override: `event` (default: the host, from `scr-permission`) or `post` (the widget, to `{endpoint}/AuditEvent`; needs `alertContext`). */
  @property() alerts?: 'event' | 'post';

  /** `ask`: in `bundle` mode, ask the permission question before the request (for hosts with no permission step of their own). */
  @property() permission?: 'ask';

  /** Who the widget's access alert names (`alerts="post"`): `{ odsCode, userId, role, sessionUrid }`. Property only. */
  @property({ attribute: false }) alertContext?: AlertContext;

  /** Sections the reader has collapsed (all start expanded); reset when the patient changes. */
  @state() private _collapsed: ReadonlySet<SectionKey> = new Set();
  /** Shortened histories the reader asked to see whole (src/data/history-limit.ts), by key; reset when the patient changes. */
  @state() private _wholeHistory: ReadonlySet<string> = new Set();
  /** What the live region says after "Show all", until the outcome changes. */
  private _said?: string;
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
  /** A `focus()` waiting for the card's title: where focus was when it was asked, and its options. */
  private _focusWanted?: [Element | null, FocusOptions | undefined];

  /** The SCR API's steps and the permission question (src/element/scr-api-flow.ts). */
  private _flow = new ScrApiFlow(this, {
    t: () => this._t,
    emit: (type, detail, cancelable) => this._emit(type, detail, cancelable),
    retrying: (info) => (this._retrying = info ? { attempt: info.attempt, of: this._effective('retries') ?? 2 } : undefined),
  });

  /** Printing shows every row and every item of a shortened history. */
  private _printing = new Printing(this, () => this.performUpdate());
  /** Long tables are built in passes; each record starts again from its first rows. */
  private _rowPasses = new RowPasses(this);
  private _rowsFor?: Outcome | 'loading';

  private _task = new Task(this, {
    task: ([endpoint, nhsNumber, config, , flow], { signal }) => this._load(endpoint, nhsNumber, config, signal, flow),
    // Out of the page there is nothing to fetch: a removed widget neither starts a request nor keeps a record.
    args: () =>
      this.isConnected
        ? ([this._effective('endpoint'), this.nhsNumber, this._requestConfig(), this._generation, this._flowInput()] as const)
        : ([undefined, undefined, NO_CONFIG, this._generation, NO_FLOW] as const),
  });

  /** One of `idle`, `loading`, `permission`, `loaded`, `empty`, `error`; reflected as the `state` attribute for CSS. */
  get state(): ScrState {
    const outcome = this._outcome();
    return outcome === 'loading' ? 'loading' : outcome.state;
  }

  /**
   * What the summary strip says, as data (`{ allergyStatus, allergies, currentMedicines, warnings }`),
   * for a host's own patient banner; undefined unless `state` is `loaded` or `empty`.
   */
  get headline(): ScrHeadline | undefined {
    const outcome = this._outcome();
    return outcome !== 'loading' && (outcome.state === 'loaded' || outcome.state === 'empty') ? this._headlineOf(outcome) : undefined;
  }

  /** The model's headline, with the card's own "alert not sent" warning first when it stands above the record. */
  private _headlineOf(outcome: Extract<Outcome, { state: 'loaded' | 'empty' }>): ScrHeadline {
    const { headline } = outcome.model;
    return outcome.alertFailed ? { ...headline, warnings: [this._t.alertNotSent, ...headline.warnings] } : headline;
  }

  /**
   * Answers the open permission question from the host's own UI, as the form would:
   * `{ decision: 'given' | 'declined' | 'emergency' | 'public-interest' | 'statute' | 'court-order', note? }`
   * (the last four need a `note`). Returns false, changing nothing, when no question is open
   * or an override has no note; true when it took the decision.
   */
  permit(decision: PermitInput): boolean {
    return this._flow.permit(decision);
  }

  /** Fetches the current patient's record again (e.g. after the host refreshed its token). */
  reload(): void {
    this._generation += 1;
  }

  /**
   * Moves focus to the card's title heading after the next update (e.g. when the host has just
   * picked a patient, so a reader on a narrow screen lands on the card). While the record loads,
   * focus moves when the title appears, unless focus has gone elsewhere meanwhile; the card is
   * scrolled into view at once unless `preventScroll` is set.
   */
  override focus(options?: FocusOptions): void {
    this._focusWanted = [document.activeElement, options];
    if (!options?.preventScroll) this.scrollIntoView();
    this.requestUpdate();
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
      this._wholeHistory = new Set();
      this._copyState = undefined;
    }
    const outcome = this._outcome();
    if (outcome !== this._rowsFor) {
      this._rowsFor = outcome;
      this._said = undefined;
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

  /** Opens a part of the card and moves focus to its heading's button, so the reader lands on it. */
  private async _jump(key: SectionKey): Promise<void> {
    if (this._collapsed.has(key)) this._toggle(key);
    await this.updateComplete;
    const button = this.shadowRoot?.querySelector<HTMLElement>(`#scr-${key} button`);
    button?.scrollIntoView({ block: 'start' });
    button?.focus();
  }

  /** Shows a shortened history whole, says so, and moves focus to its first newly shown row. */
  private async _showAll(key: string, said: string): Promise<void> {
    this._wholeHistory = new Set(this._wholeHistory).add(key);
    this._said = said;
    await this.updateComplete;
    const box = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[data-history]') ?? [])].find((b) => b.dataset.history === key);
    const target = box?.querySelectorAll<HTMLElement>('tr')[Number(box.dataset.focusRow)] ?? box?.querySelector<HTMLElement>('.history-note');
    target?.setAttribute('tabindex', '-1');
    target?.focus();
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

  private _effective<K extends keyof ScrConfig>(key: K): ScrConfig[K] {
    return (this[key] ?? this._config?.[key]) as ScrConfig[K];
  }

  /** The SCR API settings (own, else the provider's), compared by value like the request settings: an equal `alertContext` set again does not restart the view. */
  private _flowSettings = new StableSettings<FlowSettingsInput>();
  private _flowInput(): FlowSettingsInput {
    return this._flowSettings.settle(settingsOf(FLOW_SETTINGS, (key) => this._effective(key))).value;
  }

  /**
   * The request settings, as one object whose identity changes only when a setting's value
   * does (`headers` by their entries, `fetch` by identity): a host re-rendering with equal
   * settings must not make the task fetch again.
   */
  private _settings = new StableSettings<ScrConfig>();
  private _requestConfig(): ScrConfig {
    return this._settings.settle(settingsOf(REQUEST_SETTINGS, (key) => this._effective(key))).value;
  }

  private async _load(
    endpoint: string | undefined,
    input: string | undefined,
    config: ScrConfig,
    signal: AbortSignal,
    flowInput: FlowSettingsInput,
  ): Promise<Outcome> {
    this._retrying = undefined;
    if (!endpoint || !input || input.trim() === '') return { state: 'idle' };
    const nhsNumber = normaliseNhsNumber(input);
    if (!nhsNumber || !isValidNhsNumber(nhsNumber)) {
      return { state: 'error', failure: { kind: 'invalid-nhs-number', message: this._t.invalidNhsNumber(input.trim()) } };
    }
    // Settings that cannot be used stop the view before any request (an override must never go without its alert).
    const read = readFlowSettings(flowInput);
    if (!read.ok) {
      const message = read.problem === 'alertContext' || read.problem === 'alerts' ? this._t.alertSettings : this._t.badSetting(read.problem);
      return { state: 'error', nhsNumber, failure: { kind: 'config', message } };
    }
    const { settings } = read;
    if (settings.source === 'scr-api') return this._fromApi(endpoint, nhsNumber, config, signal, settings);
    if (settings.ask) {
      const declined = await this._flow.askFirst(nhsNumber, settings.relationship, signal);
      if (declined) return { state: 'error', nhsNumber, failure: declined };
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
    return this._normalised(fetched.body, nhsNumber, url, { signal });
  }

  /**
   * The record made into the model a few hundred resources a task (data/steps.ts), so the page
   * can paint and take input in between (issue 15: no task over 100 ms at 5,000 entries).
   */
  private async _normalised(body: unknown, nhsNumber: string, url: string, extra: { noScr?: boolean; alertFailed?: boolean; signal: AbortSignal }): Promise<Outcome> {
    const alertFailed = extra.alertFailed ? { alertFailed: true } : {};
    let result;
    try {
      result = await runInTasks(normaliseSteps(body, { requestedNhsNumber: nhsNumber }), extra.signal);
    } catch (error) {
      // Another patient or a reload took over: this record is not shown, and needs no message.
      if (extra.signal.aborted) throw error;
      // The normaliser is written not to throw; if it ever does, the clinician sees an error, never a blank card.
      return { state: 'error', nhsNumber, failure: { kind: 'parse', message: this._t.unexpected }, ...alertFailed };
    }
    if (!result.ok) return { state: 'error', failure: result.failure, nhsNumber, ...alertFailed };
    return {
      state: result.model.empty ? 'empty' : 'loaded',
      model: result.model,
      nhsNumber,
      retrievedAt: formatDateTime(new Date()),
      url,
      ...(extra.noScr ? { noScr: true } : {}),
      ...alertFailed,
    };
  }

  /** `source="scr-api"`: the flow's answer, normalised like a `bundle` answer. */
  private async _fromApi(endpoint: string, nhsNumber: string, config: ScrConfig, signal: AbortSignal, settings: FlowSettings): Promise<Outcome> {
    const result = await this._flow.readScrApi({ endpoint, nhsNumber, config, settings, signal });
    switch (result.kind) {
      case 'failed':
        return { state: 'error', nhsNumber, failure: result.failure, ...(result.alertFailed ? { alertFailed: true } : {}) };
      case 'no-scr':
        return this._normalised(result.body, nhsNumber, result.url, { noScr: true, signal });
      default:
        return this._normalised(result.body, nhsNumber, result.url, { alertFailed: result.alertFailed, signal });
    }
  }

  private _outcome(): Outcome | 'loading' {
    // Nothing to show (cleared, no number or endpoint yet, out of the page) is idle at once,
    // not "loading" until the task has caught up.
    if (!this.isConnected || !this.nhsNumber?.trim() || !this._effective('endpoint')) return { state: 'idle' };
    switch (this._task.status) {
      case TaskStatus.COMPLETE:
        return this._task.value ?? { state: 'idle' };
      case TaskStatus.PENDING:
        // Waiting for the clinician is its own state; everything else pending is loading.
        return this._flow.question ?? 'loading';
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
    const title = this.shadowRoot!.getElementById('scr-title');
    if (this._focusWanted && (title || state === 'idle')) {
      const [from, options] = this._focusWanted;
      this._focusWanted = undefined;
      if (title && document.activeElement === from) title.focus(options);
    }
    if (outcome === 'loading' || outcome === this._announced) return;
    this._announced = outcome;
    if (outcome.state === 'loaded' || outcome.state === 'empty') {
      this._emit<ScrLoadDetail>('scr-load', { summary: outcome.model, nhsNumber: outcome.nhsNumber, headline: this._headlineOf(outcome) });
      if (outcome.state === 'loaded') {
        this._emit<ScrViewDetail>('scr-view', {
          nhsNumber: outcome.nhsNumber,
          time: new Date().toISOString(),
          source: { url: outcome.url, shape: outcome.model.shape, practice: outcome.model.header.practice },
        });
      }
    } else if (outcome.state === 'error') {
      const { kind, status, message, diagnostics } = outcome.failure;
      // The service's own words travel with the message for the host's IT staff, as on the card.
      const full = diagnostics ? `${message} ${this._t.errorDetails}: ${diagnostics}` : message;
      this._emit<ScrErrorDetail>('scr-error', { kind, status, message: full });
    }
  }

  /** Dispatches a bubbling, composed event; false when a listener cancelled a cancelable one. */
  private _emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  private _announcement(outcome: Outcome | 'loading'): string {
    const t = this._t;
    if (outcome === 'loading') return this._retrying ? t.retrying(this._retrying.attempt, this._retrying.of) : t.loadingAnnouncement;
    const alert = outcome.state !== 'idle' && outcome.state !== 'permission' && outcome.alertFailed ? ` ${t.alertNotSentTitle}.` : '';
    switch (outcome.state) {
      case 'permission':
        return t.permissionAnnouncement;
      case 'loaded':
        return t.loadedAnnouncement(allergyHeadline(outcome.model.allergyStatus, t)) + alert;
      case 'empty':
        return (outcome.noScr ? t.noScrAnnouncement : t.emptyAnnouncement) + alert;
      case 'error':
        {
        const shown = failurePresentation(outcome.failure);
        const said = [shown.plainMessage ? outcome.failure.message : '', t.errorAdvice[shown.key] ?? ''].filter(Boolean).join(' ');
        return t.errorAnnouncement(t.errorTitles[shown.key] ?? t.errorTitle, said) + alert;
      }
      default:
        return '';
    }
  }

  private _permissionForm(q: OpenQuestion, level: number) {
    const t = this._t;
    const flow = this._flow;
    const error = q.error === 'choice' ? t.permissionChoose : q.error === 'note' ? t.permissionReasonMissing : undefined;
    return renderPermission({
      nhsNumber: q.nhsNumber,
      level,
      t,
      intro: t.permissionIntro[q.label],
      answers: DECISIONS.map((value) => ({ value, label: t.permissionAnswers[value] })),
      choice: q.choice,
      reasonShown: !!q.choice && isOverride(q.choice),
      note: q.note,
      error: q.error && error ? { field: q.error, message: error } : undefined,
      onChoose: (value) => flow.choose(value),
      onNote: (text) => flow.setNote(text),
      onSubmit: () => flow.submit(),
    });
  }

  private _body(outcome: Outcome | 'loading') {
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const t = this._t;
    if (outcome === 'loading') return renderLoading(normaliseNhsNumber(this.nhsNumber) ?? '', this._retrying, t);
    if (outcome.state === 'idle') return renderIdle(!!this._effective('endpoint'), t);
    if (outcome.state === 'permission') return this._permissionForm(outcome, level);
    // An override whose alert failed: the warning stands above whatever follows, the record included.
    return html`${outcome.alertFailed ? renderAlertNotSent(t) : nothing}${this._result(outcome, level)}`;
  }

  private _result(outcome: Exclude<Outcome, OpenQuestion | { state: 'idle' }>, level: number) {
    const t = this._t;
    switch (outcome.state) {
      case 'empty':
        return renderEmpty(outcome.nhsNumber, level, t, outcome.noScr);
      case 'error':
        return renderError(outcome.failure, outcome.nhsNumber, level, () => this.reload(), t, failurePresentation(outcome.failure));
      case 'loaded':
        if (this._printing.on) return this._card(outcome, level, everyRow());
        return this._rowPasses.draw((rows) => this._card(outcome, level, rows));
    }
  }

  private _card(outcome: Extract<Outcome, { state: 'loaded' | 'empty' }>, level: number, rows: RowBudget) {
    return renderCard({
      rows,
      wholeHistory: this._printing.on ? 'all' : this._wholeHistory,
      onShowAll: (key, said) => void this._showAll(key, said),
      model: outcome.model,
      requestedNhsNumber: outcome.nhsNumber,
      retrievedAt: outcome.retrievedAt,
      level,
      t: this._t,
      collapsed: this._collapsed,
      onToggle: (key) => this._toggle(key),
      copyState: this._copyState,
      onCopy: (nhsNumber) => void this._copy(nhsNumber),
      onRefresh: () => this.reload(),
      onJump: (key) => this._jump(key),
    });
  }

  protected override render() {
    const outcome = this._outcome();
    const titled = outcome !== 'loading' && outcome.state !== 'idle';
    // The card is in the language of its wording unless the host states one on the element.
    const lang = this.getAttribute('lang') || this._t.lang;
    return html`<article class="card" part="card" lang=${lang} aria-labelledby=${titled ? 'scr-title' : nothing}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._said ?? this._announcement(outcome)}</div>
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
    'scr-permission': CustomEvent<ScrPermissionDetail>;
    'scr-alert': CustomEvent<ScrAlertDetail>;
  }
}

