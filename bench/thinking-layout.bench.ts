// Layout cost of a growing thought without line breaks: the loop fixture thinks " Still thinking in
// circles..." over and over. Chromium's own counters (CDP Performance.getMetrics) are read when the
// live thinking panel reaches each edge of an early and a late window of the thought; a page whose
// layout per render step is bounded spends about as long per step in both, one that lays out the
// whole thought every step spends several times longer in the late one.
// `npx tsx --tsconfig tsconfig.node.json bench/thinking-layout.bench.ts` after `npm run fixtures`
// and a production build in dist-bench/prod; BENCH_THINKING_BASELINE=<a built dist folder> runs a
// second build alternately, side by side.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { FIXTURE_OUTPUT_DIR, loopFixture } from '../scripts/fixture-model/fixture-scripts';
import { chooseMode } from '../e2e/helpers';
import { addAndLoad, changeSettings } from './app-steps';
import { linkModel } from './bare-page';
import { formatTable } from './format-table';
import { median } from './median';

/** Thought lengths (characters) between which the counters are compared. */
/** BENCH_THINKING_LATE moves the late window (its start, characters) further into the thought. */
const LATE_FROM = Number(process.env.BENCH_THINKING_LATE ?? 5_000);
const WINDOWS = {
  early: { from: 500, to: 1_500 },
  late: { from: LATE_FROM, to: LATE_FROM + 1_000 },
} as const;
const POLL_MS = 100;

export interface LayoutWindow {
  /** Milliseconds of layout per render step (Chromium's LayoutDuration / LayoutCount). */
  layoutMsPerStep: number;
  /** Milliseconds of style recalculation and layout per 1,000 characters of thought. */
  styleAndLayoutMsPerKChar: number;
}

interface ThinkingLayoutRun {
  early: LayoutWindow;
  late: LayoutWindow;
}

interface Target {
  label: string;
  outDir: string;
}

type Metrics = Record<string, number>;

async function runOnce(browser: Browser, baseURL: string, modelUrl: string) {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', locale: 'en-US' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async (): Promise<Metrics> => {
      const { metrics: list } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(list.map((m) => [m.name, m.value]));
    };
    await page.goto('/');
    await addAndLoad(page, modelUrl, 'Fixture loop');
    // The loop fixture's first trial answer is settled: the check would end its thinking there.
    await changeSettings(page, { stopWhenSettled: false });
    await chooseMode(page, 'Think');
    const message = page.getByRole('textbox', { name: 'Message' });
    await message.fill('think forever');
    await message.press('Enter');
    const thinking = page.getByRole('region', { name: 'Thinking' }).last();
    await thinking.waitFor();
    const at = async (chars: number) => {
      for (;;) {
        const length = await thinking.evaluate((node) => node.textContent?.length ?? 0);
        if (length >= chars) return { length, metrics: await metrics() };
        await new Promise((done) => setTimeout(done, POLL_MS));
      }
    };
    const measureWindow = async ({ from, to }: { from: number; to: number }) => {
      const a = await at(from);
      const b = await at(to);
      const delta = (name: string) => (b.metrics[name] ?? 0) - (a.metrics[name] ?? 0);
      const steps = Math.max(1, delta('LayoutCount'));
      return {
        layoutMsPerStep: (delta('LayoutDuration') * 1000) / steps,
        styleAndLayoutMsPerKChar:
          ((delta('LayoutDuration') + delta('RecalcStyleDuration')) * 1000 * 1000) /
          (b.length - a.length),
      };
    };
    const early = await measureWindow(WINDOWS.early);
    const late = await measureWindow(WINDOWS.late);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    return { early, late };
  } finally {
    await context.close();
  }
}

export async function measureThinkingLayout(
  runs = 2,
  baselineDir = process.env.BENCH_THINKING_BASELINE,
): Promise<{ label: string; runs: ThinkingLayoutRun[] }[]> {
  const targets: Target[] = [
    ...(baselineDir ? [{ label: `baseline (${baselineDir})`, outDir: resolve(baselineDir) }] : []),
    { label: 'this build', outDir: resolve('dist-bench/prod') },
  ];
  const headers = {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  };
  const servers = await Promise.all(
    targets.map((target, index) =>
      preview({
        configFile: false,
        logLevel: 'warn',
        build: { outDir: target.outDir },
        preview: { host: '127.0.0.1', port: 4197 + index, strictPort: true, headers },
      }),
    ),
  );
  const modelUrls = targets.map((target) =>
    linkModel(target.outDir, join(FIXTURE_OUTPUT_DIR, loopFixture.fileName), 'loop.gguf'),
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  const results = targets.map((target) => ({
    label: target.label,
    runs: [] as ThinkingLayoutRun[],
  }));
  try {
    for (let round = 0; round < runs * targets.length; round += 1) {
      const index = round % targets.length;
      const url = `http://127.0.0.1:${4197 + index}`;
      results[index]?.runs.push(await runOnce(browser, url, `${url}${modelUrls[index] ?? ''}`));
    }
  } finally {
    await browser.close();
    await Promise.all(
      servers.map((s) => new Promise<void>((done) => s.httpServer.close(() => done()))),
    );
  }
  return results;
}

export function thinkingLayoutTable(results: Awaited<ReturnType<typeof measureThinkingLayout>>) {
  const ms = (values: number[]) => median(values).toFixed(2);
  return formatTable(
    [
      'build',
      'layout ms / step, 0.5k–1.5k chars',
      `layout ms / step, ${LATE_FROM / 1000}k–${LATE_FROM / 1000 + 1}k chars`,
      'style + layout ms / 1k chars, early',
      'late',
    ],
    results.map(({ label, runs }) => [
      label,
      ms(runs.map((r) => r.early.layoutMsPerStep)),
      ms(runs.map((r) => r.late.layoutMsPerStep)),
      ms(runs.map((r) => r.early.styleAndLayoutMsPerKChar)),
      ms(runs.map((r) => r.late.styleAndLayoutMsPerKChar)),
    ]),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await measureThinkingLayout(Number(process.env.BENCH_RUNS ?? 2));
  console.log(JSON.stringify(results, null, 2));
  console.log(thinkingLayoutTable(results));
}
