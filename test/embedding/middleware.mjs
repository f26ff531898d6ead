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
 * - `/examples/<name>.html`: a README example from test/embedding/examples/ as a real page:
 *   its markup and module script as written, an import map resolving `scr-summary` to the
 *   built bundle, and a stand-in for the host's `auth` object (token from `?token=`; `refresh()`
 *   switches to `?fresh=`; `getToken()` answers after 200 ms).
 * - `/release-site/<n>`: the README's n-th no-build snippet (a fenced html block whose script
 *   tag carries `integrity`) as a page, and `/assets/scr-summary-<version>.bundled.js`, the
 *   committed release file, served byte for byte; `?tamper=1` swaps the integrity for a wrong
 *   one (the browser must then refuse the file).
 * - `/react-app/main.js`: the React 19 + TypeScript host in test/consumers/react (the README's
 *   example inside a parent with state of its own), built by Vite as an application's build
 *   would, with `scr-summary` resolved through the package's exports map to the built `dist/`.
 *   Built once per test run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const cspDir = here('./csp/');
const bundled = here('../../dist/scr-summary.bundled.js');
const reactHost = here('./react-host.js');
const packageRoot = here('../../');
const reactConsumer = here('../consumers/react/');
const examplesDir = here('./examples/');
const releaseDir = here('../../release/');
const readmeFile = here('../../README.md');

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

function serveExample(context) {
  const name = context.path.slice('/examples/'.length);
  context.set('Cache-Control', 'no-store');
  if (name === 'scr-summary.bundled.js' && existsSync(bundled)) {
    context.type = 'text/javascript';
    context.body = readFileSync(bundled);
    return;
  }
  if (!/^[\w-]+\.html$/.test(name) || !existsSync(examplesDir + name)) {
    context.status = 404;
    context.type = 'text/plain';
    context.body = name === 'scr-summary.bundled.js' ? 'dist/scr-summary.bundled.js is missing: run `npm run build` first.' : 'no such example';
    return;
  }
  const auth = `window.auth = (() => {
    const query = new URLSearchParams(location.search);
    let token = query.get('token');
    return {
      get token() { return token; },
      refresh: async () => { token = query.get('fresh'); },
      getToken: () => new Promise((resolve) => setTimeout(() => resolve(token), 200)),
    };
  })();`;
  context.type = 'text/html; charset=utf-8';
  context.body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>README example: ${name}</title>
<script type="importmap">{ "imports": { "scr-summary": "/examples/scr-summary.bundled.js" } }</script>
<script>${auth}</script>
</head>
<body>
${readFileSync(examplesDir + name, 'utf8')}
</body>
</html>`;
}

/** The README's no-build snippets: fenced html blocks whose script tag carries `integrity`. */
function releaseSnippets() {
  return [...readFileSync(readmeFile, 'utf8').matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).filter((block) => /<script\b[^>]*\bintegrity=/.test(block));
}

function serveRelease(context) {
  context.set('Cache-Control', 'no-store');
  if (context.path.startsWith('/assets/')) {
    const name = context.path.slice('/assets/'.length);
    if (/^scr-summary-[\w.-]+\.bundled\.js$/.test(name) && existsSync(releaseDir + name)) {
      context.type = 'text/javascript';
      context.body = readFileSync(releaseDir + name);
      return;
    }
  } else {
    const snippet = releaseSnippets()[Number(context.path.slice('/release-site/'.length))];
    if (snippet !== undefined) {
      // The SHA-384 of nothing: well formed, and wrong for any real file.
      const body = context.query.tamper ? snippet.replace(/integrity="[^"]*"/, 'integrity="sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"') : snippet;
      context.type = 'text/html; charset=utf-8';
      context.body = `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>README no-build snippet</title></head>\n<body>\n${body}</body>\n</html>\n`;
      return;
    }
  }
  context.status = 404;
  context.type = 'text/plain';
  context.body = 'not found';
}

/** Resolves `scr-summary` and its subpaths as a consumer's bundler would: through the exports map, to dist/. */
function packageExports() {
  const pkg = JSON.parse(readFileSync(`${packageRoot}package.json`, 'utf8'));
  return {
    name: 'scr-summary-exports',
    enforce: 'pre',
    resolveId(id) {
      if (id !== pkg.name && !id.startsWith(`${pkg.name}/`)) return null;
      const entry = pkg.exports[`.${id.slice(pkg.name.length)}`];
      const target = typeof entry === 'string' ? entry : entry?.default;
      if (!target) return null;
      const file = `${packageRoot}${target.replace(/^\.\//, '')}`;
      if (!existsSync(file)) throw new Error(`${target} is missing: run \`npm run build\` first (npm test does).`);
      return file;
    },
  };
}

let reactApp;
function buildReactApp() {
  reactApp ??= viteBuild({
    configFile: false,
    root: reactConsumer,
    logLevel: 'warn',
    plugins: [packageExports()],
    build: {
      write: false,
      target: 'es2022',
      rollupOptions: { input: `${reactConsumer}src/main.tsx`, preserveEntrySignatures: 'exports-only', output: { entryFileNames: 'main.js' } },
    },
  }).then((result) => {
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
    const chunks = outputs.filter((o) => o.type === 'chunk');
    if (chunks.length !== 1) throw new Error(`expected the React app in one file, got ${chunks.map((c) => c.fileName).join(', ')}`);
    return chunks[0].code;
  });
  return reactApp;
}

async function serveReactApp(context) {
  try {
    context.body = await buildReactApp();
    context.type = 'text/javascript';
  } catch (error) {
    reactApp = undefined;
    context.status = 500;
    context.type = 'text/plain';
    context.body = `the React app did not build: ${error.message}`;
  }
  context.set('Cache-Control', 'no-store');
}

export async function embeddingMiddleware(context, next) {
  if (context.path.startsWith('/csp/')) return serveCsp(context);
  if (context.path === '/test/embedding/react-host.js') return serveReactHost(context);
  if (context.path === '/react-app/main.js') return serveReactApp(context);
  if (context.path.startsWith('/examples/')) return serveExample(context);
  if (context.path.startsWith('/release-site/') || context.path.startsWith('/assets/scr-summary-')) return serveRelease(context);
  return next();
}
