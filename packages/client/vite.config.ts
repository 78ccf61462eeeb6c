import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API_TARGET = process.env.CRM_API_URL ?? 'http://localhost:4000';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@': fromRoot('./src') },
  },
  server: {
    port: 5173,
    proxy: {
      // ws: live dashboards subscribe over graphql-ws on the same path.
      '/graphql': { target: API_TARGET, changeOrigin: true, ws: true },
      '/healthz': { target: API_TARGET, changeOrigin: true },
      '/files': { target: API_TARGET, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: API_TARGET, changeOrigin: true },
      '/healthz': { target: API_TARGET, changeOrigin: true },
      '/files': { target: API_TARGET, changeOrigin: true },
    },
  },
  // GraphiQL's Monaco workers import shared chunks: only ES workers can code-split.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Monaco (GraphiQL page only) is large by nature; the SPA chunks stay small.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: {
        main: fromRoot('./index.html'),
        graphiql: fromRoot('./graphiql.html'),
      },
      onwarn(warning, warn) {
        // graphiql's "use no memo" directives are React Compiler hints, harmless when bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        // Stable vendor chunks shared by both pages (better long-term caching).
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'tslib', test: /[\\/]node_modules[\\/]tslib[\\/]/, priority: 40 },
            { name: 'graphql', test: /[\\/]node_modules[\\/]graphql[\\/]/, priority: 20 },
            { name: 'apollo', test: /[\\/]node_modules[\\/](@apollo|@wry|optimism|rxjs)[\\/]/, priority: 10 },
            { name: 'app-vendor', test: /[\\/]node_modules[\\/](react-router|i18next|react-i18next)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
