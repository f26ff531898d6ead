import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { root: 'demo', plugins: [mswWorker], server: { fs: { allow: ['..'] } } };
  }
  const bundled = mode === 'bundled';
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: !bundled,
      minify: 'oxc',
      target: 'es2022',
      lib: {
        entry: 'src/scr-summary.ts',
        formats: ['es'],
        fileName: () => (bundled ? 'scr-summary.bundled.js' : 'scr-summary.js'),
      },
      rollupOptions: {
        // Vite leaves ES library output unminified; rolldown's own minifier does it.
        output: { minify: true },
        // The library build leaves Lit as bare imports so an app's bundler shares one copy.
        external: bundled ? [] : [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//],
      },
    },
  };
});
