/**
 * The card's look, in the NHS.UK vocabulary (summary lists, warning callouts, tags),
 * themable through `--scr-*` custom properties. Nothing here reaches the host page, and
 * the card resets inherited text settings so aggressive page CSS cannot garble it.
 *
 * Layout follows the card's own width (container queries, never the viewport): below 44em
 * (704 px at the default size; a 1280 px window zoomed to 200 % gives 640) tables become
 * stacked label/value lists, and below 18em labels go above their values. The em unit is
 * the card's font size, so a larger `--scr-font-size` reflows exactly as a narrower card.
 * An A4 printout (about 718 px) keeps its tables.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_text: var(--scr-color-text, #212b32);
    --_muted: var(--scr-color-secondary-text, #4c6272);
    --_bg: var(--scr-color-background, #ffffff);
    --_border: var(--scr-color-border, #d8dde0);
    --_accent: var(--scr-color-accent, #005eb8);
    --_link: var(--scr-color-link, #005eb8);
    --_strip-bg: var(--scr-color-summary-background, #f0f4f5);
    --_warning-bg: var(--scr-color-warning-background, #fff9c4);
    --_warning-border: var(--scr-color-warning-border, #ffeb3b);
    --_error: var(--scr-color-error, #d5281b);
    --_error-bg: var(--scr-color-error-background, #fde9e7);
    --_known-bg: var(--scr-color-known-allergies-background, #d5281b);
    --_known-text: var(--scr-color-known-allergies-text, #ffffff);
    --_info-bg: var(--scr-color-info-background, #eef7ff);
    --_focus: var(--scr-color-focus, #ffeb3b);
    --_focus-ring: var(--scr-color-focus-ring, #212b32);
    --_space: var(--scr-space, 1rem);
    --_radius: var(--scr-radius, 4px);
    display: block;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_bg);
    font-size: var(--scr-font-size, 1rem);
    /* break-word, not anywhere: it wraps long strings without shrinking table columns to a letter. */
    overflow-wrap: break-word;
    word-break: normal;
    hyphens: manual;
  }
  :host([hidden]) { display: none; }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--scr-color-text, #f0f4f5);
      --_muted: var(--scr-color-secondary-text, #c9d3d9);
      --_bg: var(--scr-color-background, #1b2228);
      --_border: var(--scr-color-border, #6b7b86);
      --_accent: var(--scr-color-accent, #005eb8);
      --_link: var(--scr-color-link, #9ccaf5);
      --_strip-bg: var(--scr-color-summary-background, #232d34);
      --_warning-bg: var(--scr-color-warning-background, #3d3400);
      --_warning-border: var(--scr-color-warning-border, #ffeb3b);
      --_error: var(--scr-color-error, #ff9e94);
      --_error-bg: var(--scr-color-error-background, #4a1510);
      --_known-bg: var(--scr-color-known-allergies-background, #c0241a);
      --_info-bg: var(--scr-color-info-background, #0b2e4f);
      --_focus-ring: var(--scr-color-focus-ring, #000000);
    }
  }
  * { box-sizing: border-box; }

  /* The text resets sit on the card, not on :host: a page rule aimed at the element itself
     (a \`* { all: unset }\` reset makes it inherit from <body>) outranks :host. */
  .card {
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--scr-font-family, Arial, Helvetica, sans-serif);
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
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

  /* The summary strip: the record at a glance. */
  .strip {
    display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.5rem 1rem;
    background: var(--_strip-bg); border: 1px solid var(--_border); border-left: 6px solid var(--_accent);
    padding: 0.75rem; margin: 0 0 var(--_space);
  }
  .strip-list {
    flex: 1 1 20em; margin: 0; display: grid; gap: 0.5rem 1.25rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
  }
  .strip-item { min-width: 0; }
  .strip-item dt { font-size: 0.875em; color: var(--_muted); }
  .strip-item dd { margin: 0; font-variant-numeric: tabular-nums; }
  .strip-item.nhs dd { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; }
  .strip-item.nhs .nhs-number { font-weight: bold; font-size: 1.1em; }
  .strip-actions { flex: none; }
  .strip-allergy.known {
    color: var(--_known-text); background: var(--_known-bg); border: 2px solid var(--_known-bg); text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 0.15em;
  }
  .link-button { background: none; border: 0; padding: 0; color: var(--_link); text-decoration: underline; text-align: start; }
  .strip-item.urgent dd { font-weight: bold; }
  .copy-status { font-weight: bold; }
  .copy-status:empty { display: none; }

  .callout { border-left: 8px solid var(--_warning-border); background: var(--_warning-bg); padding: calc(var(--_space) * 0.75); margin: 0 0 var(--_space); }
  .callout.error { border-left-color: var(--_error); background: var(--_error-bg); }
  /* A decision or record problem (refused, opted out, wrong patient…) reads apart from a technical fault: a full frame, not a bar. */
  .callout.error.stop { border: 3px solid var(--_error); border-left-width: 8px; }
  .callout.error.technical { border-left-style: dashed; }
  .error-glyph { display: inline-block; min-width: 1.2em; text-align: center; border: 2px solid currentColor; margin-right: 0.25em; }
  .callout.error.stop .error-glyph { border-radius: 50%; }
  .technical-details { margin-top: var(--_space); }
  .technical-details > summary { cursor: pointer; }
  .callout.info { border-left-color: var(--_accent); background: var(--_info-bg); }
  .callout > :last-child { margin-bottom: 0; }
  .callout-label { font-weight: bold; }

  .allergy-status { font-size: 1.1em; }
  .allergy-status.known strong { color: var(--_error); text-decoration: underline; text-decoration-thickness: 2px; }
  /*
   * Four allergy states, four shapes (issue 14): a glyph and a border style each, so the state
   * never rests on colour or weight. The glyph has empty alternative text: the words say it.
   */
  .allergy-status strong, .strip-allergy { display: inline-block; border: 3px solid currentColor; border-radius: var(--_radius); padding: 0 0.4em; }
  .allergy-status strong::before, .strip-allergy::before { display: inline-block; margin-right: 0.35em; font-weight: bold; }
  .status-known strong::before, .strip-allergy.status-known::before { content: "▲" / ""; }
  .status-no-known strong, .strip-allergy.status-no-known { border-style: double; }
  .status-no-known strong::before, .strip-allergy.status-no-known::before { content: "“" / ""; }
  .status-not-recorded strong, .strip-allergy.status-not-recorded { border-style: dashed; }
  .status-not-recorded strong::before, .strip-allergy.status-not-recorded::before { content: "?" / ""; }
  .status-unavailable strong, .strip-allergy.status-unavailable { border-style: dotted; }
  .status-unavailable strong::before, .strip-allergy.status-unavailable::before { content: "∅" / ""; }
  .allergy-caution, .allergy-assertion { display: block; font-size: 0.875em; margin-top: 0.15em; }
  .allergy-caution { font-weight: bold; }
  .allergy-assertion { font-style: italic; }

  .tag { display: inline-block; border: 1px solid currentColor; border-radius: 2px; padding: 0 0.35em; font-size: 0.85em; font-weight: bold; }
  .tag-yellow, .tag-warning { background: var(--_warning-bg); }
  .tag-red { color: var(--_error); }
  .tag-grey { color: var(--_muted); }

  /* Collapsible sections: the heading's text is the button. */
  .toggle {
    display: flex; align-items: center; gap: 0.5em; width: 100%; margin: 0; padding: 0.125rem 0;
    font-weight: bold; text-align: start; color: inherit; background: transparent; border: 0; border-radius: 0;
  }
  .toggle:hover .toggle-text { text-decoration: underline; }
  .toggle-text { min-width: 0; }
  .count { font-weight: normal; color: var(--_muted); }
  .chevron {
    flex: none; display: inline-block; width: 0.55em; height: 0.55em; margin: 0 0.2em 0.15em 0.1em;
    border-right: 0.15em solid currentColor; border-bottom: 0.15em solid currentColor;
    transform: rotate(45deg); transition: transform 0.15s ease-out;
  }
  .toggle[aria-expanded='false'] .chevron { transform: rotate(-45deg); }
  .section-body[hidden] { display: none; }

  .table-wrap { margin: 0 0 var(--_space); }
  table { border-collapse: collapse; width: 100%; font-size: inherit; color: inherit; background: transparent; font-variant-numeric: tabular-nums; }
  caption { text-align: start; font-weight: bold; padding-bottom: 0.25rem; }
  th, td { text-align: start; vertical-align: top; padding: 0.4rem 0.5rem 0.4rem 0; border-bottom: 1px solid var(--_border); }
  th { font-weight: bold; }
  .item-name { display: block; }
  .name-cell { font-weight: bold; }
  .note { display: block; color: var(--_muted); }
  ul.plain { list-style: none; margin: 0; padding: 0; }
  .date { white-space: nowrap; font-variant-numeric: tabular-nums; }
  .date:has(.date-part) { white-space: normal; }
  .date-part { white-space: nowrap; }
  /* A long unbroken run (a URL, a dm+d name run together) may break anywhere; ordinary words never split. */
  .long { overflow-wrap: anywhere; }
  .date-list { display: grid; grid-template-columns: max-content auto; column-gap: 0.4em; }
  .date-row { display: contents; }
  .date-label { color: var(--_muted); }

  .narrative table { margin-bottom: calc(var(--_space) / 2); }
  .narrative-heading { font-weight: bold; }
  .record-section { margin-bottom: var(--_space); }
  .not-recorded, .empty-reason, .rows-pending { color: var(--_muted); }
  .history tr:focus, .history-note:focus { outline: 3px solid var(--_focus); outline-offset: -3px; }
  .footnotes { color: var(--_muted); font-size: 0.9em; border-top: 1px solid var(--_border); padding-top: calc(var(--_space) / 2); }

  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: flex-end; }
  .retrying { font-weight: bold; }
  .loading { display: flex; gap: 0.5rem; align-items: center; }
  .spinner { width: 1em; height: 1em; border: 2px solid var(--_border); border-top-color: var(--_accent); border-radius: 50%; animation: spin 1s linear infinite; flex: none; }
  @keyframes spin { to { transform: rotate(360deg); } }
  @media (prefers-reduced-motion: reduce) {
    .spinner { animation: none; }
    .chevron { transition: none; }
  }

  button {
    font: inherit; color: #fff; background: var(--_accent); border: 2px solid transparent; border-radius: var(--_radius);
    padding: 0.4rem 0.9rem; cursor: pointer;
  }
  button.secondary {
    color: var(--_link); background: transparent; border-color: var(--_link);
    padding: 0.1rem 0.6rem; min-height: 2em; font-size: 0.95em;
  }
  button.secondary:hover { text-decoration: underline; }
  button:focus-visible { outline: 3px solid var(--_focus); outline-offset: 0; box-shadow: 0 0 0 6px var(--_focus-ring); }
  .toggle:focus-visible { outline-offset: 2px; box-shadow: none; background: var(--_focus); color: #212b32; }
  .toggle:focus-visible .count { color: #212b32; }
  .label { font-weight: bold; }

  .print-id { display: none; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
  }

  /*
   * On screen a data table's rows are grids of fixed column tracks, not the table algorithm
   * (which sizes every column from every row): each row is laid out alone, so a row off screen
   * costs neither style nor layout until it is scrolled to (issue 15). The elements are still
   * table, tbody, tr, th and td; skipped rows stay in the DOM, in the accessibility tree given to a
   * screen reader, in a selection and in the browser's text search (window.find), which scrolls
   * to a found row and lays it out (all tested). Print keeps real tables, the header on every page.
   */
  @media screen {
    .table-wrap table, .table-wrap thead, .table-wrap tbody, .table-wrap caption { display: block; }
    /* Minimum widths fit a heading word ("Criticality"), a status tag ("Unconfirmed") and a labelled date on one line. */
    .table-wrap tr { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 2fr) minmax(7em, 1fr) minmax(12em, 1.4fr); }
    .table-wrap .cols-3 tr { grid-template-columns: minmax(0, 3fr) minmax(7em, 1fr) minmax(12em, 1fr); }
    .table-wrap .cols-6 tr { grid-template-columns: minmax(0, 2fr) minmax(0, 1.5fr) repeat(2, minmax(6em, 1fr)) minmax(7em, 1fr) minmax(12em, 1.6fr); }
    /*
     * Rows come in blocks of 40, a tbody each. A block after the first is skipped whole while off
     * screen, so layout steps over one box a block, not one a row (issue 15: at 5,000 rows, laying
     * out skipped rows one by one took 15-40 ms a pass). The first block is never skipped: its rows
     * are painted in the first frame with the rest of the first screen.
     */
    .table-wrap tbody + tbody { content-visibility: auto; contain-intrinsic-size: auto 120em; }
  }

  /* Narrow containers (a sidebar, a zoomed window): tables become stacked label/value lists. */
  @container (width < 44em) {
    .table-wrap table, .table-wrap thead, .table-wrap tbody, .table-wrap tr, .table-wrap td, .table-wrap caption { display: block; width: 100%; }
    .table-wrap thead, .narrative thead, .narrative tr.header-row {
      position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
    }
    .table-wrap tr { border-bottom: 1px solid var(--_border); padding: 0.5rem 0; }
    .table-wrap tbody + tbody { contain-intrinsic-size: auto 320em; }
    td, th, .item-name, .summary-row dd, .strip-item dd { overflow-wrap: anywhere; }
    .table-wrap td, .narrative td[data-label] {
      border: 0; padding: 0.1rem 0; display: grid; grid-template-columns: minmax(6em, 35%) minmax(0, 1fr); gap: 0.5rem;
    }
    .table-wrap td::before, .narrative td[data-label]::before { content: attr(data-label); font-weight: bold; }
    .summary-row { grid-template-columns: 1fr; gap: 0; }
    .narrative table, .narrative tbody, .narrative tfoot, .narrative tr, .narrative th, .narrative td { display: block; width: 100%; }
    .narrative td:not([data-label]) { border: 0; padding: 0.1rem 0; }
    .narrative tr { border-bottom: 1px solid var(--_border); padding: 0.4rem 0; }
    .strip-list { grid-template-columns: 1fr; gap: 0.25rem; }
    .strip { padding: 0.5rem; border-left-width: 4px; }
    .strip-item { display: grid; grid-template-columns: 6.5em minmax(0, 1fr); gap: 0.5rem; align-items: baseline; }
    .strip-item dt { font-size: 1em; }
    /* Allergy names and the caution stay under their value, not under the label. */
    .strip-item .strip-more { grid-column: 2; }
  }
  /* Very narrow (a 320 px card at 200 % text): labels above their values. */
  @container (width < 18em) {
    .table-wrap td, .narrative td[data-label], .strip-item { display: block; }
    .table-wrap td::before, .narrative td[data-label]::before { display: block; }
    .date-list, .date-row { display: block; }
  }

  @media (forced-colors: active) {
    .callout, .tag, .card, .strip, .strip-allergy.known { border-color: CanvasText; }
    .allergy-status.known strong, .strip-allergy.known { color: CanvasText; }
    button.secondary { border-color: ButtonText; color: ButtonText; }
    button:focus-visible, .toggle:focus-visible { outline: 3px solid Highlight; }
    .chevron { border-color: ButtonText; }
  }

  /* Print: the whole record on paper. Every section expanded, no controls, identity and retrieval time kept. */
  @media print {
    :host {
      --_text: #000000; --_muted: #333333; --_bg: #ffffff; --_border: #777777; --_strip-bg: #ffffff;
      --_known-bg: #ffffff; --_known-text: #000000; --_error: #000000; --_warning-bg: #ffffff; --_error-bg: #ffffff; --_info-bg: #ffffff;
    }
    button:not(.toggle), .copy-status, .strip-actions, .chevron, .actions, .spinner { display: none !important; }
    .section-body[hidden] { display: block !important; }
    .toggle { padding: 0; cursor: auto; }
    .card { border: 0; padding: 0; }
    /* The patient's identity on every page: Chromium repeats a table's header group on each page if it cannot break. */
    .card:has(> .print-id) { display: table; width: 100%; table-layout: fixed; }
    .print-id { display: table-header-group; break-inside: avoid; }
    .print-id p { margin: 0 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 1px solid #000000; }
    .strip { border-left-width: 1px; }
    .strip-allergy.known { border-color: #000000; }
    .callout, .callout.error, .callout.info { border-left-color: #000000; border-left-width: 4px; }
    h1, h2, h3, h4, h5, h6, caption, .allergy-status { break-after: avoid; }
    tr, .callout, .strip, .strip-item, .summary-row { break-inside: avoid; }
    thead { display: table-header-group; }
  }
`;
