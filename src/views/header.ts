/**
 * The record header: who this record is for, where it came from and when (H1, H12), led by
 * the summary strip a busy reader takes in at a glance (NHS No., name, date of birth,
 * allergy status, current medicines, warnings, created and retrieved), and the warnings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RecordWarning, SummaryModel } from '../data/model.js';
import { formatNhsNumber } from '../data/nhs-number.js';
import { allergyHeadline, allergyStatusClass, allergyStatusNote } from './allergies.js';
import { collapsible, date, heading, recordText, type SectionKey, type ViewContext } from './common.js';
import { renderNarrative } from './narrative.js';
import type { Strings } from './strings.js';

export type CopyState = 'copied' | 'failed' | undefined;

export interface HeaderContext extends ViewContext {
  model: SummaryModel;
  requestedNhsNumber: string;
  retrievedAt: string;
  /** The outcome of the last press of the copy button, shown beside it for a few seconds. */
  copyState?: CopyState;
  onCopy: (nhsNumber: string) => void;
  onRefresh: () => void;
  /** Takes the reader to a part of the card (opening it if closed). */
  onJump?: (key: SectionKey) => void;
}

function row(label: string, value: unknown): TemplateResult | typeof nothing {
  if (value === undefined || value === '') return nothing;
  return html`<div class="summary-row"><dt>${label}</dt><dd>${value}</dd></div>`;
}

/** `more`: further descriptions of the item (a caution, names), each its own `dd` after the value. */
function stripItem(label: string, value: unknown, className = '', ...more: unknown[]): TemplateResult {
  return html`<div class="strip-item ${className}"><dt>${label}</dt><dd>${value}</dd>${more.filter((m) => m !== nothing).map((m) => html`<dd class="strip-more">${m}</dd>`)}</div>`;
}

function copyStatus(state: CopyState, t: Strings): TemplateResult {
  // Always in the tree, so assistive technology announces the change when the text appears.
  return html`<span class="copy-status" role="status">${state === 'copied' ? t.copied : state === 'failed' ? t.copyFailed : ''}</span>`;
}

function warningsValue(model: SummaryModel, t: Strings): string {
  const { record, inSections } = model.counts.warnings;
  const count = t.warningsTotal(record + inSections, inSections);
  // The model lists warnings most serious first; the highlighted statements in sections come after them.
  const first = model.warnings[0]?.kind ?? (inSections > 0 ? 'highlighted' : undefined);
  return first ? t.warningsMostSerious(count, t.warningTitles[first] ?? t.warningPrefix) : count;
}

function medicinesValue(model: SummaryModel, t: Strings): string {
  const { current, acuteIssues } = model.counts.medicines;
  const value =
    current.state === 'counted' ? String(current.count)
    : current.state === 'none' ? t.currentMedicinesNone
    : current.state === 'unclear' ? t.currentMedicinesUnclear
    : t.notRecorded;
  return acuteIssues > 0 && current.state !== 'unclear' ? `${value}; ${t.acuteIssuesNote(acuteIssues)}` : value;
}

function jump(ctx: HeaderContext, key: SectionKey, label: string): TemplateResult {
  return html`<button type="button" class="link-button" @click=${() => ctx.onJump?.(key)}>${label}</button>`;
}

/** The current allergies by name, the most critical first, then "and N more" taking the reader to the section. */
function allergyNames(ctx: HeaderContext): TemplateResult | typeof nothing {
  const named = ctx.model.strip.allergies;
  if (!named || named.names.length === 0) return nothing;
  return html`<span class="strip-allergy-names">${recordText(named.names.join(', '))}</span>${
    named.more > 0 ? html` ${jump(ctx, 'allergies', ctx.t.allergiesMore(named.more))}` : nothing
  }`;
}

function strip(ctx: HeaderContext): TemplateResult {
  const { model, t } = ctx;
  const digits = model.patient.nhsNumber ?? ctx.requestedNhsNumber;
  const headline = allergyHeadline(model.allergyStatus, t);
  const prohibited = model.medicines.prohibited;
  return html`<div class="strip" part="summary">
    <dl class="strip-list">
      ${stripItem(
        t.nhsNumber,
        html`<span class="nhs-number">${formatNhsNumber(digits)}</span>
          <button type="button" class="copy secondary" @click=${() => ctx.onCopy(digits)}>${t.copy}<span class="visually-hidden"> ${t.nhsNumber}</span></button>
          ${copyStatus(ctx.copyState, t)}`,
        'nhs',
      )}
      ${model.patient.name ? stripItem(t.name, html`<strong>${model.patient.name}</strong>`, 'name') : nothing}
      ${model.patient.birthDate ? stripItem(t.birthDate, date(model.patient.birthDate, t)) : nothing}
      ${stripItem(
        t.allergyStatus,
        html`<strong class="strip-allergy ${allergyStatusClass(model.allergyStatus)}">${headline}</strong>`,
        'allergy',
        allergyNames(ctx),
        allergyStatusNote(model.allergyStatus, headline, t),
      )}
      ${model.strip.urgent.length
        ? stripItem(t.seeFirst, html`${model.strip.urgent.map((f, i) => html`${i ? ' ' : ''}${jump(ctx, 'additional', t.urgentFacts[f])}`)}`, 'urgent')
        : nothing}
      ${stripItem(t.currentMedicines, medicinesValue(model, t))}
      ${prohibited.length ? stripItem(t.doNotGive, html`<strong>${recordText(prohibited.map((m) => m.name).join('; '))}</strong>`, 'prohibited') : nothing}
      ${stripItem(t.warningsLabel, warningsValue(model, t))}
      ${stripItem(t.created, model.header.created ?? t.notRecorded)}
      ${stripItem(t.retrieved, ctx.retrievedAt)}
    </dl>
    <div class="strip-actions">
      <button type="button" class="refresh secondary" @click=${ctx.onRefresh}>${t.refresh}<span class="visually-hidden"> ${t.refreshHidden}</span></button>
    </div>
  </div>`;
}

/**
 * Who a printout is about, at the top of every printed page (print styles make it the card's
 * table header group, which the browser repeats on each page); never shown on screen.
 */
export function renderPrintIdentity({ model: { patient }, requestedNhsNumber, t }: HeaderContext): TemplateResult {
  return html`<div class="print-id"><p><strong>${patient.name ?? ''}</strong> ${t.nhsNumber} ${formatNhsNumber(patient.nhsNumber ?? requestedNhsNumber)}${
    patient.birthDate ? ` · ${t.birthDate} ${patient.birthDate.text}` : ''
  }</p></div>`;
}

export function renderHeader(ctx: HeaderContext): TemplateResult {
  const { model, t } = ctx;
  const hasDetails = model.header.practice || model.header.author;
  return html`<header class="record-header" part="header">
    ${heading(ctx.level, 0, t.title, 'scr-title')}
    ${strip(ctx)}
    ${hasDetails
      ? html`<dl class="summary-list provenance">
          ${row(t.practice, model.header.practice)}
          ${row(t.author, model.header.author)}
        </dl>`
      : nothing}
    ${model.header.disclaimer ? html`<p class="disclaimer">${model.header.disclaimer}</p>` : nothing}
    ${model.header.notes ? html`<div class="narrative header-notes">${renderNarrative(model.header.notes, { t })}</div>` : nothing}
  </header>`;
}

export function renderWarnings(warnings: RecordWarning[], ctx: ViewContext): TemplateResult | typeof nothing {
  if (warnings.length === 0) return nothing;
  const { t } = ctx;
  const body = html`<div class="warnings">
    ${warnings.map(
      (w) => html`<div class="callout warning ${w.kind}" part="warning">
        <p class="callout-label">${t.warningTitles[w.kind] ?? t.warningPrefix}</p>
        <p>${recordText(w.text)}</p>
      </div>`,
    )}
  </div>`;
  return collapsible(ctx, 'warnings', t.warningsHeading, t.warningsCount(warnings.length), body, 'warnings');
}
