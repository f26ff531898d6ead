/**
 * Test-runner routes for the embedding proofs (test/embedding/):
 *
 * - `/csp/…`: a plain static "host site" that sends a strict Content-Security-Policy
 *   header on every response: the page and probe script from test/embedding/csp/, the
 *   built `dist/scr-summary.bundled.js`, and a static FHIR endpoint at `/csp/fhir/<digits>`.
 *   Served as they are, before the runner's own transforms, as a plain web server would.
 *   `?tt=1` on the page adds Trusted Types enforcement to the policy.
 * - `/test/embedding/react-host.js`: React and react-dom ship CommonJS only, so that small
 *   host module is bundled to one ES module with esbuild when the browser asks for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const cspDir = here('./csp/');
const bundled = here('../../dist/scr-summary.bundled.js');
const reactHost = here('./react-host.js');

export const STRICT_CSP = "default-src 'self'";
const TRUSTED_TYPES = "; require-trusted-types-for 'script'; trusted-types lit-html";

const cspFiles = {
  'index.html': 'text/html; charset=utf-8',
  'probe.js': 'text/javascript',
};

async function serveCsp(context) {
  const name = context.path.slice('/csp/'.length);
  context.set('Content-Security-Policy', STRICT_CSP + (context.query.tt ? TRUSTED_TYPES : ''));
  context.set('Cache-Control', 'no-store');
  if (name in cspFiles) {
    context.type = cspFiles[name];
    context.body = readFileSync(cspDir + name);
  } else if (name === 'scr-summary.bundled.js') {
    if (!existsSync(bundled)) {
      context.status = 500;
      context.type = 'text/plain';
      context.body = 'dist/scr-summary.bundled.js is missing: run `npm run build` first (npm test does).';
      return;
    }
    context.type = 'text/javascript';
    context.body = readFileSync(bundled);
  } else if (name === 'fhir/9434765919') {
    context.type = 'application/fhir+json';
    context.body = readFileSync(cspDir + 'record.json');
  } else {
    context.status = 404;
    context.type = 'text/plain';
    context.body = 'not found';
  }
}

async function serveReactHost(context) {
  const result = await build({
    entryPoints: [reactHost],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  context.type = 'text/javascript';
  context.set('Cache-Control', 'no-store');
  context.body = result.outputFiles[0].text;
}

export async function embeddingMiddleware(context, next) {
  if (context.path.startsWith('/csp/')) return serveCsp(context);
  if (context.path === '/test/embedding/react-host.js') return serveReactHost(context);
  return next();
}
