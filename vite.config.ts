/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy, extraModelHosts } from './scripts/csp/content-security-policy.ts';
import { BOOT_SCRIPT_HASH } from './scripts/prerender/boot-script.ts';
import { prerenderShell } from './scripts/prerender/prerender-plugin.ts';

// Multi-threaded WebAssembly (wllama) needs SharedArrayBuffer, which needs cross-origin isolation.
const crossOriginIsolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// Model hosts beyond the catalog's must be allowed by name (see README, Hosting).
const modelHosts = extraModelHosts(process.env.MINDSWITCH_MODEL_HOSTS);
const headers = (devServer: boolean) => ({
  ...crossOriginIsolation,
  'Content-Security-Policy': contentSecurityPolicy({
    modelHosts,
    devServer,
    inlineScriptHashes: [BOOT_SCRIPT_HASH],
  }),
});
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

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
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
  server: { headers: headers(true) },
  preview: { headers: headers(false) },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
    // Everything the first paint needs in one file (one request, not fifteen); lazy parts keep
    // their own chunks.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'first-paint', tags: ['$initial'] }] } },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    setupFiles: ['src/app/i18n/test-setup.ts'],
  },
});
