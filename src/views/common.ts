/** Small pieces every part of the card uses: headings at the host's level, dates, tags, tables. */
import { nothing, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { DateValue, Provenance } from '../data/model.js';
import { strings } from './strings.js';

const HEADING_TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading `depth` levels below the card's own (the card's level fits the host page). */
export function heading(level: number, depth: number, content: unknown, id?: string): TemplateResult {
  const n = Math.min(6, Math.max(1, level + depth));
  const tag = HEADING_TAGS[n - 1];
  return html`<${tag} class="h${depth}" id=${id ?? nothing}>${content}</${tag}>`;
}

/** A date in CUI form; implausible dates are flagged in words, not hidden or shown plainly (H8). */
export function date(value: DateValue | undefined): TemplateResult | string {
  if (!value) return strings.notRecorded;
  if (!value.implausible) return html`<span class="date">${value.text}</span>`;
  return html`<span class="date">${value.text}</span> <strong class="tag tag-warning">${strings.implausible[value.implausible]}</strong>`;
}

export function tag(text: string, tone: 'grey' | 'red' | 'yellow' | 'blue' = 'grey'): TemplateResult {
  return html`<strong class="tag tag-${tone}">${text}</strong>`;
}

export const notCodedTag = () => tag(strings.notCoded, 'yellow');

/** A data table with a caption and column headers; rows are passed in as ready cells. */
export function table(caption: string, headers: string[], rows: TemplateResult[]): TemplateResult {
  return html`<div class="table-wrap"><table>
    <caption>${caption}</caption>
    <thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
    <tbody>${rows}</tbody>
  </table></div>`;
}

/** Each cell carries its column name so the stacked (narrow) layout can label it. */
export function cell(label: string, content: unknown): TemplateResult {
  return html`<td data-label=${label}>${content}</td>`;
}

export function sourceOf(provenance: Provenance): string {
  return provenance.ref;
}
