/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { extraModelHosts } from './scripts/csp/content-security-policy.ts';
import { contentSecurityPolicyPlugin, serverHeaders } from './scripts/csp/vite-plugin.ts';
import { prerenderShell } from './scripts/prerender/prerender-plugin.ts';
import { fixtureModelsPlugin } from './scripts/preview/fixture-models.ts';

// Model hosts beyond the catalog's must be allowed by name (see README, Hosting). Multi-threaded
// WebAssembly (wllama) needs SharedArrayBuffer, which needs cross-origin isolation: both are in
// the headers below, in dist/_headers and (the policy) in index.html.
const modelHosts = extraModelHosts(process.env.MINDSWITCH_MODEL_HOSTS);
/**
 * vite-plugin-pwa builds the service worker with Rollup's `inlineDynamicImports`, which Vite 8
 * (Rolldown) reports as deprecated on every build. This asks for the same thing by its new name.
 */
const serviceWorkerOutput: Plugin = {
  name: 'service-worker-single-file',
  outputOptions(options) {
    if (!options.inlineDynamicImports) return null;
    const renamed = { ...options, codeSplitting: false };
    delete renamed.inlineDynamicImports;
    return renamed;
  },
};

/**
 * Rolldown prints a [PLUGIN_TIMINGS] block whenever plugin callbacks (Tailwind, the PWA's service
 * worker build, asset URLs) take a large share of a build, which on a slow or busy machine is every
 * build; it is advice for plugin authors, nothing a user of `npm start` can act on.
 */
const quietChecks = { bundlerTimings: false };
const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicyPlugin(modelHosts),
    fixtureModelsPlugin(fileURLToPath(new URL('./e2e/fixtures/generated/', import.meta.url))),
    prerenderShell(alias),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/app/service-worker',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'MindSwitch',
        short_name: 'MindSwitch',
        description: 'Chat with Qwen3 in your browser, on your own GPU, offline.',
        theme_color: '#4f46e5',
        background_color: '#0f172a',
        display: 'standalone',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      injectManifest: {
        buildPlugins: { vite: [serviceWorkerOutput] },
        // The app shell includes the engines: wllama's .wasm and the web-llm worker are large.
        globPatterns: ['**/*.{js,css,html,wasm,svg,png,webmanifest,woff2}'],
        maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
      },
    }),
  ],
  resolve: { alias },
  server: { headers: serverHeaders(modelHosts, true) },
  preview: { headers: serverHeaders(modelHosts, false) },
  worker: { format: 'es', rolldownOptions: { checks: quietChecks } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
    // Everything the first paint needs in one file (one request, not fifteen); lazy parts keep
    // their own chunks.
    rolldownOptions: {
      checks: quietChecks,
      output: { codeSplitting: { groups: [{ name: 'first-paint', tags: ['$initial'] }] } },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    setupFiles: ['src/app/i18n/test-setup.ts'],
  },
});
