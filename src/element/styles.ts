/**
 * The card's look, in the NHS.UK vocabulary (summary lists, warning callouts, tags),
 * themable through `--scr-*` custom properties. Nothing here reaches the host page, and
 * `:host` resets inherited text settings so aggressive page CSS cannot garble the card.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_text: var(--scr-color-text, #212b32);
    --_muted: var(--scr-color-secondary-text, #4c6272);
    --_bg: var(--scr-color-background, #ffffff);
    --_border: var(--scr-color-border, #d8dde0);
    --_accent: var(--scr-color-accent, #005eb8);
    --_warning-bg: var(--scr-color-warning-background, #fff9c4);
    --_warning-border: var(--scr-color-warning-border, #ffeb3b);
    --_error: var(--scr-color-error, #d5281b);
    --_error-bg: var(--scr-color-error-background, #fde9e7);
    --_info-bg: var(--scr-color-info-background, #eef7ff);
    --_focus: var(--scr-color-focus, #ffeb3b);
    --_space: var(--scr-space, 1rem);
    --_radius: var(--scr-radius, 4px);
    display: block;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--scr-font-family, Arial, Helvetica, sans-serif);
    font-size: var(--scr-font-size, 1rem);
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    /* break-word, not anywhere: it wraps long strings without shrinking table columns to a letter. */
    overflow-wrap: break-word;
    word-break: normal;
    hyphens: manual;
  }
  :host([hidden]) { display: none; }
  * { box-sizing: border-box; }

  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    max-width: 100%;
  }
  h1, h2, h3, h4, h5, h6 { margin: 0 0 calc(var(--_space) / 2); line-height: 1.3; font-weight: bold; }
  .h0 { font-size: 1.5em; }
  .h1 { font-size: 1.25em; margin-top: var(--_space); border-top: 2px solid var(--_border); padding-top: calc(var(--_space) / 2); }
  .h2 { font-size: 1.05em; margin-top: calc(var(--_space) * 0.75); }
  p { margin: 0 0 calc(var(--_space) / 2); }

  .summary-list { margin: 0 0 calc(var(--_space) / 2); display: grid; gap: 0.25rem; }
  .summary-row { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; }
  .summary-row dt { font-weight: bold; }
  .summary-row dd { margin: 0; }
  .nhs-number { white-space: nowrap; font-variant-numeric: tabular-nums; }
  .disclaimer { color: var(--_muted); font-size: 0.9em; }

  .callout { border-left: 8px solid var(--_warning-border); background: var(--_warning-bg); padding: calc(var(--_space) * 0.75); margin: 0 0 var(--_space); }
  .callout.error { border-left-color: var(--_error); background: var(--_error-bg); }
  .callout.info { border-left-color: var(--_accent); background: var(--_info-bg); }
  .callout > :last-child { margin-bottom: 0; }
  .callout-label { font-weight: bold; }

  .allergy-status { font-size: 1.1em; }
  .allergy-status.known strong { color: var(--_error); text-decoration: underline; text-decoration-thickness: 2px; }

  .tag { display: inline-block; border: 1px solid currentColor; border-radius: 2px; padding: 0 0.35em; font-size: 0.85em; font-weight: bold; }
  .tag-yellow, .tag-warning { background: var(--_warning-bg); }
  .tag-red { color: var(--_error); }
  .tag-grey { color: var(--_muted); }

  .table-wrap { margin: 0 0 var(--_space); }
  table { border-collapse: collapse; width: 100%; font-size: inherit; color: inherit; background: transparent; }
  caption { text-align: start; font-weight: bold; padding-bottom: 0.25rem; }
  th, td { text-align: start; vertical-align: top; padding: 0.4rem 0.5rem 0.4rem 0; border-bottom: 1px solid var(--_border); }
  th { font-weight: bold; }
  .item-name { display: block; }
  .note { display: block; color: var(--_muted); }
  ul.plain { list-style: none; margin: 0; padding: 0; }
  .date { white-space: nowrap; font-variant-numeric: tabular-nums; }

  .narrative table { margin-bottom: calc(var(--_space) / 2); }
  .narrative-heading { font-weight: bold; }
  .record-section { margin-bottom: var(--_space); }
  .not-recorded, .empty-reason { color: var(--_muted); }
  .footnotes { color: var(--_muted); font-size: 0.9em; border-top: 1px solid var(--_border); padding-top: calc(var(--_space) / 2); }

  .loading { display: flex; gap: 0.5rem; align-items: center; }
  .spinner { width: 1em; height: 1em; border: 2px solid var(--_border); border-top-color: var(--_accent); border-radius: 50%; animation: spin 1s linear infinite; flex: none; }
  @keyframes spin { to { transform: rotate(360deg); } }
  @media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }

  button {
    font: inherit; color: #fff; background: var(--_accent); border: 2px solid transparent; border-radius: var(--_radius);
    padding: 0.4rem 0.9rem; cursor: pointer;
  }
  button:focus-visible { outline: 3px solid var(--_focus); outline-offset: 0; box-shadow: 0 0 0 6px #212b32; }
  .label { font-weight: bold; }

  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
  }

  /* Narrow containers (a sidebar): tables become stacked label/value lists. */
  @container (max-width: 600px) {
    .table-wrap table, .table-wrap thead, .table-wrap tbody, .table-wrap tr, .table-wrap td, .table-wrap caption { display: block; width: 100%; }
    .table-wrap thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
    .table-wrap tr { border-bottom: 1px solid var(--_border); padding: 0.5rem 0; }
    td, th, .item-name, .summary-row dd { overflow-wrap: anywhere; }
    .table-wrap td { border: 0; padding: 0.1rem 0; display: grid; grid-template-columns: minmax(6rem, 40%) 1fr; gap: 0.5rem; }
    .table-wrap td::before { content: attr(data-label); font-weight: bold; }
    .summary-row { grid-template-columns: 1fr; gap: 0; }
    .narrative table, .narrative tbody, .narrative thead, .narrative tr, .narrative th, .narrative td { display: block; width: 100%; }
    .narrative thead { display: none; }
  }

  @media (forced-colors: active) {
    .callout, .tag, .card { border-color: CanvasText; }
    .allergy-status.known strong { color: CanvasText; }
  }
  @media print {
    button { display: none; }
    .card { border: 0; padding: 0; }
    tr, .callout { break-inside: avoid; }
  }
`;
