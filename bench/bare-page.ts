// The bare wllama page (bench/bare-wllama): built into a bench output folder, opened, and run.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import type { BareRunOptions, BareRunResult } from './bare-wllama/protocol';

/** Builds the bare page into `outDir`/bare, served at /bare/. */
export async function buildBarePage(outDir: string) {
  await build({
    root: resolve('bench/bare-wllama'),
    configFile: false,
    logLevel: 'warn',
    base: '/bare/',
    build: { outDir: join(outDir, 'bare'), emptyOutDir: true, target: 'es2022' },
    worker: { format: 'es' },
  });
}

/** Opens the bare page in `page` (whose context has the server's base URL) once it is ready. */
export async function openBarePage(page: Page) {
  await page.goto('/bare/index.html');
  await page.waitForFunction(() => window.__bare !== undefined);
}

/** One load and stream in the open bare page. */
export function runBare(page: Page, options: BareRunOptions): Promise<BareRunResult> {
  return page.evaluate((o) => {
    // Runs in the page (serialised): no references to this module.
    if (!window.__bare) throw new Error('The bare wllama page did not start.');
    return window.__bare.run(o);
  }, options);
}

/** Links a model file into `outDir`/bench-models under `name`; returns its path on the server. */
export function linkModel(outDir: string, source: string, name: string): string {
  const dir = join(outDir, 'bench-models');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, name);
  if (!existsSync(target)) symlinkSync(resolve(source), target);
  return `/bench-models/${name}`;
}

/** Rate of a bare run's stream between the first marks that reach `from` and `to` of `key`. */
export function markRate(
  marks: BareRunResult['marks'],
  key: 'chars' | 'tokens',
  from: number,
  to: number,
) {
  const a = marks.find((m) => m[key] >= from);
  const b = marks.find((m) => m[key] >= to);
  if (!a || !b || b.at <= a.at) throw new Error(`The stream never reached ${to} ${key}.`);
  return { perSecond: ((b[key] - a[key]) * 1000) / (b.at - a.at), a, b };
}
