/**
 * The NHS SCR API's read, in order (../shared/docs/scr-api.md): the pointer (step 1), the
 * clinician's permission to view, the access alert, the record (step 2), and step 1 once
 * more if the record changed in between. Also the permission question asked before a
 * `bundle` request (`permission="ask"`). This is the one place that waits for the
 * clinician; the requests and the reading of their answers are in src/data/scr-api.ts.
 *
 * Every wait ends when the view's signal aborts (another patient, `clear()`, removal from
 * the page): an open question closes at once and nothing after it is requested.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Failure } from '../data/model.js';
import { fetchRecord, type FetchResult, type RetryInfo } from '../data/request.js';
import { untilAborted } from '../data/retry.js';
import {
  alertFor,
  alertUrl,
  apiBase,
  buildAuditEvent,
  isDecision,
  isOverride,
  isStaleRecordAnswer,
  pointerUrl,
  readPointer,
  recordUrl,
  uuidV4,
  type AccessAlert,
  type AlertContext,
  type Decision,
  type FlowSettings,
  type PointerLabel,
  type Relationship,
} from '../data/scr-api.js';
import { isResource } from '../data/fhir.js';
import { outcomeFailure } from '../data/outcome.js';
import { answerId, NOTE_ID } from '../views/permission.js';
import type { Strings } from '../views/strings.js';
import type { ScrConfig } from './config-context.js';

/** What the host's `scr-permission` listener receives. */
export interface ScrPermissionDetail {
  nhsNumber: string;
  decision: Decision;
  note?: string;
  /** The pointer's permission-to-view label (`none` when it states none, and in `bundle` mode). */
  label: Exclude<PointerLabel, 'no'>;
  relationship: Relationship;
  /** The access alert this decision raises (the API's alert table), when it raises one. */
  alert?: AccessAlert;
}

/** What the host's `scr-alert` listener receives once the widget's alert POST is answered. */
export type ScrAlertDetail = { sent: true } | { sent: false; status?: number; message: string };

/** The answer `permit()` takes. */
export interface PermitInput {
  decision: Decision;
  note?: string;
}

/** The open question: the element's `permission` state, with the form's values so far. */
export interface OpenQuestion {
  state: 'permission';
  nhsNumber: string;
  label: Exclude<PointerLabel, 'no'>;
  relationship: Relationship;
  choice?: Decision;
  note: string;
  error?: 'choice' | 'note';
  signal: AbortSignal;
  answer: (answer: Answer) => void;
}

type Answer = { decision: Decision; note?: string; alert?: AccessAlert } | 'declined' | 'stopped';

type Step1 = { failure: Failure } | { none: { body: unknown; url: string } } | { pointer: { recordId: string; label: Exclude<PointerLabel, 'no'> } };
type Step2 = { failure: Failure } | { stale: true } | { body: unknown; url: string };

export type FlowResult =
  /** The record's Bundle (step 2), for the normaliser. */
  | { kind: 'record'; body: unknown; url: string; alertFailed?: boolean }
  /** Step 1's `total: 0`: the patient has no SCR. */
  | { kind: 'no-scr'; body: unknown; url: string }
  | { kind: 'failed'; failure: Failure; alertFailed?: boolean };

export interface ScrApiRequest {
  endpoint: string;
  nhsNumber: string;
  config: ScrConfig;
  settings: FlowSettings;
  signal: AbortSignal;
}

export interface FlowDelegate {
  /** The wording table in force. */
  t(): Strings;
  /** Dispatches an event from the element; false when a listener cancelled it. */
  emit<T>(type: string, detail: T, cancelable?: boolean): boolean;
  /** A request is about to be retried (undefined: no retry pending). */
  retrying(info: RetryInfo | undefined): void;
}

/** Host headers whose names the API's own headers replace, compared case-insensitively. */
const OWN_HEADERS = ['x-correlation-id', 'x-request-id', 'nhsd-session-urid', 'content-type'];

function withoutOwnHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) if (!OWN_HEADERS.includes(name.toLowerCase())) out[name] = value;
  return out;
}

export class ScrApiFlow implements ReactiveController {
  private _open?: OpenQuestion;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly delegate: FlowDelegate,
  ) {
    host.addController(this);
  }

  /** Out of the page, no question stays open (the view's abort closes it too; this does not depend on that). */
  hostDisconnected(): void {
    this._open = undefined;
  }

  /** The question waiting for an answer, unless its view has been abandoned. */
  get question(): OpenQuestion | undefined {
    return this._open && !this._open.signal.aborted ? this._open : undefined;
  }

  /**
   * Answers the open question from the host's own UI. False, and nothing changes, when no
   * question is open, the decision is unknown, or an override has no note.
   */
  permit(input: unknown): boolean {
    const q = this.question;
    if (!q || typeof input !== 'object' || input === null) return false;
    const { decision, note } = input as Partial<PermitInput>;
    if (!isDecision(decision)) return false;
    const text = typeof note === 'string' ? note.trim() : '';
    if (isOverride(decision) && !text) return false;
    this._decide(q, decision, text || undefined);
    return true;
  }

  /** The form: an answer chosen. */
  choose(value: string): void {
    const q = this.question;
    if (!q || !isDecision(value)) return;
    q.choice = value;
    if (q.error === 'choice' || !isOverride(value)) q.error = undefined;
    this.host.requestUpdate();
  }

  /** The form: the reason typed so far. */
  setNote(text: string): void {
    const q = this.question;
    if (!q) return;
    q.note = text;
    if (q.error === 'note' && text.trim()) q.error = undefined;
    this.host.requestUpdate();
  }

  /** The form's submit button: the decision, or the first thing missing, with focus moved to it. */
  submit(): void {
    const q = this.question;
    if (!q) return;
    const missing = !q.choice ? 'choice' : isOverride(q.choice) && !q.note.trim() ? 'note' : undefined;
    if (missing || !q.choice) {
      q.error = missing;
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => {
        const id = missing === 'note' ? NOTE_ID : answerId('given');
        (this.host.shadowRoot?.getElementById(id) as HTMLElement | null)?.focus();
      });
      return;
    }
    this._decide(q, q.choice, q.note.trim() || undefined);
  }

  /**
   * `bundle` mode with `permission="ask"`: the question before the single request. Resolves
   * to a `permission-declined` failure, or undefined to go on.
   */
  async askFirst(nhsNumber: string, relationship: Relationship, signal: AbortSignal): Promise<Failure | undefined> {
    const answer = await this._ask(nhsNumber, 'none', relationship, signal);
    return typeof answer === 'string' ? this._declined(answer) : undefined;
  }

  /** The whole read from the SCR API, from step 1 to the record's body. Throws only when `signal` aborts. */
  async readScrApi(request: ScrApiRequest): Promise<FlowResult> {
    const { nhsNumber, settings, signal, config } = request;
    const t = this.delegate.t();
    let base: string;
    try {
      base = apiBase(request.endpoint, document.baseURI);
    } catch {
      return { kind: 'failed', failure: { kind: 'network', message: t.badEndpoint } };
    }
    // One correlation id for everything this view sends; a fresh request id per request, kept by its retries.
    const correlationId = uuidV4();
    const send = (url: string, extra: { post?: { body: string; sessionUrid: string } } = {}): Promise<FetchResult> =>
      fetchRecord(url, {
        signal,
        timeoutMs: config.timeout,
        fetch: config.fetch,
        credentials: config.withCredentials ? 'include' : 'same-origin',
        retries: config.retries,
        headers: {
          ...withoutOwnHeaders(config.headers),
          ...(extra.post ? { 'Content-Type': 'application/fhir+json', 'NHSD-Session-URID': extra.post.sessionUrid } : {}),
          'X-Correlation-ID': correlationId,
          'X-Request-ID': uuidV4(),
        },
        ...(extra.post ? { method: 'POST' as const, body: extra.post.body, emptyOk: true } : {}),
        onRetry: (info) => {
          if (!signal.aborted) this.delegate.retrying(info);
        },
      }).finally(() => this.delegate.retrying(undefined));

    const step1 = async (): Promise<Step1> => {
      const url = pointerUrl(base, nhsNumber);
      const fetched = await send(url);
      if (!fetched.ok) return { failure: this._apiFailure(fetched.failure) };
      const answer = readPointer(fetched.body, nhsNumber);
      switch (answer.kind) {
        case 'none':
          return { none: { body: fetched.body, url } };
        case 'failed':
          return { failure: this._apiFailure(answer.failure) };
        case 'unreadable':
          return { failure: { kind: 'parse', message: t.pointerUnreadable } };
        default:
          if (answer.label === 'no') return { failure: { kind: 'refused', cause: 'opted-out', message: t.optedOut } };
          return { pointer: { recordId: answer.recordId, label: answer.label } };
      }
    };
    const step2 = async (recordId: string): Promise<Step2> => {
      const url = recordUrl(base, recordId, nhsNumber);
      const fetched = await send(url);
      if (!fetched.ok) return { failure: this._apiFailure(fetched.failure) };
      if (isStaleRecordAnswer(fetched.body)) return { stale: true };
      if (isResource(fetched.body) && fetched.body.resourceType === 'OperationOutcome') {
        return { failure: this._apiFailure(outcomeFailure(fetched.body)) };
      }
      return { body: fetched.body, url };
    };

    let alertFailed = false;
    const decideAndAlert = async (label: Exclude<PointerLabel, 'no'>, recordId: string): Promise<Failure | undefined> => {
      const answer = await this._ask(nhsNumber, label, settings.relationship, signal);
      if (typeof answer === 'string') return this._declined(answer);
      if (answer.alert && settings.alerts === 'post' && settings.alertContext) {
        const sent = await this._postAlert(send, base, { nhsNumber, recordId, ...answer, alert: answer.alert, context: settings.alertContext });
        if (!sent) alertFailed = true;
      }
      return undefined;
    };
    const failed = (failure: Failure): FlowResult => ({ kind: 'failed', failure, ...(alertFailed ? { alertFailed } : {}) });
    const changed = (): FlowResult => failed({ kind: 'record-changed', message: t.recordChanged });

    const first = await step1();
    if ('failure' in first) return failed(first.failure);
    if ('none' in first) return { kind: 'no-scr', ...first.none };
    const declined = await decideAndAlert(first.pointer.label, first.pointer.recordId);
    if (declined) return failed(declined);

    let record = await step2(first.pointer.recordId);
    if ('stale' in record) {
      // The SCR changed since step 1: ask for the pointer once more, never read the empty answer as "no record".
      const again = await step1();
      if ('failure' in again) return failed(again.failure);
      if ('none' in again || again.pointer.recordId === first.pointer.recordId) return changed();
      if (again.pointer.label !== first.pointer.label) {
        const declinedAgain = await decideAndAlert(again.pointer.label, again.pointer.recordId);
        if (declinedAgain) return failed(declinedAgain);
      }
      record = await step2(again.pointer.recordId);
      if ('stale' in record) return changed();
    }
    if ('failure' in record) return failed(record.failure);
    return { kind: 'record', body: record.body, url: record.url, ...(alertFailed ? { alertFailed } : {}) };
  }

  /** A refusal from the API says access was refused, never that the patient refused (a 403 has other causes). */
  private _apiFailure(failure: Failure): Failure {
    return failure.kind === 'refused' ? { ...failure, message: this.delegate.t().accessRefused } : failure;
  }

  private _declined(answer: 'declined' | 'stopped'): Failure {
    const t = this.delegate.t();
    return answer === 'declined'
      ? { kind: 'permission-declined', message: t.permissionDeclined }
      : { kind: 'permission-declined', cause: 'permission-stopped', message: t.permissionStopped };
  }

  /** Opens the question and waits for its answer; rejects with the signal's reason when the view is abandoned. */
  private _ask(nhsNumber: string, label: OpenQuestion['label'], relationship: Relationship, signal: AbortSignal): Promise<Answer> {
    return untilAborted<Answer>(signal, (answer) => {
      const question: OpenQuestion = { state: 'permission', nhsNumber, label, relationship, note: '', signal, answer };
      this._open = question;
      this.host.requestUpdate();
      return () => {
        if (this._open === question) this._open = undefined;
      };
    });
  }

  /** `scr-permission` first (cancelable), then the answer; the question is closed before the event so it cannot be answered twice. */
  private _decide(q: OpenQuestion, decision: Decision, note: string | undefined): void {
    this._open = undefined;
    this.host.requestUpdate();
    const alert = decision === 'declined' ? undefined : alertFor(q.relationship, decision);
    const detail: ScrPermissionDetail = {
      nhsNumber: q.nhsNumber,
      decision,
      ...(note ? { note } : {}),
      label: q.label,
      relationship: q.relationship,
      ...(alert ? { alert } : {}),
    };
    const proceed = this.delegate.emit<ScrPermissionDetail>('scr-permission', detail, true);
    // A listener may have switched patient or cleared the widget: that view is over.
    if (q.signal.aborted) return;
    q.answer(!proceed ? 'stopped' : decision === 'declined' ? 'declined' : { decision, note, alert });
  }

  /** POSTs the alert and tells the host how it went; true only for the API's `201`. */
  private async _postAlert(
    send: (url: string, extra: { post: { body: string; sessionUrid: string } }) => Promise<FetchResult>,
    base: string,
    input: { nhsNumber: string; recordId: string; note?: string; alert: AccessAlert; context: AlertContext },
  ): Promise<boolean> {
    const event = buildAuditEvent({ id: uuidV4(), recorded: new Date(), ...input });
    const fetched = await send(alertUrl(base), { post: { body: JSON.stringify(event), sessionUrid: input.context.sessionUrid } });
    const t = this.delegate.t();
    let detail: ScrAlertDetail;
    if (fetched.ok && fetched.status === 201) detail = { sent: true };
    else if (fetched.ok) detail = { sent: false, status: fetched.status, message: `${t.alertNotSentTitle} (HTTP ${fetched.status}, not 201).` };
    else {
      const { failure } = fetched;
      const why = failure.kind === 'refused' && failure.status ? `HTTP ${failure.status}` : failure.message;
      const details = failure.diagnostics ? ` ${t.errorDetails}: ${failure.diagnostics}` : '';
      detail = { sent: false, ...(failure.status ? { status: failure.status } : {}), message: `${t.alertNotSentTitle}: ${why}${details}` };
    }
    this.delegate.emit<ScrAlertDetail>('scr-alert', detail);
    return detail.sent;
  }
}
