// Streams a long synthetic answer through the real UI of a bench build and measures main-thread
// time per token at ~1k and ~8k tokens of message length. See bench/README.md for the method.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { preview } from 'vite';
import {
  SYNTHETIC_GGUF_URL,
  type BenchCheckpoint,
  type BenchStreamConfig,
} from '../src/engine/synthetic/bench-protocol';
import { buildApp } from './build-app';
import { formatTable } from './format-table';

const OUT_DIR = 'dist-bench/app';
const WINDOW = 400;
/** The stream pauses every STEP tokens so that main-thread counters can be read at exact counts. */
const STEP = 200;
const FIRST_POINT = 1000;
const SECOND_POINT = 8000;
const MODEL_NAME = 'Synthetic bench';

export interface StreamWindow {
  /** Answer tokens at the start and end of the window. */
  from: number;
  to: number;
  /** CDP Performance.getMetrics (thread CPU time of the renderer's main thread), per token. */
  taskMsPerToken: number;
  scriptMsPerToken: number;
  layoutMsPerToken: number;
  styleMsPerToken: number;
  /** Wall-clock time in the page from start to end of the window, per token. */
  wallMsPerToken: number;
  longTasks: { count: number; totalMs: number };
}

export interface StreamRun {
  /** Consecutive windows over the whole answer, for the curve. */
  windows: StreamWindow[];
  /** The windows centred on ~1k and ~8k tokens. */
  at1k: StreamWindow;
  at8k: StreamWindow;
  longTasks: { count: number; totalMs: number; maxMs: number };
  streamSeconds: number;
  rendered: { chars: number; codeBlocks: number; tables: number; math: number };
}

export interface StreamResult {
  config: BenchStreamConfig & { runs: number; windowTokens: number };
  runs: StreamRun[];
  /** Medians over runs of the windows centred on ~1k and ~8k tokens. */
  at1k: StreamWindow;
  at8k: StreamWindow;
  ratio8kTo1k: { task: number; script: number; layout: number; style: number; wall: number };
  buildSeconds: number;
  chromium: string;
}

interface Sample {
  tokens: number;
  at: number;
  metrics: Record<string, number>;
}

interface LongTaskEntry {
  start: number;
  duration: number;
}

declare global {
  interface Window {
    __benchLongTasks?: LongTaskEntry[];
  }
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

function toWindow(a: Sample, b: Sample, longTasks: LongTaskEntry[]): StreamWindow {
  const tokens = b.tokens - a.tokens;
  // Durations are seconds in CDP.
  const per = (name: string) => (((b.metrics[name] ?? 0) - (a.metrics[name] ?? 0)) * 1000) / tokens;
  const inside = longTasks.filter((t) => t.start >= a.at && t.start < b.at);
  return {
    from: a.tokens,
    to: b.tokens,
    taskMsPerToken: per('TaskDuration'),
    scriptMsPerToken: per('ScriptDuration'),
    layoutMsPerToken: per('LayoutDuration'),
    styleMsPerToken: per('RecalcStyleDuration'),
    wallMsPerToken: (b.at - a.at) / tokens,
    longTasks: {
      count: inside.length,
      totalMs: inside.reduce((sum, t) => sum + t.duration, 0),
    },
  };
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Does what a user does: adds the synthetic model from its URL, loads it, asks in Quick mode. */
async function startStreaming(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add model from URL' }).click();
  const form = page.getByRole('form', { name: 'Add model from URL' });
  await form.getByLabel('GGUF URL').fill(SYNTHETIC_GGUF_URL);
  await form.getByLabel('Name (optional)').fill(MODEL_NAME);
  await form.getByRole('button', { name: 'Add model' }).click();
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `${MODEL_NAME} · CPU` })
    .waitFor();
  await page
    .getByRole('radiogroup', { name: 'Thinking mode' })
    .getByRole('radio', { name: 'Quick' })
    .check();
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('Explain binary search, streaming and caching in depth, with code and maths.');
  await message.press('Enter');
}

async function streamOnce(baseURL: string, config: BenchStreamConfig): Promise<StreamRun> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  try {
    // A fresh context: empty IndexedDB, so every run starts with no conversations.
    const context = await browser.newContext({
      baseURL,
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Thread CPU time rather than wall time: less sensitive to other processes on a busy machine.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });

    const samples: Sample[] = [];
    await page.exposeFunction('__benchCheckpoint', async (checkpoint: BenchCheckpoint) => {
      samples.push({ ...checkpoint, metrics: await metrics(cdp) });
    });
    await page.addInitScript((streamConfig: BenchStreamConfig) => {
      window.__benchStreamConfig = streamConfig;
      const entries: { start: number; duration: number }[] = [];
      window.__benchLongTasks = entries;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          entries.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    }, config);

    await startStreaming(page);
    const started = performance.now();
    await page.waitForFunction(() => window.__benchProgress?.done === true, null, {
      polling: 250,
      timeout: 180_000,
    });
    const streamSeconds = (performance.now() - started) / 1000;
    const answer = page.getByRole('article', { name: 'Assistant message' }).last();
    // The answer is finished once its actions appear.
    await answer.getByRole('button', { name: 'Think it through' }).waitFor();
    const rendered = await answer.getByTestId('answer').evaluate((el) => ({
      chars: el.textContent?.length ?? 0,
      codeBlocks: el.querySelectorAll('pre').length,
      tables: el.querySelectorAll('table').length,
      math: el.querySelectorAll('.katex').length,
    }));
    const longTasks = await page.evaluate(() => window.__benchLongTasks ?? []);
    const byTokens = new Map(samples.map((s) => [s.tokens, s]));
    const between = (from: number, to: number) => {
      const a = byTokens.get(from);
      const b = byTokens.get(to);
      if (!a || !b) throw new Error(`No samples at ${from} and ${to} tokens.`);
      return toWindow(a, b, longTasks);
    };
    const windows: StreamWindow[] = [];
    for (let from = STEP; from + WINDOW <= config.answerTokens; from += WINDOW) {
      windows.push(between(from, from + WINDOW));
    }
    return {
      windows,
      at1k: between(FIRST_POINT - WINDOW / 2, FIRST_POINT + WINDOW / 2),
      at8k: between(SECOND_POINT - WINDOW / 2, SECOND_POINT + WINDOW / 2),
      longTasks: {
        count: longTasks.length,
        totalMs: longTasks.reduce((sum, t) => sum + t.duration, 0),
        maxMs: Math.max(0, ...longTasks.map((t) => t.duration)),
      },
      streamSeconds,
      rendered,
    };
  } finally {
    await browser.close();
  }
}

function medianWindow(windows: StreamWindow[]): StreamWindow {
  const first = windows[0];
  if (!first) throw new Error('No window was measured.');
  const m = (pick: (w: StreamWindow) => number) => median(windows.map(pick));
  return {
    from: first.from,
    to: first.to,
    taskMsPerToken: m((w) => w.taskMsPerToken),
    scriptMsPerToken: m((w) => w.scriptMsPerToken),
    layoutMsPerToken: m((w) => w.layoutMsPerToken),
    styleMsPerToken: m((w) => w.styleMsPerToken),
    wallMsPerToken: m((w) => w.wallMsPerToken),
    longTasks: { count: m((w) => w.longTasks.count), totalMs: m((w) => w.longTasks.totalMs) },
  };
}

export async function measureStream(runs = 2): Promise<StreamResult> {
  const built = await buildApp('bench', resolve(OUT_DIR));
  const port = await freePort();
  const server = await preview({
    mode: 'bench',
    logLevel: 'warn',
    build: { outDir: resolve(OUT_DIR) },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const answerTokens = SECOND_POINT + WINDOW;
  const checkpoints: number[] = [];
  for (let t = STEP; t <= answerTokens; t += STEP) checkpoints.push(t);
  const config: BenchStreamConfig = {
    answerTokens,
    charsPerToken: 4,
    tokensPerTask: 1,
    checkpoints,
  };
  try {
    const results: StreamRun[] = [];
    for (let run = 0; run < runs; run += 1) {
      results.push(await streamOnce(`http://127.0.0.1:${port}`, config));
    }
    const at1k = medianWindow(results.map((r) => r.at1k));
    const at8k = medianWindow(results.map((r) => r.at8k));
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    });
    const version = browser.version();
    await browser.close();
    return {
      config: { ...config, runs, windowTokens: WINDOW },
      runs: results,
      at1k,
      at8k,
      ratio8kTo1k: {
        task: at8k.taskMsPerToken / at1k.taskMsPerToken,
        script: at8k.scriptMsPerToken / at1k.scriptMsPerToken,
        layout: at8k.layoutMsPerToken / at1k.layoutMsPerToken,
        style: at8k.styleMsPerToken / at1k.styleMsPerToken,
        wall: at8k.wallMsPerToken / at1k.wallMsPerToken,
      },
      buildSeconds: built.seconds,
      chromium: version,
    };
  } finally {
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

export function streamTable(result: StreamResult): string {
  const row = (label: string, w: StreamWindow) => [
    label,
    `${w.from}–${w.to}`,
    w.taskMsPerToken.toFixed(3),
    w.scriptMsPerToken.toFixed(3),
    w.layoutMsPerToken.toFixed(3),
    w.styleMsPerToken.toFixed(3),
    w.wallMsPerToken.toFixed(3),
    `${w.longTasks.count} / ${w.longTasks.totalMs.toFixed(0)} ms`,
  ];
  const r = result.ratio8kTo1k;
  return formatTable(
    [
      'message length',
      'tokens',
      'main ms/token',
      'script',
      'layout',
      'style',
      'wall ms/token',
      'long tasks',
    ],
    [
      row('~1k tokens', result.at1k),
      row('~8k tokens', result.at8k),
      [
        'ratio 8k/1k',
        '',
        r.task.toFixed(2),
        r.script.toFixed(2),
        r.layout.toFixed(2),
        r.style.toFixed(2),
        r.wall.toFixed(2),
        '',
      ],
    ],
  );
}

export function curveTable(result: StreamResult): string {
  const first = result.runs[0];
  if (!first) return '';
  return formatTable(
    ['tokens', ...result.runs.map((_, i) => `run ${i + 1} main ms/token`), 'script', 'layout'],
    first.windows.map((w, i) => [
      `${w.from}–${w.to}`,
      ...result.runs.map((run) => run.windows[i]?.taskMsPerToken.toFixed(3) ?? ''),
      w.scriptMsPerToken.toFixed(3),
      w.layoutMsPerToken.toFixed(3),
    ]),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureStream(Number(process.env.BENCH_RUNS ?? 2));
  console.log(curveTable(result));
  console.log(streamTable(result));
}
