// Draft + refine against Think, on the fixture that thinks until the context makes it stop: time
// to the first useful text (the draft's first token vs Think's first answer token) and the total
// time until the answer is finished, as ratios from runs that alternate the two modes.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { FIXTURE_OUTPUT_DIR, thinkerFixture } from '../scripts/fixture-model/fixture-scripts';
import { median } from './median';

export interface ModeTiming {
  /** ms from Enter to the first useful text: Think's answer, or the draft. */
  firstTextMs: number;
  /** ms from Enter until the answer is finished (Send is offered again). */
  totalMs: number;
}

export interface DraftRefineResult {
  think: ModeTiming[];
  refine: ModeTiming[];
  /** Draft + refine / Think, medians. */
  firstTextRatio: number;
  totalRatio: number;
}

// Plain JavaScript in the page: watches for the first text of `selector` after Enter.
const WATCH = `window.__benchFirstText = (selector) => new Promise((done) => {
  const started = performance.now();
  const check = () => {
    const el = document.querySelector(selector);
    if (el && el.textContent && el.textContent.trim() !== '') {
      observer.disconnect();
      done(performance.now() - started);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
});`;

declare global {
  interface Window {
    __benchFirstText?: (selector: string) => Promise<number>;
  }
}

async function timeOne(
  browser: Browser,
  baseURL: string,
  modelUrl: string,
  mode: 'Think' | 'Draft + refine',
): Promise<ModeTiming> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', locale: 'en-US' });
  await context.addInitScript({ content: WATCH });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Add model from URL' }).click();
    const form = page.getByRole('form', { name: 'Add model from URL' });
    await form.getByLabel('GGUF URL').fill(modelUrl);
    await form.getByLabel('Name (optional)').fill('Fixture thinker');
    await form.getByRole('button', { name: 'Add model' }).click();
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Fixture thinker · CPU' }).waitFor();
    await page
      .getByRole('radiogroup', { name: 'Thinking mode' })
      .getByRole('radio', { name: mode })
      .check();
    const selector =
      mode === 'Think'
        ? 'article[aria-label="Assistant message"] [data-testid="answer"]'
        : 'article[aria-label="Assistant message"] section[aria-label="Draft"] div';
    await page.getByRole('textbox', { name: 'Message' }).fill('Think about it for a while.');
    const started = Date.now();
    const firstText = page.evaluate((s) => window.__benchFirstText?.(s) ?? Number.NaN, selector);
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    const firstTextMs = await firstText;
    await page
      .getByRole('article', { name: 'Assistant message' })
      .getByTestId('answer')
      .filter({ hasText: thinkerFixture.answer })
      .waitFor({ timeout: 300_000 });
    await page.getByRole('button', { name: 'Send' }).waitFor({ timeout: 300_000 });
    return { firstTextMs, totalMs: Date.now() - started };
  } finally {
    await context.close();
  }
}

/** Needs the production build in dist-bench/prod (bench/first-paint-size.ts makes it). */
export async function measureDraftRefine(runs = 3): Promise<DraftRefineResult> {
  const outDir = resolve('dist-bench/prod');
  const dir = join(outDir, 'bench-models');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, thinkerFixture.fileName);
  if (!existsSync(target))
    symlinkSync(resolve(FIXTURE_OUTPUT_DIR, thinkerFixture.fileName), target);
  const port = Number(process.env.BENCH_REFINE_PORT ?? 4198);
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
  const baseURL = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  const modelUrl = `${baseURL}/bench-models/${thinkerFixture.fileName}`;
  try {
    const think: ModeTiming[] = [];
    const refine: ModeTiming[] = [];
    for (let run = 0; run < runs; run += 1) {
      think.push(await timeOne(browser, baseURL, modelUrl, 'Think'));
      refine.push(await timeOne(browser, baseURL, modelUrl, 'Draft + refine'));
    }
    const med = (list: ModeTiming[], key: keyof ModeTiming) => median(list.map((t) => t[key]));
    return {
      think,
      refine,
      firstTextRatio: med(refine, 'firstTextMs') / med(think, 'firstTextMs'),
      totalRatio: med(refine, 'totalMs') / med(think, 'totalMs'),
    };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(
    JSON.stringify(await measureDraftRefine(Number(process.env.BENCH_RUNS ?? 3)), null, 2),
  );
}
