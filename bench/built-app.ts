import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { FIXTURE_OUTPUT_DIR, type FixtureScript } from '../scripts/fixture-model/fixture-scripts';

/**
 * Serves the production build in dist-bench/prod (bench/first-paint-size.ts makes it) with the
 * fixtures' files beside it, and runs `work` in Chromium against it.
 */
export async function withBuiltApp<T>(
  fixtures: readonly FixtureScript[],
  port: number,
  work: (browser: Browser, baseURL: string, modelUrl: (f: FixtureScript) => string) => Promise<T>,
): Promise<T> {
  const outDir = resolve('dist-bench/prod');
  const dir = join(outDir, 'bench-models');
  mkdirSync(dir, { recursive: true });
  for (const fixture of fixtures) {
    const target = join(dir, fixture.fileName);
    if (!existsSync(target)) symlinkSync(resolve(FIXTURE_OUTPUT_DIR, fixture.fileName), target);
  }
  const server = await serveIsolated(outDir, port);
  const { baseURL } = server;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  try {
    return await work(browser, baseURL, (f) => `${baseURL}/bench-models/${f.fileName}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Serves a built folder on 127.0.0.1 with the isolation headers wllama's threads need (no CSP:
 * the project's own headers are for `vite preview` of the app, see bench/lighthouse.bench.ts).
 */
export async function serveIsolated(outDir: string, port: number) {
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      open: false,
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      },
    },
  });
  return {
    baseURL: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.httpServer.close(() => done())),
  };
}
