/**
 * The permission-to-view question (`state="permission"`), and the warning shown over a
 * record whose access alert could not be sent. The answers, which need a reason and what
 * is wrong with a submission are decided by the element; this only presents them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from './common.js';
import { identityLine } from './states.js';
import type { Strings } from './strings.js';

export interface PermissionAnswerView {
  value: string;
  label: string;
}

export interface PermissionFormView {
  nhsNumber: string;
  level: number;
  t: Strings;
  intro: string;
  answers: readonly PermissionAnswerView[];
  /** The answer chosen so far. */
  choice?: string;
  /** Shown, and required, once an answer that views without permission is chosen. */
  reasonShown: boolean;
  note: string;
  /** What stopped the last submission, in words. */
  error?: { field: 'choice' | 'note'; message: string };
  onChoose: (value: string) => void;
  onNote: (text: string) => void;
  onSubmit: () => void;
}

export const PERMISSION_FORM_ID = 'scr-permission';
export const NOTE_ID = 'scr-permission-note';
export const answerId = (value: string) => `scr-permission-${value}`;

export function renderPermission(v: PermissionFormView): TemplateResult {
  const { t, error } = v;
  const choiceError = error?.field === 'choice';
  const noteError = error?.field === 'note';
  const submit = (e: Event) => {
    e.preventDefault();
    v.onSubmit();
  };
  return html`${heading(v.level, 0, t.title, 'scr-title')}
    ${identityLine(v.nhsNumber, t)}
    <form class="permission" part="permission" id=${PERMISSION_FORM_ID} novalidate @submit=${submit}>
      <fieldset aria-describedby=${choiceError ? 'scr-permission-intro scr-permission-choice-error' : 'scr-permission-intro'}>
        <legend>${t.permissionQuestion}</legend>
        <p class="hint" id="scr-permission-intro">${v.intro}</p>
        ${choiceError ? html`<p class="field-error" id="scr-permission-choice-error">${error.message}</p>` : nothing}
        ${v.answers.map(
          (a) => html`<div class="radio">
            <input type="radio" name="scr-permission-answer" id=${answerId(a.value)} .value=${a.value} .checked=${v.choice === a.value}
              @change=${() => v.onChoose(a.value)} />
            <label for=${answerId(a.value)}>${a.label}</label>
          </div>`,
        )}
      </fieldset>
      ${v.reasonShown
        ? html`<div class="reason">
            <label for=${NOTE_ID}>${t.permissionReason}</label>
            <p class="hint" id="scr-permission-note-hint">${t.permissionReasonHint}</p>
            ${noteError ? html`<p class="field-error" id="scr-permission-note-error">${error.message}</p>` : nothing}
            <textarea id=${NOTE_ID} rows="3" required aria-invalid=${noteError ? 'true' : 'false'}
              aria-describedby=${noteError ? 'scr-permission-note-hint scr-permission-note-error' : 'scr-permission-note-hint'}
              .value=${v.note} @input=${(e: Event) => v.onNote((e.target as HTMLTextAreaElement).value)}></textarea>
          </div>`
        : nothing}
      <button type="submit" class="submit">${t.permissionSubmit}</button>
    </form>`;
}

/** Above a record opened by an override whose alert failed: the clinician must report the access themselves. */
export function renderAlertNotSent(t: Strings): TemplateResult {
  return html`<div class="callout error alert-not-sent" part="alert-warning">
    <p class="callout-label">${t.alertNotSentTitle}</p>
    <p>${t.alertNotSent}</p>
  </div>`;
}
