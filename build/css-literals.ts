/**
 * Build-time minification of the CSS in Lit `css` tagged templates. Lit ships template
 * text as written and the bundler's JS minifier cannot touch the inside of a template
 * literal, so the stylesheet's comments and indentation would otherwise reach every page.
 * The CSS itself is minified by minify-css.ts; a template it cannot minify safely (one
 * whose text cannot be cooked, or holds an unterminated string or comment) is left exactly
 * as written.
 */
// Vite 8 is built on rolldown and re-exports its parser; rolldown also has a MagicString.
import { RolldownMagicString } from 'rolldown';
import { parseSync, Visitor, type Plugin } from 'vite';
import { minifyCss } from './minify-css.js';

/** A template literal's raw text for `cooked`, so the tag receives exactly `cooked` again (a raw CR would be read as LF). */
const toRaw = (cooked: string) => cooked.replace(/\\|`|\$\{|\r/g, (m) => (m === '\r' ? '\\r' : `\\${m}`));

/** Rewrites every `css` tagged template in `code`; undefined when there is none to change. */
export function minifyCssLiterals(code: string, id: string): { code: string; map: string } | undefined {
  const { program, errors } = parseSync(id, code);
  if (errors.length) return undefined;
  const s = new RolldownMagicString(code);
  new Visitor({
    TaggedTemplateExpression(node) {
      if (node.tag.type !== 'Identifier' || node.tag.name !== 'css') return;
      const quasis = node.quasi.quasis;
      const replacements: [number, number, string][] = [];
      for (const [n, q] of quasis.entries()) {
        const { raw, cooked } = q.value;
        if (cooked == null) return;
        // The element's span may include its delimiters (`\``, `${`, `}`); the raw text is what lies between.
        const from = code.startsWith(raw, q.start + 1) ? q.start + 1 : q.start;
        if (!code.startsWith(raw, from)) return;
        const min = minifyCss(cooked, { start: n > 0, end: n < quasis.length - 1 });
        if (min === undefined) return;
        replacements.push([from, from + raw.length, toRaw(min)]);
      }
      for (const [from, to, text] of replacements) if (from !== to) s.update(from, to, text);
    },
  }).visit(program);
  return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true, source: id }).toString() } : undefined;
}

/** The Vite plugin: runs on the source, before TypeScript is stripped. */
export const cssLiterals = (): Plugin => ({
  name: 'minify-css-literals',
  enforce: 'pre',
  apply: 'build',
  transform: {
    filter: { id: /\.[cm]?[jt]s$/, code: 'css`' },
    handler: (code, id) => minifyCssLiterals(code, id),
  },
});
