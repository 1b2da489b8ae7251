// One streamed answer through the real UI of a bench build (the stream-ui bench's run): main-thread
// counters read at every STEP tokens, long tasks, and optionally a profile of two windows.
import { resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import {
  SYNTHETIC_GGUF_URL,
  type BenchCheckpoint,
  type BenchStreamConfig,
} from '../src/engine/synthetic/bench-protocol';
import {
  EARLIER_MESSAGES,
  LONG_CONVERSATION_TITLE,
  longConversationExport,
} from './long-conversation';
import { GcTrace, type MajorGcs } from './gc-trace';
import { WindowProfiler, type WindowProfile } from './profile-window';
import type { StreamRun, StreamWindow } from './stream-ui-report';

export const WINDOW = 400;
/** The stream pauses every STEP tokens so that main-thread counters can be read at exact counts. */
export const STEP = 200;
export const FIRST_POINT = 1000;
export const SECOND_POINT = 8000;
const MODEL_NAME = 'Synthetic bench';

interface Sample extends BenchCheckpoint {
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

function toWindow(
  a: Sample,
  b: Sample,
  samples: Sample[],
  longTasks: LongTaskEntry[],
  gcs: MajorGcs | null,
): StreamWindow {
  const tokens = b.tokens - a.tokens;
  const majorGc = gcs ? gcs.msBetween(a.tokens, b.tokens) / tokens : null;
  // Durations are seconds in CDP.
  const per = (name: string) => (((b.metrics[name] ?? 0) - (a.metrics[name] ?? 0)) * 1000) / tokens;
  const task = per('TaskDuration');
  const inside = longTasks.filter((t) => t.start >= a.at && t.start < b.at);
  return {
    from: a.tokens,
    to: b.tokens,
    taskMsPerToken: task,
    majorGcMsPerToken: majorGc,
    withoutMajorGcMsPerToken: majorGc === null ? null : task - majorGc,
    scriptMsPerToken: per('ScriptDuration'),
    layoutMsPerToken: per('LayoutDuration'),
    styleMsPerToken: per('RecalcStyleDuration'),
    wallMsPerToken:
      samples
        .filter((s) => s.tokens > a.tokens && s.tokens <= b.tokens)
        .reduce((sum, s) => sum + s.streamedMs, 0) / tokens,
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
async function startStreaming(page: Page, longConversation: boolean): Promise<number> {
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
  if (longConversation) await openLongConversation(page);
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('Explain binary search, streaming and caching in depth, with code and maths.');
  const sentAt = await page.evaluate(() => performance.now());
  await message.press('Enter');
  return sentAt;
}

/** Imports the 50-message conversation from a file, as a user would, and opens it. */
async function openLongConversation(page: Page) {
  await page.getByLabel('Import conversations').setInputFiles({
    name: 'long-conversation.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(longConversationExport())),
  });
  await page.getByRole('button', { name: LONG_CONVERSATION_TITLE, exact: true }).click();
  const articles = page.getByRole('article');
  await articles.nth(EARLIER_MESSAGES - 1).waitFor();
  const count = await articles.count();
  if (count !== EARLIER_MESSAGES) throw new Error(`The long conversation shows ${count} messages.`);
  // React renders the opened conversation's 50 answers (code, tables, maths) in time slices for a
  // few seconds; a stream started meanwhile shares the main thread with that one-off work, which
  // is not a cost per token. The bench sends once the page is idle: three idle periods in a row
  // with most of their 50 ms left. (A string: tsx would wrap a named inner function.)
  await page.evaluate(`new Promise((resolve) => {
    let quiet = 0;
    const check = (deadline) => {
      quiet = !deadline.didTimeout && deadline.timeRemaining() >= 40 ? quiet + 1 : 0;
      if (quiet >= 3) resolve(undefined);
      else requestIdleCallback(check, { timeout: 1000 });
    };
    requestIdleCallback(check, { timeout: 1000 });
  })`);
}

export async function streamOnce(
  baseURL: string,
  config: BenchStreamConfig,
  profile: boolean,
  longConversation = false,
): Promise<StreamRun> {
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
      locale: 'en-US',
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Thread CPU time rather than wall time: less sensitive to other processes on a busy machine.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });

    const samples: Sample[] = [];
    const profiler = profile ? new WindowProfiler(browser, page, cdp) : null;
    const profiles = new Map<number, WindowProfile>();
    // A profiled run records a full trace of its own, and Chrome traces one session at a time.
    const gcTrace = profile ? null : new GcTrace(browser, page);
    await page.exposeFunction('__benchCheckpoint', async (checkpoint: BenchCheckpoint) => {
      await gcTrace?.mark(checkpoint.tokens);
      samples.push({ ...checkpoint, metrics: await metrics(cdp) });
      const point = checkpoint.tokens + WINDOW / 2;
      if (profiler && (point === FIRST_POINT || point === SECOND_POINT)) await profiler.start();
      const ended = checkpoint.tokens - WINDOW / 2;
      if (profiler && (ended === FIRST_POINT || ended === SECOND_POINT)) {
        profiles.set(ended, await profiler.stop());
      }
    });
    await page.addInitScript((streamConfig: BenchStreamConfig) => {
      window.__benchStreamConfig = streamConfig;
      const entries: { start: number; duration: number }[] = [];
      window.__benchLongTasks = entries;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          entries.push({ start: e.startTime, duration: e.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
    }, config);

    // What-if experiments (bench/what-if/): scripts that run in the page before the app.
    for (const path of process.env.BENCH_INIT_SCRIPT?.split(',').filter(Boolean) ?? []) {
      await page.addInitScript({ path: resolve(path) });
    }
    await gcTrace?.start();
    const sentAt = await startStreaming(page, longConversation);
    const started = performance.now();
    await page.waitForFunction(() => window.__benchProgress?.done === true, null, {
      polling: 250,
      timeout: 180_000,
    });
    const streamSeconds = (performance.now() - started) / 1000;
    const gcs = (await gcTrace?.stop()) ?? null;
    // The answer is finished once Stop gives way to Send.
    await page.getByRole('button', { name: 'Stop', exact: true }).waitFor({ state: 'hidden' });
    const answer = page.getByRole('article', { name: 'Assistant message' }).last();
    const rendered = await answer.getByTestId('answer').evaluate((el) => ({
      chars: el.textContent?.length ?? 0,
      codeBlocks: el.querySelectorAll('pre').length,
      tables: el.querySelectorAll('table').length,
      math: el.querySelectorAll('.katex').length,
    }));
    // The numbers are only those of a user watching the answer if the view followed it to the end.
    const fromBottom = await answer.evaluate((el) => {
      let box = el.parentElement;
      while (box && getComputedStyle(box).overflowY !== 'auto') box = box.parentElement;
      return box ? box.scrollHeight - box.scrollTop - box.clientHeight : Number.NaN;
    });
    if (!(fromBottom < 5)) {
      throw new Error(`The view stopped following the answer (${fromBottom} px from the end).`);
    }
    const allLongTasks = await page.evaluate(() => window.__benchLongTasks ?? []);
    const longTasks = allLongTasks.filter((t) => t.start >= sentAt);
    const byTokens = new Map(samples.map((s) => [s.tokens, s]));
    const between = (from: number, to: number) => {
      const a = byTokens.get(from);
      const b = byTokens.get(to);
      if (!a || !b) throw new Error(`No samples at ${from} and ${to} tokens.`);
      return toWindow(a, b, samples, longTasks, gcs);
    };
    const windows: StreamWindow[] = [];
    for (let from = STEP; from + WINDOW <= config.answerTokens; from += WINDOW) {
      windows.push(between(from, from + WINDOW));
    }
    return {
      windows,
      at1k: between(FIRST_POINT - WINDOW / 2, FIRST_POINT + WINDOW / 2),
      at8k: longConversation ? null : between(SECOND_POINT - WINDOW / 2, SECOND_POINT + WINDOW / 2),
      majorGcs: gcs?.pausesBetween(STEP, config.answerTokens) ?? null,
      longTasks: {
        count: longTasks.length,
        totalMs: longTasks.reduce((sum, t) => sum + t.duration, 0),
        maxMs: Math.max(0, ...longTasks.map((t) => t.duration)),
      },
      longTasksBefore: {
        count: allLongTasks.length - longTasks.length,
        totalMs: allLongTasks
          .filter((t) => t.start < sentAt)
          .reduce((sum, t) => sum + t.duration, 0),
      },
      streamSeconds,
      chromium: browser.version(),
      rendered,
      profile: profiler ? profilesAt(profiles, longConversation) : undefined,
    };
  } finally {
    await browser.close();
  }
}

function profilesAt(profiles: Map<number, WindowProfile>, longConversation: boolean) {
  const at1k = profiles.get(FIRST_POINT);
  const at8k = profiles.get(SECOND_POINT) ?? null;
  // A long-conversation run streams ~1.4k tokens only.
  if (!at1k || (!at8k && !longConversation)) throw new Error('A profiled window is missing.');
  return { at1k, at8k };
}
