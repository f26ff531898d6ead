/**
 * Narrative XHTML → an allow-listed tree (hazard H9).
 *
 * The narrative is tokenised here rather than handed to an HTML parser: the output is
 * data (tags from a fixed list, three numeric/enum attributes, and text), so nothing the
 * source wrote can become markup, a URL or a script, and the same code runs in Node.
 * Elements outside the list are unwrapped (their text is kept, so no clinical words are
 * lost), except for containers of code or foreign content, which are dropped whole.
 */
import type { NarrativeAttrs, NarrativeElement, NarrativeNode, NarrativeTag } from './model.js';

const ALLOWED = new Set<string>([
  'div', 'p', 'span', 'br', 'hr', 'b', 'strong', 'i', 'em', 'u', 'sub', 'sup', 'small', 'pre',
  'code', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col',
]);

/** Dropped with everything inside: their content is code, styling or foreign markup, not clinical text. */
const DROPPED = new Set([
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'noscript', 'noembed', 'noframes', 'textarea', 'select', 'option', 'title',
  'head', 'xmp', 'plaintext', 'canvas', 'video', 'audio', 'picture', 'source', 'track', 'button',
  'form', 'input', 'link', 'meta', 'base', 'param', 'portal',
]);

const VOID = new Set(['br', 'hr', 'col', 'img', 'input', 'meta', 'link', 'base', 'area', 'wbr', 'param', 'source', 'track', 'embed']);

/** Inside these, whitespace-only text is layout noise and not valid DOM content. */
const NO_TEXT = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol', 'dl', 'colgroup']);

/** The parsed source tree, before the allow-list: ids and classes are kept for reading the SCR header. */
export interface RawElement {
  name: string;
  attrs: Record<string, string>;
  children: RawNode[];
}
export type RawNode = RawElement | string;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', pound: '£', euro: '€', copy: '©',
  reg: '®', deg: '°', micro: 'µ', middot: '·', bull: '•', times: '×', divide: '÷', plusmn: '±',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Out-of-range and NUL references are kept as written rather than guessed at.
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const name = ref.toLowerCase();
    // Own entries only: `&constructor;` must stay as written, not become Object.prototype's function.
    return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : whole;
  });
}

const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function parseAttrs(source: string): Record<string, string> {
  // No prototype: an attribute named `__proto__` or `constructor` is just an attribute.
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const m of source.matchAll(ATTR)) {
    const name = m[1].toLowerCase();
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

function localName(qualified: string): string {
  const name = qualified.toLowerCase();
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/**
 * Elements nested deeper than this are unwrapped into the element at this depth: their text
 * is kept, in order, but the tree stays shallow. Real narratives nest a dozen deep; without
 * a limit, every later walk of the tree (here and in the views) could run out of stack on a
 * hostile or broken payload and leave the reader with no record at all (hazard H11).
 */
export const MAX_NARRATIVE_DEPTH = 64;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds the end tag `</name` (any case) at or after a position. Each answer is remembered
 * per name: a narrative of thousands of unclosed `<script>` tags would otherwise search the
 * rest of the text once per tag, which is quadratic.
 */
function endTagFinder(source: string): (qualified: string, from: number) => number {
  const memo = new Map<string, { pattern: RegExp; from: number; at: number }>();
  return (qualified, from) => {
    const key = qualified.toLowerCase();
    let entry = memo.get(key);
    // The first end tag at or after `from` is also the first at or after any later position up to it.
    if (entry && from >= entry.from && (entry.at < 0 || from <= entry.at)) return entry.at;
    const pattern = entry?.pattern ?? new RegExp(`</${escapeRegExp(qualified)}(?=[\\s/>]|$)`, 'gi');
    pattern.lastIndex = from;
    const at = pattern.exec(source)?.index ?? -1;
    entry = { pattern, from, at };
    memo.set(key, entry);
    return at;
  };
}

/** Tolerant XHTML tokenizer: unclosed tags close at their parent's end; stray end tags are ignored. */
export function parseXhtml(source: string): RawNode[] {
  const root: RawElement = { name: '#root', attrs: {}, children: [] };
  const stack: RawElement[] = [root];
  const top = () => stack[stack.length - 1];
  const findEndTag = endTagFinder(source);
  /** Open tags past MAX_NARRATIVE_DEPTH that were unwrapped, by name, so their end tags are swallowed too. */
  const unwrapped = new Map<string, number>();
  let i = 0;
  const pushText = (text: string) => {
    if (text) top().children.push(decodeEntities(text));
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) {
      pushText(source.slice(i));
      break;
    }
    pushText(source.slice(i, lt));
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt + 9);
      top().children.push(source.slice(lt + 9, end < 0 ? source.length : end));
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    if (source[lt + 1] === '!' || source[lt + 1] === '?') {
      const end = source.indexOf('>', lt);
      i = end < 0 ? source.length : end + 1;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(source.slice(lt, lt + 10000));
    if (!tag) {
      // A lone '<' is text, as an XHTML author escaping badly would mean it.
      pushText('<');
      i = lt + 1;
      continue;
    }
    i = lt + tag[0].length;
    const name = localName(tag[2]);
    if (tag[1]) {
      const pending = unwrapped.get(name) ?? 0;
      if (pending > 0) {
        unwrapped.set(name, pending - 1);
        continue;
      }
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
      continue;
    }
    const selfClosing = /\/\s*$/.test(tag[3]);
    const opens = !selfClosing && !VOID.has(name);
    const element: RawElement = { name, attrs: parseAttrs(tag[3].replace(/\/\s*$/, '')), children: [] };
    if (DROPPED.has(name)) {
      top().children.push(element);
      if (!opens) continue;
      // Skip to the matching end tag without interpreting what is inside. An unclosed one is
      // dropped alone: swallowing the rest of the narrative would silently lose clinical text.
      const close = findEndTag(tag[2], i);
      if (close >= 0) i = source.indexOf('>', close) + 1 || source.length;
      continue;
    }
    if (opens && stack.length > MAX_NARRATIVE_DEPTH) {
      unwrapped.set(name, (unwrapped.get(name) ?? 0) + 1);
      continue;
    }
    top().children.push(element);
    if (opens) stack.push(element);
  }
  return root.children;
}

function cellSpan(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d{1,3}\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= 100 ? n : undefined;
}

const SCOPES = new Set(['row', 'col', 'rowgroup', 'colgroup']);

function safeAttrs(name: string, attrs: Record<string, string>): NarrativeAttrs {
  const out: NarrativeAttrs = {};
  if (name === 'td' || name === 'th') {
    const colspan = cellSpan(attrs.colspan);
    const rowspan = cellSpan(attrs.rowspan);
    if (colspan) out.colspan = colspan;
    if (rowspan) out.rowspan = rowspan;
  }
  if (name === 'th' && attrs.scope && SCOPES.has(attrs.scope)) out.scope = attrs.scope as NarrativeAttrs['scope'];
  return out;
}

export function isHighlighted(element: RawElement): boolean {
  return (element.attrs.class ?? '').split(/\s+/).includes('HighlightedStatement');
}

/** Applies the allow-list. Unknown elements are unwrapped into their parent. */
export function sanitise(nodes: RawNode[], parent = 'div'): NarrativeNode[] {
  const out: NarrativeNode[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      if (NO_TEXT.has(parent) && node.trim() === '') continue;
      const last = out[out.length - 1];
      if (typeof last === 'string') out[out.length - 1] = last + node;
      else out.push(node);
      continue;
    }
    if (DROPPED.has(node.name)) continue;
    if (!ALLOWED.has(node.name)) {
      for (const child of sanitise(node.children, parent)) out.push(child);
      continue;
    }
    const element: NarrativeElement = {
      tag: node.name as NarrativeTag,
      attrs: safeAttrs(node.name, node.attrs),
      children: sanitise(node.children, node.name),
    };
    if (isHighlighted(node)) element.highlighted = true;
    out.push(element);
  }
  return out;
}

/** All text under a node, whitespace collapsed: for matching, never for display. */
export function textOf(node: RawNode | NarrativeNode): string {
  if (typeof node === 'string') return node;
  return node.children.map(textOf).join(' ').replace(/\s+/g, ' ').trim();
}

export function findAll(nodes: RawNode[], test: (e: RawElement) => boolean, found: RawElement[] = []): RawElement[] {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (test(node)) found.push(node);
    findAll(node.children, test, found);
  }
  return found;
}

/** The `<div xmlns=…>` wrapper of a FHIR narrative is the section itself, not content. */
export function unwrapDiv(nodes: RawNode[]): RawNode[] {
  const elements = nodes.filter((n) => typeof n !== 'string' || n.trim() !== '');
  if (elements.length === 1 && typeof elements[0] !== 'string' && elements[0].name === 'div') return elements[0].children;
  return nodes;
}
