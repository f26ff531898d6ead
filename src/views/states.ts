/** The states around a record: nothing asked yet, loading, an empty answer and errors (H3, H11). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Failure } from '../data/model.js';
import { formatNhsNumber } from '../data/nhs-number.js';
import { heading } from './common.js';
import { strings } from './strings.js';

export function renderIdle(hasEndpoint: boolean): TemplateResult {
  return html`<p class="idle">${hasEndpoint ? strings.idle : strings.idleNoEndpoint}</p>`;
}

export function renderLoading(nhsNumber: string): TemplateResult {
  return html`<p class="loading" part="loading"><span class="spinner" aria-hidden="true"></span>${strings.loading(formatNhsNumber(nhsNumber))}</p>`;
}

function identityLine(nhsNumber: string | undefined): TemplateResult | typeof nothing {
  if (!nhsNumber) return nothing;
  return html`<dl class="summary-list identity"><div class="summary-row"><dt>${strings.nhsNumber}</dt><dd><span class="nhs-number">${formatNhsNumber(nhsNumber)}</span></dd></div></dl>`;
}

export function renderEmpty(nhsNumber: string, level: number): TemplateResult {
  return html`${heading(level, 0, strings.title, 'scr-title')}
    ${identityLine(nhsNumber)}
    <div class="callout info" part="empty">
      <p class="callout-label">${strings.emptyTitle}</p>
      <p>${strings.emptyBody}</p>
      <p class="allergy-status"><span class="visually-hidden">${strings.allergyStatus}: </span><strong>${strings.allergyLabels.unavailable}</strong></p>
    </div>`;
}

export function renderError(failure: Failure, nhsNumber: string | undefined, level: number, onRetry: () => void): TemplateResult {
  return html`${heading(level, 0, strings.title, 'scr-title')}
    ${identityLine(nhsNumber)}
    <div class="callout error" part="error">
      <p class="callout-label">${strings.errorTitle}</p>
      <p class="error-message">${failure.message}</p>
      ${failure.diagnostics
        ? html`<p class="diagnostics"><span class="label">${strings.errorDetails}:</span> <span>${failure.diagnostics}</span></p>`
        : nothing}
      <p class="error-kind"><span class="label">${strings.errorKind}:</span> <code>${failure.kind}${failure.status ? ` (HTTP ${failure.status})` : ''}</code></p>
      ${failure.kind === 'invalid-nhs-number' ? nothing : html`<button type="button" class="retry" part="retry" @click=${onRetry}>${strings.retry}</button>`}
    </div>`;
}
