// Engine overhead: the same looping fixture decoded by bare wllama and by the app, same browser,
// threads and context, alternating runs; then the real-size model in bare wllama
// (`real-size-cpu.ts`).
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { chromium, type Browser } from '@playwright/test';
import { loopFixture, FIXTURE_OUTPUT_DIR } from '../scripts/fixture-model/fixture-scripts';
import { FIXTURE_HPARAMS } from '../scripts/fixture-model/build-fixture-model';
import { THINKING_SAMPLING } from '../src/domain/thinking/sampling-presets';
import { threadCount } from '../src/engine/wllama/thread-count';
import type { BareRunOptions } from './bare-wllama/protocol';
import { buildBarePage, linkModel, markRate, openBarePage, runBare } from './bare-page';
import {
  askInThink,
  PROMPT,
  LOOP_WINDOW,
  observedMarks,
  pollLength,
  POLL_MS,
  windowRate,
} from './app-thinking';
import { serveIsolated } from './built-app';
import { machineQuiet } from './machine-quiet';
import { median } from './median';
import { measureRealSize, type RealSizeResult } from './real-size-cpu';
import { traceWindow, type TraceWindow } from './stream-trace';

/** The traced run's windows: early and late in the same stream, 2,500 characters each. */
const TRACE_WINDOWS = [
  { from: LOOP_WINDOW.from, to: LOOP_WINDOW.from + 2_500 },
  { from: LOOP_WINDOW.to - 2_500, to: LOOP_WINDOW.to },
];

/**
 * How the bench reads the app's progress: `observer`, a MutationObserver in the page (no work of
 * its own per frame); `poll`, from outside every 50 ms (a CDP round trip each time, as an
 * independent harness does), which also wakes the page's main thread 20 times a second.
 */
export type AppReader = 'observer' | 'poll';
const READERS: readonly AppReader[] = ['observer', 'poll'];
/** The fixture's trained context, to which the app clamps its 8K default; the same for bare wllama. */
const CONTEXT_TOKENS = FIXTURE_HPARAMS.contextLength;

export interface OverheadRun {
  bareCharsPerSecond: number;
  /** Bare wllama read from outside every 50 ms, as the polling reader reads the app. */
  barePolledCharsPerSecond: number;
  /** The app's rate as each reader saw it (each run: bare, observer, poll, bare polled, turned). */
  appCharsPerSecond: Record<AppReader, number>;
}

export interface EngineResult {
  threads: number;
  cores: number;
  runs: OverheadRun[];
  /** Bare wllama's tokens per character in the window, to turn the app's chars/s into tokens/s. */
  tokensPerChar: number;
  bareTokensPerSecond: number;
  appTokensPerSecond: Record<AppReader, number>;
  /** Median of the per-run ratios app / bare, per reader. */
  ratio: Record<AppReader, number>;
  /** Median of the per-run ratios bare polled / bare: the polling harness's own cost. */
  barePolledRatio: number;
  /** Median of the per-run ratios app polled / bare polled: both sides read the same way. */
  polledBothRatio: number;
  /** The page's work per second of streaming, early and late in one traced app run. */
  trace: TraceWindow[];
  /** Null when skipped (BENCH_REAL_SIZE=0 on the standalone run). */
  realSize: RealSizeResult | null;
}

/**
 * Bare wllama's stream; with `polled`, the page is also read from outside every POLL_MS (a trivial
 * CDP evaluate), as the polling reader reads the app: what such a harness costs a wllama page by
 * itself, with no app in it.
 */
async function bareRun(
  browser: Browser,
  baseURL: string,
  options: BareRunOptions,
  { polled = false } = {},
) {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await openBarePage(page);
    let running = true;
    const poller = (async () => {
      while (polled && running) {
        await page.evaluate(() => performance.now());
        await new Promise((done) => setTimeout(done, POLL_MS));
      }
    })();
    try {
      return await runBare(page, options);
    } finally {
      running = false;
      await poller;
    }
  } finally {
    await context.close();
  }
}

/** The app's thinking rate (chars/s) in the window, read by `reader`. */
async function appRun(
  browser: Browser,
  baseURL: string,
  modelUrl: string,
  reader: AppReader,
): Promise<number> {
  const { context, page, thinking } = await askInThink(browser, baseURL, modelUrl);
  try {
    const marks =
      reader === 'poll'
        ? await pollLength(thinking, LOOP_WINDOW.from, LOOP_WINDOW.to)
        : await observedMarks(thinking);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    return windowRate(marks);
  } finally {
    await context.close();
  }
}

/** One more app run, traced over an early and a late window of equal length (no reader). */
async function traceAppRun(browser: Browser, baseURL: string, modelUrl: string) {
  const { context, page, thinking } = await askInThink(browser, baseURL, modelUrl);
  try {
    const reached = async (chars: number) => {
      const marks = await thinking.evaluate(
        (el, at) => window.__benchWatchLength?.(el, at, at) ?? [],
        chars,
      );
      return marks.at(-1)?.at ?? Number.NaN;
    };
    const windows: TraceWindow[] = [];
    for (const { from, to } of TRACE_WINDOWS) {
      windows.push(await traceWindow(browser, page, reached, from, to));
    }
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    return windows;
  } finally {
    await context.close();
  }
}

/** Needs the production build in dist-bench/prod (bench/first-paint-size.ts makes it). */
export async function measureEngine(runs = 3, { realSize = true } = {}): Promise<EngineResult> {
  const outDir = resolve('dist-bench/prod');
  await buildBarePage(outDir);
  const loopUrl = linkModel(outDir, join(FIXTURE_OUTPUT_DIR, loopFixture.fileName), 'loop.gguf');
  const port = Number(process.env.BENCH_PORT ?? 4196);
  const server = await serveIsolated(outDir, port);
  const { baseURL } = server;
  const tag = `--bench-engine=${randomUUID()}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', tag],
  });
  try {
    const probe = await browser.newPage({ baseURL });
    await openBarePage(probe);
    const [cores, isolated] = await probe.evaluate(() => [
      navigator.hardwareConcurrency,
      crossOriginIsolated,
    ]);
    await probe.close();
    if (!isolated) throw new Error('The bench pages are not cross-origin isolated.');
    const threads = threadCount(Number(cores), Boolean(isolated));
    const overhead: OverheadRun[] = [];
    const tokensPerChar: number[] = [];
    const bareOptions: BareRunOptions = {
      url: `${baseURL}${loopUrl}`,
      threads,
      contextTokens: CONTEXT_TOKENS,
      thinking: true,
      prompt: PROMPT,
      sampling: THINKING_SAMPLING,
      maxTokens: CONTEXT_TOKENS,
      stopAfterTokens: CONTEXT_TOKENS,
      stopAfterChars: LOOP_WINDOW.to + 100,
    };
    for (let run = 0; run < runs; run += 1) {
      let bareCharsPerSecond = 0;
      let barePolledCharsPerSecond = 0;
      const app = { observer: 0, poll: 0 };
      const sides: (() => Promise<void>)[] = [
        async () => {
          const bare = await bareRun(browser, baseURL, bareOptions);
          const chars = markRate(bare.marks, 'chars', LOOP_WINDOW.from, LOOP_WINDOW.to);
          tokensPerChar.push((chars.b.tokens - chars.a.tokens) / (chars.b.chars - chars.a.chars));
          bareCharsPerSecond = chars.perSecond;
        },
        ...READERS.map((reader) => async () => {
          app[reader] = await appRun(browser, baseURL, `${baseURL}${loopUrl}`, reader);
        }),
        async () => {
          const polled = await bareRun(browser, baseURL, bareOptions, { polled: true });
          barePolledCharsPerSecond = markRate(
            polled.marks,
            'chars',
            LOOP_WINDOW.from,
            LOOP_WINDOW.to,
          ).perSecond;
        },
      ];
      // The order turns by one place each run, so that no side is always first (a run that
      // follows the browser's start or the previous side's teardown is not like the others).
      for (let i = 0; i < sides.length; i += 1) {
        await machineQuiet();
        await sides[(run + i) % sides.length]?.();
      }
      overhead.push({ bareCharsPerSecond, barePolledCharsPerSecond, appCharsPerSecond: app });
    }
    const perChar = median(tokensPerChar);
    const bareTokensPerSecond = median(overhead.map((r) => r.bareCharsPerSecond)) * perChar;
    const perReader = (value: (reader: AppReader) => number) => ({
      observer: value('observer'),
      poll: value('poll'),
    });
    const appTokensPerSecond = perReader(
      (reader) => median(overhead.map((r) => r.appCharsPerSecond[reader])) * perChar,
    );
    const trace = await traceAppRun(browser, baseURL, `${baseURL}${loopUrl}`);
    const realSizeResult = realSize
      ? await measureRealSize(browser, baseURL, outDir, Number(cores), tag)
      : null;
    return {
      threads,
      cores: Number(cores),
      runs: overhead,
      tokensPerChar: perChar,
      bareTokensPerSecond,
      appTokensPerSecond,
      polledBothRatio: median(
        overhead.map((r) => r.appCharsPerSecond.poll / r.barePolledCharsPerSecond),
      ),
      barePolledRatio: median(
        overhead.map((r) => r.barePolledCharsPerSecond / r.bareCharsPerSecond),
      ),
      ratio: perReader((reader) =>
        median(overhead.map((r) => r.appCharsPerSecond[reader] / r.bareCharsPerSecond)),
      ),
      trace,
      realSize: realSizeResult,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureEngine(Number(process.env.BENCH_ENGINE_RUNS ?? 9), {
    realSize: process.env.BENCH_REAL_SIZE !== '0',
  });
  console.log(JSON.stringify(result, null, 2));
  const { formatTable } = await import('./format-table');
  const { TRACE_COLUMNS, traceRows } = await import('./stream-trace');
  console.log(formatTable(TRACE_COLUMNS, traceRows(result.trace)));
}
