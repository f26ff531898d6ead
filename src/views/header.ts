/** The record header: who this record is for, where it came from and when (H1, H12). */
import { html, nothing, type TemplateResult } from 'lit';
import type { RecordWarning, SummaryModel } from '../data/model.js';
import { formatNhsNumber } from '../data/nhs-number.js';
import { date, heading } from './common.js';
import { strings } from './strings.js';

export interface HeaderContext {
  model: SummaryModel;
  requestedNhsNumber: string;
  retrievedAt: string;
  headingLevel: number;
}

function row(label: string, value: unknown): TemplateResult | typeof nothing {
  if (value === undefined || value === '') return nothing;
  return html`<div class="summary-row"><dt>${label}</dt><dd>${value}</dd></div>`;
}

export function renderHeader({ model, requestedNhsNumber, retrievedAt, headingLevel }: HeaderContext): TemplateResult {
  const nhs = formatNhsNumber(model.patient.nhsNumber ?? requestedNhsNumber);
  return html`<header class="record-header" part="header">
    ${heading(headingLevel, 0, strings.title, 'scr-title')}
    <dl class="summary-list identity">
      ${row(strings.nhsNumber, html`<span class="nhs-number">${nhs}</span>`)}
      ${row(strings.name, model.patient.name)}
      ${row(strings.birthDate, model.patient.birthDate ? date(model.patient.birthDate) : undefined)}
    </dl>
    <dl class="summary-list provenance">
      ${row(strings.practice, model.header.practice)}
      ${row(strings.created, model.header.created)}
      ${row(strings.author, model.header.author)}
      ${row(strings.retrieved, retrievedAt)}
    </dl>
    ${model.header.disclaimer ? html`<p class="disclaimer">${model.header.disclaimer}</p>` : nothing}
  </header>`;
}

export function renderWarnings(warnings: RecordWarning[]): TemplateResult | typeof nothing {
  if (warnings.length === 0) return nothing;
  return html`<div class="warnings">
    ${warnings.map(
      (w) => html`<div class="callout warning ${w.kind}" part="warning">
        <p class="callout-label">${strings.warningPrefix}</p>
        <p>${w.text}</p>
      </div>`,
    )}
  </div>`;
}
