import { defineConfig, type LibraryOptions, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cssLiterals } from './build/css-literals.js';

const workerFile = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

// MSW's worker must be served from the site root to control the demo page; serving it
// straight from node_modules keeps it in step with the installed msw version.
const mswWorker: Plugin = {
  name: 'msw-worker',
  configureServer(server) {
    server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
      res.setHeader('Content-Type', 'text/javascript');
      res.end(readFileSync(workerFile));
    });
  },
};

/**
 * The self-contained build inlines Lit's browser code, which extends `HTMLElement` and
 * reads `document` as the module loads. Imported in Node (a server-side rendering
 * framework walking its imports) that would throw, so the file starts by declaring
 * module-scoped stand-ins for the two names, used only where the globals are missing. In a
 * browser they are the real objects; nothing global is created or changed. (The library
 * build needs none of this: Node resolves its bare `lit` imports to Lit's own Node build.)
 */
const nodeGuard =
  'const HTMLElement=globalThis.HTMLElement??class{},' +
  'document=globalThis.document??{createTreeWalker:()=>({}),createComment:()=>({})};';

/** One self-contained file for a plain `<script type="module">` tag. */
const bundledLib: LibraryOptions = { entry: 'src/scr-summary.ts', formats: ['es'], fileName: () => 'scr-summary.bundled.js' };

/**
 * For bundlers: `scr-summary.js` registers the tags; `api.js` is the same API without
 * registering (a host that picks its own tag name or decides when to define). Both import
 * one shared chunk, so an app that loads both gets one copy of the code.
 */
const libraryLib: LibraryOptions = {
  entry: { 'scr-summary': 'src/scr-summary.ts', api: 'src/index.ts' },
  formats: ['es'],
  fileName: (_format, name) => `${name}.js`,
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { root: 'demo', plugins: [mswWorker], server: { fs: { allow: ['..'] } } };
  }
  const bundled = mode === 'bundled';
  return {
    plugins: [cssLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: !bundled,
      minify: 'oxc',
      target: 'es2022',
      lib: bundled ? bundledLib : libraryLib,
      rollupOptions: {
        output: {
          // Vite leaves ES library output unminified; rolldown's own minifier does it.
          minify: true,
          chunkFileNames: 'chunks/scr-summary-[hash].js',
          // The bundled file is what a page loads as it is, so bundler hints (`@__PURE__`) are
          // dead weight there. The library build keeps them for the app's bundler, whose own
          // minifier strips them from what the page finally loads.
          ...(bundled ? { banner: nodeGuard, comments: { annotation: false } } : {}),
        },
        // The library build leaves Lit as bare imports so an app's bundler shares one copy.
        external: bundled ? [] : [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//],
      },
    },
  };
});
