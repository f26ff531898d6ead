/**
 * CSS minification that removes only what CSS's tokenizer ignores: comments and whitespace
 * that separates nothing. No value or rule is rewritten, so the browser parses the same
 * stylesheet (test/embedding/built-styles.test.ts checks it against the sources, and
 * edge cases against Chromium's parser). No dependencies, so that test can load it too.
 */

/** Whitespace next to these is never part of a token or a selector combinator. */
const TIGHT_BOTH = new Set(['{', '}', ';', ',', '>']);
/** Whitespace after these only (before `:` it is a descendant combinator; before `(` it ends a media keyword; after `)` it can be a combinator). */
const TIGHT_AFTER = new Set([':', '(']);
const TIGHT_BEFORE = new Set([')']);
/** CSS's whitespace: JavaScript's `\s` would also take a no-break space, which CSS reads as part of a name. */
const SPACE = /[ \t\n\r\f]/;
const UNQUOTED_URL = /url\([ \t\n\r\f]*[^ \t\n\r\f'"()][^()]*\)/iy;

/** Where an unquoted `url(…)` starting at `i` ends, or -1. */
function unquotedUrlEnd(text: string, i: number): number {
  if (/[\w-]/.test(text[i - 1] ?? '')) return -1;
  UNQUOTED_URL.lastIndex = i;
  return UNQUOTED_URL.test(text) ? UNQUOTED_URL.lastIndex : -1;
}

/**
 * `edges` says which ends of `text` meet a `${…}` interpolation: what is on the other side
 * is unknown here, so whitespace there is kept as one space unless this side alone makes it
 * redundant. Returns undefined when `text` cannot be minified safely.
 */
export function minifyCss(text: string, edges = { start: false, end: false }): string | undefined {
  let out = '';
  /** The last character written as CSS punctuation ('' after a string, an escape or a URL, whose last character is not). */
  let punct = '';
  let space = false;
  /** `next` undefined: the text ends here (at an interpolation when `edges.end`). */
  const flushSpace = (next?: string) => {
    if (!space) return;
    space = false;
    const unknownBefore = out === '' && edges.start;
    const unknownAfter = next === undefined && edges.end;
    if (out === '' && !unknownBefore) return;
    if (next === undefined && !unknownAfter) return;
    if (TIGHT_BOTH.has(punct) || TIGHT_AFTER.has(punct)) return;
    if (next !== undefined && (TIGHT_BOTH.has(next) || TIGHT_BEFORE.has(next))) return;
    out += ' ';
    punct = '';
  };
  const write = (chunk: string, asPunct = '') => {
    flushSpace(chunk[0]);
    out += chunk;
    punct = asPunct;
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (SPACE.test(c)) {
      space = true;
      i += 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return undefined;
      const after = text[end + 2];
      // A comment separates tokens (`1px/**/2px` is not `1px2px`): one with no whitespace on either side stays, emptied.
      const glued = !space && (out !== '' || edges.start) && (after === undefined ? edges.end : !SPACE.test(after));
      if (glued) write('/**/');
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      // A newline ends a CSS string unescaped (a bad string): left to the browser, unminified.
      while (j < text.length && text[j] !== c && !/[\n\r\f]/.test(text[j])) j += text[j] === '\\' ? 2 : 1;
      if (text[j] !== c) return undefined;
      write(text.slice(i, j + 1));
      i = j + 1;
    } else if (c === '\\') {
      // An escape (`\ ` is an escaped space, part of an identifier) is copied as it is.
      write(text.slice(i, i + 2));
      i += 2;
    } else if (unquotedUrlEnd(text, i) > i) {
      // An unquoted URL is one token: `/*` inside it is not a comment.
      const end = unquotedUrlEnd(text, i);
      write(text.slice(i, end).replace(/^url\([ \t\n\r\f]+/i, 'url(').replace(/[ \t\n\r\f]+\)$/, ')'));
      i = end;
    } else {
      // The last declaration in a block needs no semicolon.
      if (c === '}' && punct === ';') out = out.slice(0, -1);
      write(c, c);
      i += 1;
    }
  }
  flushSpace();
  return out;
}
