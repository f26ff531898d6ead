/** The states around a record: nothing asked yet, loading, an empty answer and errors (H3, H11). */
import { html, nothing, type TemplateResult } from 'lit';
import type { FailurePresentation } from '../data/failure-kinds.js';
import type { Failure } from '../data/model.js';
import { formatNhsNumber } from '../data/nhs-number.js';
import { heading } from './common.js';
import { strings as defaultStrings, type Strings } from './strings.js';

export function renderIdle(hasEndpoint: boolean, t: Strings = defaultStrings): TemplateResult {
  return html`<p class="idle">${hasEndpoint ? t.idle : t.idleNoEndpoint}</p>`;
}

export function renderLoading(nhsNumber: string, retrying?: { attempt: number; of: number }, t: Strings = defaultStrings): TemplateResult {
  return html`<p class="loading" part="loading"><span class="spinner" aria-hidden="true"></span>${t.loading(formatNhsNumber(nhsNumber))}</p>
    ${retrying ? html`<p class="retrying">${t.retrying(retrying.attempt, retrying.of)}</p>` : nothing}`;
}

export function identityLine(nhsNumber: string | undefined, t: Strings): TemplateResult | typeof nothing {
  if (!nhsNumber) return nothing;
  return html`<dl class="summary-list identity"><div class="summary-row"><dt>${t.nhsNumber}</dt><dd><span class="nhs-number">${formatNhsNumber(nhsNumber)}</span></dd></div></dl>`;
}

/** `noScr`: the SCR API said the patient has no SCR at all, rather than an empty answer from an endpoint. */
export function renderEmpty(nhsNumber: string, level: number, t: Strings = defaultStrings, noScr = false): TemplateResult {
  return html`${heading(level, 0, t.title, 'scr-title')}
    ${identityLine(nhsNumber, t)}
    <div class="callout info" part="empty">
      <p class="callout-label">${noScr ? t.noScrTitle : t.emptyTitle}</p>
      <slot name="empty"><p>${noScr ? t.noScrBody : t.emptyBody}</p></slot>
      <p class="allergy-status status-unavailable"><span class="visually-hidden">${t.allergyStatus}: </span><strong>${t.allergyLabels.unavailable}</strong> <span class="allergy-caution">${t.allergyCaution}</span></p>
    </div>`;
}

/**
 * A failure in plain words (its own title and advice) for the clinician; what the system
 * reported (message, service diagnostics, kind, status) only in a closed "Technical details".
 */
export function renderError(failure: Failure, nhsNumber: string | undefined, level: number, onRetry: () => void, t: Strings = defaultStrings, shown?: FailurePresentation): TemplateResult {
  const p = shown ?? { key: failure.kind, technical: true, retry: false, plainMessage: false };
  return html`${heading(level, 0, t.title, 'scr-title')}
    ${identityLine(nhsNumber, t)}
    <div class="callout error ${p.technical ? 'technical' : 'stop'}" part="error">
      <p class="callout-label"><span class="error-glyph" aria-hidden="true">${p.technical ? '!' : '✕'}</span> <span class="visually-hidden">${t.errorTitle}: </span>${t.errorTitles[p.key] ?? t.errorTitle}</p>
      ${p.plainMessage ? html`<p class="error-body">${failure.message}</p>` : nothing}
      ${t.errorAdvice[p.key] ? html`<p class="error-advice">${t.errorAdvice[p.key]}</p>` : nothing}
      <slot name="error"></slot>
      ${p.retry ? html`<button type="button" class="retry" part="retry" @click=${onRetry}>${t.retry}</button>` : nothing}
      <details class="technical-details" part="technical-details">
        <summary>${t.technicalDetails}</summary>
        <p class="error-message">${failure.message}</p>
        ${failure.diagnostics
          ? html`<p class="diagnostics"><span class="label">${t.errorDetails}:</span> <span>${failure.diagnostics}</span></p>`
          : nothing}
        <p class="error-kind"><span class="label">${t.errorKind}:</span> <code>${failure.kind}${failure.status ? ` (HTTP ${failure.status})` : ''}</code></p>
      </details>
    </div>`;
}
