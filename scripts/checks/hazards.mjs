/**
 * Ties the hazard log to the tests (issue 3, DCB0129 evidence), mechanically:
 *
 * - every hazard in docs/clinical-safety.md (a heading `### H7: …`) must be named by at
 *   least one test title, e.g. `it('H7: a long drug name wraps', …)`;
 * - every hazard a test title names must be in the log;
 * - every test title the log cites as evidence (a backticked title starting with a hazard
 *   id, e.g. `H2: a late response … is discarded`) must exist, so renaming a test cannot
 *   leave the log pointing at nothing.
 *
 * A title names a hazard with a token such as `H3`, anywhere in it (`H3/H5: …`, `H3, H5: …`,
 * `… (H4)`). Titles are read from it()/test()/specify() calls in every .ts/.js/.mjs file
 * under test/; a template-literal title's `${…}` parts match anything. Skipped tests
 * (it.skip, xit) prove nothing and do not count.
 *
 * Plain Node 20, no dependencies; run from the repository root (`node scripts/checks/hazards.mjs`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LOG = join(root, 'docs/clinical-safety.md');
const TESTS = join(root, 'test');
const HAZARD = /\bH(\d{1,3})\b/g;

/** Hazard ids from the log's headings (`## H1: …`, `### H12 — …`), in order. */
function hazardsInLog(text) {
  const ids = [];
  for (const line of text.split('\n')) {
    const m = /^#{2,6}\s+(H\d{1,3})\b/.exec(line);
    if (m) ids.push(m[1]);
  }
  return ids;
}

/** Backticked test titles the log cites: `` `H2: …` `` or `` `H3/H5: …` ``. */
function citedTitles(text) {
  const cited = [];
  for (const m of text.matchAll(/`(H\d{1,3}(?:\s*[/,&]\s*H\d{1,3})*:[^`\n]+)`/g)) {
    // A title with an ellipsis is an example of the form, not a citation.
    if (!m[1].includes('…')) cited.push(m[1].trim());
  }
  return cited;
}

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(ts|js|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

/**
 * Reads the string literal starting at `source[start]` (a quote or backtick). Returns the
 * title with each template `${…}` replaced by `\u0000` (a wildcard), or undefined.
 */
function readLiteral(source, start) {
  const quote = source[start];
  if (!`'"\``.includes(quote)) return undefined;
  let out = '';
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      out += { n: '\n', t: '\t', r: '\r' }[next] ?? next;
      i += 1;
    } else if (c === quote) {
      return out;
    } else if (quote === '`' && c === '$' && source[i + 1] === '{') {
      // Skip the expression, counting braces, and leave a wildcard in its place.
      let depth = 1;
      i += 2;
      while (i < source.length && depth > 0) {
        if (source[i] === '{') depth += 1;
        else if (source[i] === '}') depth -= 1;
        i += 1;
      }
      i -= 1;
      out += '\u0000';
    } else if (quote !== '`' && c === '\n') {
      return undefined;
    } else {
      out += c;
    }
  }
  return undefined;
}

/** Test titles in one file, with whether the test is skipped. */
function titlesIn(file) {
  const source = readFileSync(file, 'utf8');
  const titles = [];
  for (const m of source.matchAll(/(?<![\w$.])(x?it|test|specify)(\.only|\.skip)?\(\s*/g)) {
    const title = readLiteral(source, m.index + m[0].length);
    if (title === undefined) continue;
    const skipped = m[1] === 'xit' || m[2] === '.skip';
    const line = source.slice(0, m.index).split('\n').length;
    titles.push({ title, skipped, where: `${relative(root, file)}:${line}` });
  }
  return titles;
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A title as a pattern: its `${…}` wildcards match anything. */
const titlePattern = (title) => new RegExp(`^${title.split('\u0000').map(escapeRegExp).join('[^]*')}$`);

function main() {
  const problems = [];
  if (!existsSync(LOG)) {
    console.error('hazards: docs/clinical-safety.md is missing: there is no hazard log to check the tests against');
    return 1;
  }
  const log = readFileSync(LOG, 'utf8');
  const logged = hazardsInLog(log);
  if (logged.length === 0) problems.push('docs/clinical-safety.md has no hazard headings (expected lines such as "### H1: Wrong patient\'s record shown")');
  const duplicates = logged.filter((id, i) => logged.indexOf(id) !== i);
  for (const id of new Set(duplicates)) problems.push(`docs/clinical-safety.md lists ${id} more than once`);

  const tests = filesUnder(TESTS).flatMap(titlesIn);
  const named = new Map(); // hazard id → titles naming it (not skipped)
  for (const t of tests) {
    // A wildcard part could hold anything; only the literal parts of a title name hazards.
    const literal = t.title.replace(/\u0000/g, ' ');
    for (const m of literal.matchAll(HAZARD)) {
      const id = `H${Number(m[1])}`;
      if (t.skipped) {
        problems.push(`${t.where}: skipped test names ${id} ("${t.title.replace(/\u0000/g, '…')}"); a skipped test proves nothing`);
        continue;
      }
      if (!named.has(id)) named.set(id, []);
      named.get(id).push(t);
    }
  }

  for (const id of logged) {
    if (!named.has(id)) problems.push(`${id} is in the hazard log but no test title names it (add a test titled '${id}: …' that proves its control)`);
  }
  const loggedSet = new Set(logged);
  for (const [id, titles] of named) {
    if (!loggedSet.has(id)) {
      for (const t of titles) problems.push(`${t.where}: test names ${id}, which is not in docs/clinical-safety.md ("${t.title.replace(/\u0000/g, '…')}")`);
    }
  }

  const patterns = tests.filter((t) => !t.skipped).map((t) => titlePattern(t.title));
  for (const cited of citedTitles(log)) {
    if (!patterns.some((p) => p.test(cited))) problems.push(`docs/clinical-safety.md cites the test "${cited}", but no test has that title`);
  }

  if (problems.length) {
    console.error(`hazards: ${problems.length} problem${problems.length === 1 ? '' : 's'} tying docs/clinical-safety.md to the tests:`);
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  const counts = logged.map((id) => `${id} ${named.get(id).length}`).join(', ');
  console.log(`hazards: ${logged.length} hazards in the log, each named by tests (${counts})`);
  return 0;
}

process.exit(main());
