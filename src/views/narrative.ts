/**
 * Renders an allow-listed narrative tree. Tags come from a fixed table of literals, text
 * is bound as text and the only attributes are numbers and enums: the record's markup
 * cannot reach the DOM as markup (hazard H9).
 */
import { nothing, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NarrativeNode, NarrativeTag } from '../data/model.js';

const TAGS: Record<NarrativeTag, StaticValue> = {
  div: literal`div`, p: literal`p`, span: literal`span`, br: literal`br`, hr: literal`hr`, b: literal`b`,
  strong: literal`strong`, i: literal`i`, em: literal`em`, u: literal`u`, sub: literal`sub`, sup: literal`sup`,
  small: literal`small`, pre: literal`pre`, code: literal`code`, blockquote: literal`blockquote`, ul: literal`ul`,
  ol: literal`ol`, li: literal`li`, dl: literal`dl`, dt: literal`dt`, dd: literal`dd`,
  // Narrative headings become paragraphs with emphasis: their levels would break the host page's outline.
  h1: literal`p`, h2: literal`p`, h3: literal`p`, h4: literal`p`, h5: literal`p`, h6: literal`p`,
  table: literal`table`, caption: literal`caption`, thead: literal`thead`, tbody: literal`tbody`, tfoot: literal`tfoot`,
  tr: literal`tr`, th: literal`th`, td: literal`td`, colgroup: literal`colgroup`, col: literal`col`,
};

const VOID_TAGS = new Set<NarrativeTag>(['br', 'hr', 'col']);
const HEADINGS = new Set<NarrativeTag>(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function renderNarrative(nodes: NarrativeNode[]): (TemplateResult | string)[] {
  return nodes.map(renderNode);
}

function renderNode(node: NarrativeNode): TemplateResult | string {
  if (typeof node === 'string') return node;
  const tag = TAGS[node.tag];
  if (node.highlighted) {
    return html`<div class="callout warning" part="warning"><p class="callout-label">Important</p>${renderNarrative(node.children)}</div>`;
  }
  if (VOID_TAGS.has(node.tag)) return html`<${tag}>`;
  const { colspan, rowspan, scope } = node.attrs;
  const cls = HEADINGS.has(node.tag) ? 'narrative-heading' : undefined;
  return html`<${tag} class=${ifDefined(cls)} colspan=${ifDefined(colspan)} rowspan=${ifDefined(rowspan)} scope=${ifDefined(scope)}>${
    node.children.length ? renderNarrative(node.children) : nothing
  }</${tag}>`;
}
