/**
 * The permission-to-view form and the unsent-alert warning, in the NHS.UK form vocabulary:
 * large radios with their labels, a hint under each label, errors in words beside the field
 * they concern (with a bar, not colour alone), and the card's focus ring.
 */
import { css } from 'lit';

export const permissionStyles = css`
  .permission { margin: 0 0 var(--_space); }
  .permission fieldset { border: 0; margin: 0 0 var(--_space); padding: 0; min-width: 0; }
  .permission legend { font-weight: bold; font-size: 1.15em; padding: 0; margin-bottom: 0.25rem; }
  .permission .hint { color: var(--_muted); }
  .permission .radio { display: grid; grid-template-columns: 1.75em minmax(0, 1fr); align-items: start; gap: 0.5rem; padding: 0.3rem 0; }
  .permission input[type='radio'] { width: 1.5em; height: 1.5em; margin: 0; accent-color: var(--_accent); }
  .permission label { cursor: pointer; }
  .permission .reason { border-left: 4px solid var(--_border); padding-left: 0.75rem; margin: 0 0 var(--_space); }
  .permission .reason label { display: block; font-weight: bold; }
  .permission textarea {
    display: block; width: 100%; max-width: 36em; font: inherit; color: var(--_text); background: var(--_bg);
    border: 2px solid var(--_muted); border-radius: 0; padding: 0.35rem;
  }
  .permission textarea[aria-invalid='true'] { border-color: var(--_error); border-width: 3px; }
  .field-error { color: var(--_error); font-weight: bold; border-left: 4px solid var(--_error); padding-left: 0.5rem; }
  .permission input:focus-visible, .permission textarea:focus-visible {
    outline: 3px solid var(--_focus); outline-offset: 0; box-shadow: 0 0 0 6px var(--_focus-ring);
  }
  @media (forced-colors: active) {
    .field-error { border-left-color: CanvasText; }
    .permission input:focus-visible, .permission textarea:focus-visible { outline: 3px solid Highlight; }
  }
`;
