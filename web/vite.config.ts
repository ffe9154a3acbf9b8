/**
 * @module Build of the web app: `vite build --config web/vite.config.ts` writes web/dist/, which the
 * API server serves at `/` (index.html for every non-file path outside /api/).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  // `vite --config web/vite.config.ts` serves the app with live reload against a running API
  server: { proxy: { '/api': process.env.CORROBORATE_API ?? 'http://127.0.0.1:8080' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The server's CSP allows only 'self' for connect-src: a world map inlined as a data: URL
    // could not be fetched, so every asset stays a file.
    assetsInlineLimit: 0,
    // Modern browsers preload modules natively; the polyfill would add script we do not need.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
