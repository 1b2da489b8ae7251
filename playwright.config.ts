import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Overridable so that several checkouts can run their suites side by side.
const previewPort = Number(process.env.E2E_PREVIEW_PORT ?? 4174);
const fixturePort = Number(process.env.E2E_FIXTURE_PORT ?? 4175);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${previewPort}`,
    // The specs find elements by their English names; the app follows the browser's language.
    locale: 'en-US',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    // Recording a trace costs ~3 s per test on a 2-core machine, and CI keeps no artefacts.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [
    { name: 'cpu', testIgnore: /webgpu\.spec\.ts/ },
    {
      name: 'webgpu',
      testMatch: /webgpu\.spec\.ts/,
      use: {
        launchOptions: {
          executablePath: chromiumPath,
          args: ['--no-sandbox', '--enable-unsafe-webgpu', '--disable-background-networking'],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${previewPort} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${previewPort}`,
      // The fixture server is a model host the app's Content-Security-Policy must allow.
      env: { MINDSWITCH_MODEL_HOSTS: `http://127.0.0.1:${fixturePort}` },
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx tsx e2e/fixture-server.ts ${fixturePort}`,
      url: `http://127.0.0.1:${fixturePort}/health`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
