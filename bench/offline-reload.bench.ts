// Offline reload: with the service worker installed and the network off, from `reload()` to a
// composer that takes typing and the conversation list shown (the 50-message conversation open).
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { LONG_CONVERSATION_TITLE, longConversationExport } from './long-conversation';
import { median } from './median';

export interface OfflineReloadResult {
  /** Per reload: ms from calling reload() until the composer is editable and the list is shown. */
  usableMs: number[];
  medianMs: number;
}

/** Needs the production build in dist-bench/prod (bench/first-paint-size.ts makes it). */
export async function measureOfflineReload(reloads = 3): Promise<OfflineReloadResult> {
  const port = Number(process.env.BENCH_OFFLINE_PORT ?? 4197);
  const server = await preview({
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: resolve('dist-bench/prod') },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({
      baseURL: `http://127.0.0.1:${port}`,
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.getByLabel('Import conversations').setInputFiles({
      name: 'long-conversation.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(longConversationExport())),
    });
    const entry = page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('button', { name: LONG_CONVERSATION_TITLE, exact: true });
    await entry.click();
    await context.setOffline(true);
    const usableMs: number[] = [];
    for (let i = 0; i < reloads; i += 1) {
      const started = performance.now();
      await page.reload({ waitUntil: 'commit' });
      await page.getByRole('textbox', { name: 'Message' }).waitFor();
      await page.getByRole('textbox', { name: 'Message' }).fill('typing works');
      await entry.waitFor();
      usableMs.push(performance.now() - started);
      if (!(await page.getByRole('status', { name: 'Offline' }).isVisible())) {
        throw new Error('The reloaded page does not say it is offline.');
      }
    }
    return { usableMs, medianMs: median(usableMs) };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}
