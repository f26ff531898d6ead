/**
 * Source safety (issue 7 §5, hazard H9): nothing under src/ may turn a string into code
 * or markup, or put styles inline. The widget renders untrusted clinical text, so the
 * only safe way in is Lit's text bindings; and hosts with a strict Content-Security-Policy
 * (no 'unsafe-eval', no 'unsafe-inline' styles) must be able to run it unchanged.
 *
 * Forbidden: eval(, new Function / Function(, setTimeout/setInterval with a string,
 * innerHTML, outerHTML, insertAdjacentHTML, document.write, the other string-to-markup
 * sinks (createContextualFragment, srcdoc), Lit's unsafeHTML / unsafeSVG / unsafeStatic,
 * inline `style=` attributes in templates and styleMap (which writes inline styles too),
 * and URL attributes (href, src, action, …) bound to data.
 *
 * Comments are ignored (they may name what is forbidden, to explain why); string contents
 * are not, because a template literal is where markup lives. Plain Node 20, no
 * dependencies; exits 1 naming file:line for each finding.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(root, 'src');

const RULES = [
  [/\beval\s*\(/, 'eval() runs a string as code'],
  [/\bnew\s+Function\b/, 'new Function runs a string as code'],
  [/(?<![\w.])(?<!new\s+)Function\s*\(/, 'Function() runs a string as code'],
  [/\bset(?:Timeout|Interval)\s*\(\s*['"`]/, 'a timer given a string runs it as code'],
  [/\.\s*innerHTML\b|\binnerHTML\s*[:=]/, 'innerHTML parses a string as markup'],
  [/\bouterHTML\b/, 'outerHTML parses a string as markup'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML parses a string as markup'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment parses a string as markup'],
  [/\bdocument\s*\.\s*write(?:ln)?\s*\(/, 'document.write parses a string as markup'],
  [/\bsrcdoc\b/, 'srcdoc loads a string as a document'],
  [/\bunsafeHTML\b|unsafe-html\.js/, 'unsafeHTML renders a string as markup'],
  [/\bunsafeSVG\b|unsafe-svg\.js/, 'unsafeSVG renders a string as markup'],
  [/\bunsafeStatic\b/, 'unsafeStatic puts a string into a template as markup'],
  [/\bstyleMap\b|style-map\.js/, 'styleMap writes inline styles (blocked by a strict style-src CSP)'],
  [/<[a-zA-Z][^<>]*\sstyle\s*=/, 'an inline style= attribute (blocked by a strict style-src CSP); use a class'],
  [/\.setAttribute\(\s*['"`]style['"`]/, 'an inline style attribute set from script; use a class'],
  // Lit escapes text, but not URLs: a bound href/src can carry javascript: (Lit's own security notes).
  [/\s(?:href|src|srcset|action|formaction|xlink:href)\s*=\s*["']?\$\{/, 'a URL attribute bound to data (javascript: URLs are not escaped)'],
];

/** Replaces comments with spaces (keeping line numbers), leaving strings and templates alone. */
export function stripComments(code) {
  let out = '';
  let i = 0;
  /** Stack of open template literals: each entry counts the `{` nesting inside its `${`. */
  const templates = [];
  let quote = null;
  while (i < code.length) {
    const c = code[i];
    const next = code[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      if (c === quote) quote = null;
      i += 1;
      continue;
    }
    const inTemplateText = templates.length > 0 && templates[templates.length - 1] === -1;
    if (inTemplateText) {
      out += c;
      if (c === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      if (c === '`') templates.pop();
      else if (c === '$' && next === '{') {
        templates[templates.length - 1] = 0;
        out += next;
        i += 2;
        continue;
      }
      i += 1;
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < code.length && code[i] !== '\n') (out += ' '), (i += 1);
      continue;
    }
    if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end < 0 ? code.length : end + 2;
      out += code.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '`') templates.push(-1);
    else if (templates.length > 0 && c === '{') templates[templates.length - 1] += 1;
    else if (templates.length > 0 && c === '}') {
      if (templates[templates.length - 1] === 0) templates[templates.length - 1] = -1;
      else templates[templates.length - 1] -= 1;
    }
    out += c;
    i += 1;
  }
  return out;
}

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Each rule runs over the whole file (a template's tag may span lines); findings name the line. */
export function findings(files) {
  const found = new Set();
  for (const file of files) {
    const code = stripComments(readFileSync(file, 'utf8'));
    const lines = code.split('\n');
    for (const [pattern, why] of RULES) {
      for (const match of code.matchAll(new RegExp(pattern.source, 'g'))) {
        const line = code.slice(0, match.index).split('\n').length;
        found.add(`${relative(root, file)}:${line}: ${why}\n    ${lines[line - 1].trim()}`);
      }
    }
  }
  return [...found];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = sourceFiles(SRC);
  const found = findings(files);
  if (found.length) {
    console.error(`source-safety: ${found.length} finding(s) in src/:\n${found.join('\n')}`);
    process.exit(1);
  }
  console.log(`source-safety: ${files.length} files in src/, no eval, Function, HTML sinks, unsafe directives or inline styles`);
}
