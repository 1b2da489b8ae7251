// What the page does while the loop fixture's thinking streams (section 4 of bench/README.md): a
// Chrome trace over an early and a late window of the same stream, per thread, grouped into
// scripting, style and layout, paint, garbage collection and other, as milliseconds per second of
// streaming. A page whose cost grows with the stream shows a late window dearer than the early one.
import type { Browser, Page } from '@playwright/test';
import { median } from './median';
import { selfTimes, threadEvents, type TraceEvent } from './profile-window';

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink',
  'toplevel',
] as const;

export type WorkKind = 'scripting' | 'styleLayout' | 'paint' | 'gc' | 'other';
const KINDS: readonly WorkKind[] = ['scripting', 'styleLayout', 'paint', 'gc', 'other'];

export interface ThreadWork {
  /** Busy milliseconds per second of streaming, per kind (self time of the trace's events). */
  msPerSecond: Record<WorkKind, number>;
  totalMsPerSecond: number;
}

export interface TraceWindow {
  fromChars: number;
  toChars: number;
  seconds: number;
  /** The renderer's main thread. */
  main: ThreadWork;
  /** The page's workers together (wllama's and the app's), busy ms per second. */
  workersMsPerSecond: number;
}

/**
 * The kind of work a main-thread trace event is. Blink's lifecycle steps count with the phase they
 * run (performLayout and scroll anchoring with layout; pre-paint, compositing inputs and
 * PaintArtifactCompositor with paint), so that "other" keeps only task overhead and input.
 */
function kindOf(name: string): WorkKind {
  if (/GC|Sweep|Mark|Scavenge/i.test(name)) return 'gc';
  if (
    /^(Layout|UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout)$/.test(
      name,
    ) ||
    /^(LocalFrameView::(performLayout|UpdateStyleAndLayout|RunStyleAndLayoutLifecyclePhases)|Document::UpdateStyleAndLayout|InlineNode::|ScrollAnchor::|Blink\.(ForcedStyleAndLayout|Style|Layout)\.)/.test(
      name,
    )
  )
    return 'styleLayout';
  if (
    /^(Paint|PrePaint|PaintImage|CompositeLayers|Layerize|Commit|UpdateLayer|UpdateLayerTree|RasterTask|Decode Image|ScrollLayer)$/.test(
      name,
    ) ||
    /^(PaintArtifactCompositor::|Blink\.(Paint|PrePaint|CompositingInputs|Compositing)\.)/.test(
      name,
    )
  )
    return 'paint';
  if (
    /^(FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|HandlePostMessage|v8\.|V8\.|ProfileCall|XHR|MessagePort|SerializedScriptValueFactory::|AsyncTask Run|BlinkScheduler_PerformMicrotaskCheckpoint|PageAnimator::serviceScriptedAnimations|TimerBase::run)/.test(
      name,
    )
  )
    return 'scripting';
  return 'other';
}

/** Self time per kind of one thread's events, in ms. */
function selfTimeByKind(events: TraceEvent[]): Record<WorkKind, number> {
  const totals: Record<WorkKind, number> = {
    scripting: 0,
    styleLayout: 0,
    paint: 0,
    gc: 0,
    other: 0,
  };
  for (const [name, ms] of Object.entries(selfTimes(events))) totals[kindOf(name)] += ms;
  return totals;
}

/**
 * Traces the page while the thinking grows from `fromChars` to `toChars`; `reached` resolves with
 * the page's clock once it has at least that many characters.
 */
export async function traceWindow(
  browser: Browser,
  page: Page,
  reached: (chars: number) => Promise<number>,
  fromChars: number,
  toChars: number,
): Promise<TraceWindow> {
  await reached(fromChars);
  await browser.startTracing(page, { categories: [...TRACE_CATEGORIES] });
  const started = await page.evaluate(() => performance.now());
  const ended = await reached(toChars);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  const seconds = (ended - started) / 1000;
  const mainMs = selfTimeByKind(threadEvents(trace));
  const workerMs = selfTimeByKind(threadEvents(trace, /Worker/));
  const perSecond = (ms: number) => ms / seconds;
  const msPerSecond = Object.fromEntries(KINDS.map((k) => [k, perSecond(mainMs[k])])) as Record<
    WorkKind,
    number
  >;
  return {
    fromChars,
    toChars,
    seconds,
    main: {
      msPerSecond,
      totalMsPerSecond: KINDS.reduce((sum, k) => sum + msPerSecond[k], 0),
    },
    workersMsPerSecond: perSecond(KINDS.reduce((sum, k) => sum + workerMs[k], 0)),
  };
}

/** Window by window, the median over runs of each figure (runs traced over the same windows). */
export function medianWindows(runs: readonly TraceWindow[][]): TraceWindow[] {
  const first = runs[0] ?? [];
  return first.map((window, i) => {
    const at = runs.map((run) => run[i] ?? window);
    const of = (value: (w: TraceWindow) => number) => median(at.map(value));
    return {
      fromChars: window.fromChars,
      toChars: window.toChars,
      seconds: of((w) => w.seconds),
      main: {
        msPerSecond: Object.fromEntries(
          KINDS.map((k) => [k, of((w) => w.main.msPerSecond[k])]),
        ) as Record<WorkKind, number>,
        totalMsPerSecond: of((w) => w.main.totalMsPerSecond),
      },
      workersMsPerSecond: of((w) => w.workersMsPerSecond),
    };
  });
}

/** One table row per window: main-thread ms per second of streaming by kind, and the workers'. */
export function traceRows(windows: readonly TraceWindow[]): string[][] {
  return windows.map((w) => [
    `${(w.fromChars / 1000).toFixed(1)}k–${(w.toChars / 1000).toFixed(1)}k chars (${w.seconds.toFixed(1)} s)`,
    ...KINDS.map((k) => w.main.msPerSecond[k].toFixed(1)),
    w.main.totalMsPerSecond.toFixed(1),
    w.workersMsPerSecond.toFixed(0),
  ]);
}

export const TRACE_COLUMNS = [
  'window of the thinking',
  'scripting',
  'style + layout',
  'paint',
  'GC',
  'other',
  'main thread, ms/s',
  'workers, ms/s',
];
