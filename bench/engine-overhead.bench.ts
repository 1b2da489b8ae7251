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
import { medianWindows, traceWindow, type TraceWindow } from './stream-trace';

/**
 * The traced runs' windows: five of equal length, one after another through the stream, so that
 * a cost that grows with the thought shows as a rising row, not as one early/late pair.
 */
const TRACE_WINDOW_CHARS = (LOOP_WINDOW.to - LOOP_WINDOW.from) / 5;
const TRACE_WINDOWS = Array.from({ length: 5 }, (_, i) => ({
  from: LOOP_WINDOW.from + i * TRACE_WINDOW_CHARS,
  to: LOOP_WINDOW.from + (i + 1) * TRACE_WINDOW_CHARS,
}));
/** Traced app runs; each window is reported as its median over them (one window is 2–4 s). */
const TRACE_RUNS = 3;

/**
 * How the bench reads the app's progress: `observer`, a MutationObserver in the page (no work of
 * its own per frame); `poll`, from outside every 50 ms (a CDP round trip each time, as an
 * independent harness does), which also wakes the page's main thread 20 times a second.
 */
export type AppReader = 'observer' | 'poll';
/** What each round measures between bare runs: the app read each way, and bare wllama polled. */
type Side = AppReader | 'barePolled';
const SIDES: readonly Side[] = ['observer', 'poll', 'barePolled'];
/** The fixture's trained context, to which the app clamps its 8K default; the same for bare wllama. */
const CONTEXT_TOKENS = FIXTURE_HPARAMS.contextLength;

/**
 * A side measured between two runs of bare wllama: its rate and the mean of theirs. This virtual
 * machine's speed drifts by a third within minutes; a side compared with the bare runs just
 * before and just after it (about 25 s each way) sees the same machine, where one compared with a
 * bare run three sides away did not.
 */
export interface Bracketed {
  charsPerSecond: number;
  bareAroundCharsPerSecond: number;
}

/** A side's rate relative to the bare runs around it. */
export const relative = (side: Bracketed) => side.charsPerSecond / side.bareAroundCharsPerSecond;

/** One round: each side once, each between two bare runs, in an order that turns each round. */
export interface OverheadRound {
  /** The app's rate as each reader saw it. */
  app: Record<AppReader, Bracketed>;
  /** Bare wllama read from outside every 50 ms, as the polling reader reads the app. */
  barePolled: Bracketed;
}

export interface EngineResult {
  threads: number;
  cores: number;
  rounds: OverheadRound[];
  /** Bare wllama's tokens per character in the window, to turn the app's chars/s into tokens/s. */
  tokensPerChar: number;
  bareTokensPerSecond: number;
  appTokensPerSecond: Record<AppReader, number>;
  /** Median over the rounds of app / the bare runs around it, per reader. */
  ratio: Record<AppReader, number>;
  /** Median over the rounds of bare polled / the bare runs around it: the poller's own cost. */
  barePolledRatio: number;
  /** Median over the rounds of the app polled ÷ bare polled, each relative to its bare runs. */
  polledBothRatio: number;
  /** The page's work per second of streaming, window by window: the median of the traced runs. */
  trace: TraceWindow[];
  /** Each traced run's windows. */
  traceRuns: TraceWindow[][];
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

/** One more app run, traced over each of TRACE_WINDOWS in turn (no reader). */
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
    const tokensPerChar: number[] = [];
    const bareRates: number[] = [];
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
    const windowCharsPerSecond = (marks: Parameters<typeof markRate>[0]) =>
      markRate(marks, 'chars', LOOP_WINDOW.from, LOOP_WINDOW.to);
    const bareSide = async () => {
      await machineQuiet();
      const chars = windowCharsPerSecond((await bareRun(browser, baseURL, bareOptions)).marks);
      tokensPerChar.push((chars.b.tokens - chars.a.tokens) / (chars.b.chars - chars.a.chars));
      bareRates.push(chars.perSecond);
      return chars.perSecond;
    };
    const sides: Record<Side, () => Promise<number>> = {
      observer: () => appRun(browser, baseURL, `${baseURL}${loopUrl}`, 'observer'),
      poll: () => appRun(browser, baseURL, `${baseURL}${loopUrl}`, 'poll'),
      barePolled: async () =>
        windowCharsPerSecond((await bareRun(browser, baseURL, bareOptions, { polled: true })).marks)
          .perSecond,
    };
    const rounds: OverheadRound[] = [];
    let bareBefore = await bareSide();
    for (let round = 0; round < runs; round += 1) {
      const measured: Partial<Record<Side, Bracketed>> = {};
      // The order turns by one place each round, so that no side always follows the same one.
      for (let i = 0; i < SIDES.length; i += 1) {
        const side = SIDES[(round + i) % SIDES.length] ?? 'observer';
        await machineQuiet();
        const charsPerSecond = await sides[side]();
        const bareAfter = await bareSide();
        measured[side] = {
          charsPerSecond,
          bareAroundCharsPerSecond: (bareBefore + bareAfter) / 2,
        };
        bareBefore = bareAfter;
      }
      const { observer, poll, barePolled } = measured;
      if (!observer || !poll || !barePolled) throw new Error('A side of the round did not run.');
      rounds.push({ app: { observer, poll }, barePolled });
    }
    const perChar = median(tokensPerChar);
    const perReader = (value: (reader: AppReader) => number) => ({
      observer: value('observer'),
      poll: value('poll'),
    });
    const appTokensPerSecond = perReader(
      (reader) => median(rounds.map((r) => r.app[reader].charsPerSecond)) * perChar,
    );
    const traceRuns: TraceWindow[][] = [];
    for (let run = 0; run < TRACE_RUNS; run += 1) {
      await machineQuiet();
      traceRuns.push(await traceAppRun(browser, baseURL, `${baseURL}${loopUrl}`));
    }
    const realSizeResult = realSize
      ? await measureRealSize(browser, baseURL, outDir, Number(cores), tag)
      : null;
    return {
      threads,
      cores: Number(cores),
      rounds,
      tokensPerChar: perChar,
      bareTokensPerSecond: median(bareRates) * perChar,
      appTokensPerSecond,
      polledBothRatio: median(rounds.map((r) => relative(r.app.poll) / relative(r.barePolled))),
      barePolledRatio: median(rounds.map((r) => relative(r.barePolled))),
      ratio: perReader((reader) => median(rounds.map((r) => relative(r.app[reader])))),
      trace: medianWindows(traceRuns),
      traceRuns,
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
