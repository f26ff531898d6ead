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
  if (!text.includes('&')) return text;
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

/** Shared by every element without attributes (most of a narrative); nothing writes to a parsed element's attributes. */
const NO_ATTRS: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>);

function parseAttrs(source: string): Record<string, string> {
  if (source.trim() === '') return NO_ATTRS;
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

/**
 * A finder for the next character at or after a position that passes `test`. It remembers
 * its last answer: asked again from any position up to that answer, it answers without
 * reading the text again. The tokenizer asks each finder from ever-later positions, so each
 * reads the narrative about once however malformed it is (hazard H11: a frozen tab shows
 * nothing). A plain loop, not a regular expression: nothing is allocated per call.
 */
function nextFinder(source: string, test: (c: number) => boolean): (from: number) => number {
  let askedFrom = -1;
  let answer = -1;
  return (from) => {
    // No match after `askedFrom` means none after any later position either.
    if (askedFrom >= 0 && from >= askedFrom && (answer < 0 || from <= answer)) return answer;
    askedFrom = from;
    answer = -1;
    for (let k = from; k < source.length; k++) {
      if (test(source.charCodeAt(k))) {
        answer = k;
        break;
      }
    }
    return answer;
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How many different names of dropped elements get an end-tag search of their own. */
const MAX_END_TAG_NAMES = 32;

/**
 * Finds the end tag `</name` (any case) of a dropped element at or after a position. Each
 * answer is remembered per name, like `nextFinder`'s, so a narrative of thousands of unclosed
 * `<script>` tags is read once, not once per tag. A narrative naming more than
 * MAX_END_TAG_NAMES different ones (`<p1:script>`, `<p2:script>`, …, which no real narrative
 * does) would be read once per name: past that, an element ends at the first end tag with
 * its local name under any prefix, so the work stays linear.
 */
function endTagFinder(source: string): (qualified: string, local: string, from: number) => number {
  const memo = new Map<string, { pattern: RegExp; from: number; at: number }>();
  return (qualified, local, from) => {
    let key = qualified.toLowerCase();
    if (!memo.has(key) && memo.size >= MAX_END_TAG_NAMES) key = `*:${local}`;
    let entry = memo.get(key);
    // The first end tag at or after `from` is also the first at or after any later position up to it.
    if (entry && from >= entry.from && (entry.at < 0 || from <= entry.at)) return entry.at;
    const name = key.startsWith('*:') ? `(?:[^\\s/>:<]*:)?${escapeRegExp(local)}` : escapeRegExp(qualified);
    const pattern = entry?.pattern ?? new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
    pattern.lastIndex = from;
    const at = pattern.exec(source)?.index ?? -1;
    entry = { pattern, from, at };
    memo.set(key, entry);
    return at;
  };
}

const LT = 0x3c;
const GT = 0x3e;
const BANG = 0x21;
const QUESTION = 0x3f;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const WHITESPACE = /\s/;
/** What `\s` matches, without a regular expression for the ASCII characters that are nearly all of a narrative. */
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && WHITESPACE.test(String.fromCharCode(c)));
const endsName = (c: number) => c === GT || c === SLASH || isSpace(c);
const isSpecial = (c: number) => c === GT || c === QUOTE || c === APOSTROPHE;

/** A start or end tag read at a `<`: its name and the raw text of its attributes. */
interface Tag {
  closing: boolean;
  qualified: string;
  attrs: string;
  /** Where the text after the tag starts. */
  next: number;
}

/**
 * Reads tags without backtracking. A tag is `<`, an optional `/`, a letter, the rest of the
 * name up to whitespace, `/` or `>`, then attributes up to the first `>` outside quotes. When
 * no such `>` exists (an unclosed quote, or none at all) the `<` is text, as an XHTML author
 * escaping badly would mean it.
 *
 * Each search is linear over the whole narrative, not per `<`: the name's end and the first
 * `>`/quote come from remembering finders, and the walk from quote to quote remembers every
 * place it set out from that led nowhere, so a later `<` whose walk reaches one stops there.
 * A walk that finds its `>` moves the tokenizer past everything it read.
 */
function tagReader(source: string): (lt: number) => Tag | undefined {
  const nameEnd = nextFinder(source, endsName);
  const firstSpecial = nextFinder(source, isSpecial);
  const specialAfterQuote = nextFinder(source, isSpecial);
  /** Positions (one bit each) from which the walk to a closing `>` is known to fail. */
  let deadEnds: Uint8Array | undefined;
  const isDeadEnd = (at: number) => deadEnds !== undefined && (deadEnds[at >> 3] & (1 << (at & 7))) !== 0;

  /** The closing `>` of a tag whose attributes start at `from`, or -1. */
  const closingBracket = (from: number): number => {
    let walked: number[] | undefined;
    let at = firstSpecial(from);
    while (at >= 0 && !isDeadEnd(at)) {
      const c = source.charCodeAt(at);
      if (c === GT) return at;
      (walked ??= []).push(at);
      const close = source.indexOf(c === QUOTE ? '"' : "'", at + 1);
      if (close < 0) break;
      at = specialAfterQuote(close + 1);
    }
    if (walked) {
      deadEnds ??= new Uint8Array((source.length >> 3) + 1);
      for (const w of walked) deadEnds[w >> 3] |= 1 << (w & 7);
    }
    return -1;
  };

  return (lt) => {
    const closing = source.charCodeAt(lt + 1) === SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(source.charCodeAt(nameStart))) return undefined;
    const attrsStart = nameEnd(nameStart + 1);
    if (attrsStart < 0) return undefined;
    const end = closingBracket(attrsStart);
    if (end < 0) return undefined;
    return { closing, qualified: source.slice(nameStart, attrsStart), attrs: end > attrsStart ? source.slice(attrsStart, end) : '', next: end + 1 };
  };
}

/** Tolerant XHTML tokenizer: unclosed tags close at their parent's end; stray end tags are ignored. Linear in the input. */
export function parseXhtml(source: string): RawNode[] {
  const root: RawElement = { name: '#root', attrs: {}, children: [] };
  const stack: RawElement[] = [root];
  const top = () => stack[stack.length - 1];
  const findEndTag = endTagFinder(source);
  const readTag = tagReader(source);
  /** Open tags past MAX_NARRATIVE_DEPTH that were unwrapped, by name, so their end tags are swallowed too. */
  const unwrapped = new Map<string, number>();
  /** Text runs from here to the next markup; a `<` that starts no markup stays inside it. */
  let textFrom = 0;
  const flushText = (to: number) => {
    if (to > textFrom) top().children.push(decodeEntities(source.slice(textFrom, to)));
  };
  let i = 0;
  while (i < source.length) {
    const lt = source.charCodeAt(i) === LT ? i : source.indexOf('<', i);
    if (lt < 0) break;
    const after = source.charCodeAt(lt + 1);
    if (after === BANG && source.startsWith('<!--', lt)) {
      flushText(lt);
      const end = source.indexOf('-->', lt + 4);
      i = textFrom = end < 0 ? source.length : end + 3;
      continue;
    }
    if (after === BANG && source.startsWith('<![CDATA[', lt)) {
      flushText(lt);
      const end = source.indexOf(']]>', lt + 9);
      top().children.push(source.slice(lt + 9, end < 0 ? source.length : end));
      i = textFrom = end < 0 ? source.length : end + 3;
      continue;
    }
    if (after === BANG || after === QUESTION) {
      flushText(lt);
      const end = source.indexOf('>', lt);
      i = textFrom = end < 0 ? source.length : end + 1;
      continue;
    }
    // Only a letter, or `/` and a letter, can start a tag; anything else leaves the `<` as text.
    const tag = isLetter(after) || after === SLASH ? readTag(lt) : undefined;
    if (!tag) {
      i = lt + 1;
      continue;
    }
    flushText(lt);
    i = textFrom = tag.next;
    const name = localName(tag.qualified);
    if (tag.closing) {
      const pending = unwrapped.get(name) ?? 0;
      if (pending > 0) {
        unwrapped.set(name, pending - 1);
        continue;
      }
      let at = stack.length - 1;
      while (at > 0 && stack[at].name !== name) at -= 1;
      if (at > 0) stack.length = at;
      continue;
    }
    const trimmed = tag.attrs === '' ? '' : tag.attrs.trimEnd();
    const selfClosing = trimmed.endsWith('/');
    const opens = !selfClosing && !VOID.has(name);
    const attrSource = selfClosing ? trimmed.slice(0, -1) : trimmed;
    if (DROPPED.has(name)) {
      top().children.push({ name, attrs: parseAttrs(attrSource), children: [] });
      if (!opens) continue;
      // Skip to the matching end tag without interpreting what is inside. An unclosed one is
      // dropped alone: swallowing the rest of the narrative would silently lose clinical text.
      const close = findEndTag(tag.qualified, name, i);
      if (close >= 0) i = textFrom = source.indexOf('>', close) + 1 || source.length;
      continue;
    }
    if (opens && stack.length > MAX_NARRATIVE_DEPTH) {
      unwrapped.set(name, (unwrapped.get(name) ?? 0) + 1);
      continue;
    }
    const kept: RawElement = { name, attrs: parseAttrs(attrSource), children: [] };
    top().children.push(kept);
    if (opens) stack.push(kept);
  }
  flushText(source.length);
  return root.children;
}

/** A `colspan` or `rowspan` from 1 to 100, written as plain digits; undefined for anything else. */
export function cellSpan(value: string | undefined): number | undefined {
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
