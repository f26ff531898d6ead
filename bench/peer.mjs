/**
 * The benchmark's peer, fhir-react 2.1.1 with React 18.3.1 (its peerDependencies), installed on
 * demand into a temporary folder (reused while it holds those versions) and never into the
 * project's dependencies; bench/peer-page.ts is bundled from there with the project's esbuild,
 * minified, with React's production build. Resolves to the bundle's folder, or to `{ error }`
 * when the install or the bundle fails: the benchmark then reports the card alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

export const PEER = { 'fhir-react': '2.1.1', react: '18.3.1', 'react-dom': '18.3.1' };
/** fhir-react's webpack 4 build requires these (its Buffer polyfill) without declaring them. */
const UNDECLARED = { 'base64-js': '1.5.1', ieee754: '1.2.1', isarray: '1.0.0' };
const ALL = { ...PEER, ...UNDECLARED };
const dir = path.join(os.tmpdir(), 'scr-bench-peer');

const installed = () =>
  Object.entries(ALL).every(([name, version]) => {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === version;
  });

/** React and fhir-react from the peer's folder, never the project's own React 19 (bench/ sits inside the project). */
const fromPeerFolder = {
  name: 'peer-folder',
  setup(b) {
    b.onResolve({ filter: /^(react|react-dom|fhir-react)(\/.*)?$/ }, (args) =>
      args.pluginData === 'peer' ? undefined : b.resolve(args.path, { kind: args.kind, resolveDir: dir, pluginData: 'peer' }),
    );
  },
};

export async function preparePeer() {
  try {
    if (!installed()) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
      const specs = Object.entries(ALL).map(([n, v]) => `${n}@${v}`);
      execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--ignore-scripts', ...specs], { stdio: 'ignore', timeout: 300_000 });
      if (!installed()) throw new Error(`npm install into ${dir} did not leave ${specs.join(', ')}`);
    }
    const out = path.join(dir, 'out');
    await build({
      entryPoints: [new URL('./peer-page.ts', import.meta.url).pathname],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      outdir: out,
      nodePaths: [path.join(dir, 'node_modules')],
      plugins: [fromPeerFolder],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    return { dir: out, versions: PEER };
  } catch (e) {
    return { error: `${e?.message ?? e}`.split('\n')[0] };
  }
}
