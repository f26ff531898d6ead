/**
 * `<scr-summary>`: wires the endpoint, the request, the normaliser and the views together.
 * It owns no clinical logic; its job is the patient-switching lifecycle (H2), the state
 * attribute, the live region and the events.
 *
 * @summary Shows a patient's NHS Summary Care Record from a configured FHIR endpoint.
 * @fires scr-load - A record was displayed; `detail.summary` is the normalised model.
 * @fires scr-error - The record could not be shown; `detail.kind`, `detail.status`, `detail.message`.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Failure, SummaryModel } from '../data/model.js';
import { formatDateTime } from '../data/dates.js';
import { isValidNhsNumber, normaliseNhsNumber } from '../data/nhs-number.js';
import { normalise } from '../data/normalise.js';
import { buildRequestUrl, fetchRecord } from '../data/request.js';
import { allergyHeadline } from '../views/allergies.js';
import { renderCard } from '../views/card.js';
import { renderEmpty, renderError, renderIdle, renderLoading } from '../views/states.js';
import { strings } from '../views/strings.js';
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

type Outcome =
  | { state: 'idle' }
  | { state: 'loaded' | 'empty'; model: SummaryModel; nhsNumber: string; retrievedAt: string }
  | { state: 'error'; failure: Failure; nhsNumber?: string };

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

  /** Bumped by `reload()` so the task runs again with the same arguments. */
  private _generation = 0;
  private _announced?: Outcome;

  private _task = new Task(this, {
    task: ([endpoint, nhsNumber, timeout], { signal }) => this._load(endpoint, nhsNumber, timeout, signal),
    args: () => [this.endpoint, this.nhsNumber, this.timeout, this._generation] as const,
  });

  /** One of `idle`, `loading`, `loaded`, `empty`, `error`; reflected as the `state` attribute for CSS. */
  get state(): ScrState {
    const outcome = this._outcome();
    return outcome === 'loading' ? 'loading' : outcome.state;
  }

  /** Fetches the current patient's record again. */
  reload(): void {
    this._generation += 1;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // An element taken out of the page must not keep a request running; it fetches afresh if put back.
    this._task.abort();
    this._generation += 1;
  }

  private async _load(
    endpoint: string | undefined,
    input: string | undefined,
    timeoutMs: number | undefined,
    signal: AbortSignal,
  ): Promise<Outcome> {
    if (!endpoint || !input || input.trim() === '') return { state: 'idle' };
    const nhsNumber = normaliseNhsNumber(input);
    if (!nhsNumber || !isValidNhsNumber(nhsNumber)) {
      return { state: 'error', failure: { kind: 'invalid-nhs-number', message: strings.invalidNhsNumber(input.trim()) } };
    }
    let url: string;
    try {
      url = buildRequestUrl(endpoint, nhsNumber, document.baseURI);
    } catch {
      return { state: 'error', nhsNumber, failure: { kind: 'network', message: 'The configured endpoint is not a valid URL.' } };
    }
    const fetched = await fetchRecord(url, { signal, timeoutMs });
    if (!fetched.ok) return { state: 'error', failure: fetched.failure, nhsNumber };
    let result;
    try {
      result = normalise(fetched.body, { requestedNhsNumber: nhsNumber });
    } catch {
      // The normaliser is written not to throw; if it ever does, the clinician sees an error, never a blank card.
      return { state: 'error', nhsNumber, failure: { kind: 'parse', message: strings.unexpected } };
    }
    if (!result.ok) return { state: 'error', failure: result.failure, nhsNumber };
    return {
      state: result.model.empty ? 'empty' : 'loaded',
      model: result.model,
      nhsNumber,
      retrievedAt: formatDateTime(new Date()),
    };
  }

  private _outcome(): Outcome | 'loading' {
    switch (this._task.status) {
      case TaskStatus.COMPLETE:
        return this._task.value ?? { state: 'idle' };
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.ERROR:
        // Only an abort reaches here (the task catches everything else); the next run replaces it.
        return { state: 'idle' };
      default:
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
    } else if (outcome.state === 'error') {
      const { kind, status, message } = outcome.failure;
      this._emit<ScrErrorDetail>('scr-error', { kind, status, message });
    }
  }

  private _emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private _announcement(outcome: Outcome | 'loading'): string {
    if (outcome === 'loading') return strings.loadingAnnouncement;
    switch (outcome.state) {
      case 'loaded':
        return strings.loadedAnnouncement(allergyHeadline(outcome.model.allergyStatus));
      case 'empty':
        return strings.emptyAnnouncement;
      case 'error':
        return strings.errorAnnouncement(outcome.failure.message);
      default:
        return '';
    }
  }

  private _body(outcome: Outcome | 'loading') {
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    if (outcome === 'loading') return renderLoading(normaliseNhsNumber(this.nhsNumber) ?? '');
    switch (outcome.state) {
      case 'idle':
        return renderIdle(!!this.endpoint);
      case 'empty':
        return renderEmpty(outcome.nhsNumber, level);
      case 'error':
        return renderError(outcome.failure, outcome.nhsNumber, level, () => this.reload());
      case 'loaded':
        return renderCard({ model: outcome.model, requestedNhsNumber: outcome.nhsNumber, retrievedAt: outcome.retrievedAt, headingLevel: level });
    }
  }

  protected override render() {
    const outcome = this._outcome();
    return html`<article class="card" part="card" aria-labelledby=${outcome === 'loading' || outcome.state === 'idle' ? nothing : 'scr-title'}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement(outcome)}</div>
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
  }
}
