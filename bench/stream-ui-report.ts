// Result types of the streaming bench, the median over runs and the tables it prints.
import type { BenchStreamConfig } from '../src/engine/synthetic/bench-protocol';
import { formatTable } from './format-table';
import type { WindowProfile } from './profile-window';
import { median } from './median';

export interface StreamWindow {
  /** Answer tokens at the start and end of the window. */
  from: number;
  to: number;
  /** CDP Performance.getMetrics (thread CPU time of the renderer's main thread), per token. */
  taskMsPerToken: number;
  scriptMsPerToken: number;
  layoutMsPerToken: number;
  styleMsPerToken: number;
  /**
   * The part of `taskMsPerToken` that was a major GC (bench/gc-trace.ts), and the rest: the page's
   * own work for the window's tokens. Null in a profiled run, whose trace leaves no room for it.
   */
  majorGcMsPerToken: number | null;
  withoutMajorGcMsPerToken: number | null;
  /** Wall-clock time in the page while the window's tokens streamed (pauses excluded), per token. */
  wallMsPerToken: number;
  longTasks: { count: number; totalMs: number };
}

export interface StreamRun {
  /** Consecutive windows over the whole answer, for the curve. */
  windows: StreamWindow[];
  /** The windows centred on ~1k and ~8k tokens (a long-conversation run streams ~1.4k only). */
  at1k: StreamWindow;
  at8k: StreamWindow | null;
  /** Major GCs that ended while the answer streamed (null in a profiled run). */
  majorGcs: number | null;
  /** Long tasks from sending the message to the end of the answer. */
  longTasks: { count: number; totalMs: number; maxMs: number };
  /** Long tasks while the page loaded and the model was added and loaded. */
  longTasksBefore: { count: number; totalMs: number };
  streamSeconds: number;
  chromium: string;
  rendered: { chars: number; codeBlocks: number; tables: number; math: number };
  /** With BENCH_PROFILE=1: where the time of the ~1k and ~8k windows went (no ~8k in message 51). */
  profile?: { at1k: WindowProfile; at8k: WindowProfile | null };
}

export interface StreamResult {
  config: BenchStreamConfig & { runs: number; windowTokens: number };
  runs: StreamRun[];
  /** Medians over runs of the windows centred on ~1k and ~8k tokens. */
  at1k: StreamWindow;
  at8k: StreamWindow;
  ratio8kTo1k: {
    task: number;
    /** The page's own work: main-thread time less major GC. */
    withoutMajorGc: number | null;
    script: number;
    layout: number;
    style: number;
    wall: number;
  };
  /** The same ~1k window in the 51st message of a conversation (50 earlier messages shown). */
  longConversation: { runs: StreamRun[]; at1k: StreamWindow; ratioTo1k: number };
  buildSeconds: number;
  chromium: string;
}

export function medianWindow(windows: StreamWindow[]): StreamWindow {
  const first = windows[0];
  if (!first) throw new Error('No window was measured.');
  const m = (pick: (w: StreamWindow) => number) => median(windows.map(pick));
  const measured = (pick: (w: StreamWindow) => number | null) => {
    const values = windows.flatMap((w) => pick(w) ?? []);
    return values.length === windows.length ? median(values) : null;
  };
  return {
    from: first.from,
    to: first.to,
    taskMsPerToken: m((w) => w.taskMsPerToken),
    scriptMsPerToken: m((w) => w.scriptMsPerToken),
    layoutMsPerToken: m((w) => w.layoutMsPerToken),
    styleMsPerToken: m((w) => w.styleMsPerToken),
    majorGcMsPerToken: measured((w) => w.majorGcMsPerToken),
    withoutMajorGcMsPerToken: measured((w) => w.withoutMajorGcMsPerToken),
    wallMsPerToken: m((w) => w.wallMsPerToken),
    longTasks: { count: m((w) => w.longTasks.count), totalMs: m((w) => w.longTasks.totalMs) },
  };
}

/** A measured value, or a dash where the run could not measure it. */
function fixed(value: number | null, digits = 3): string {
  return value === null ? '–' : value.toFixed(digits);
}

export function streamTable(result: StreamResult): string {
  const row = (label: string, w: StreamWindow) => [
    label,
    `${w.from}–${w.to}`,
    w.taskMsPerToken.toFixed(3),
    fixed(w.majorGcMsPerToken),
    fixed(w.withoutMajorGcMsPerToken),
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
      'major GC',
      'without major GC',
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
        '',
        fixed(r.withoutMajorGc, 2),
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
    [
      'tokens',
      ...result.runs.map((_, i) => `run ${i + 1}`),
      'median ms/token',
      'major GC',
      'without major GC',
      'script',
      'layout',
      'long tasks (all runs)',
    ],
    first.windows.map((w, i) => {
      const windows = result.runs.flatMap((run) => run.windows[i] ?? []);
      const m = medianWindow(windows);
      const longTasks = windows.reduce((sum, x) => sum + x.longTasks.count, 0);
      return [
        `${w.from}–${w.to}`,
        ...windows.map((x) => x.taskMsPerToken.toFixed(3)),
        m.taskMsPerToken.toFixed(3),
        fixed(m.majorGcMsPerToken),
        fixed(m.withoutMajorGcMsPerToken),
        m.scriptMsPerToken.toFixed(3),
        m.layoutMsPerToken.toFixed(3),
        longTasks === 0 ? '' : String(longTasks),
      ];
    }),
  );
}

/**
 * Per token: trace events and JS functions whose self time grew the most from ~1k to ~8k tokens,
 * and from message 1 to message 51 at ~1k.
 */
export function profileTables(result: StreamResult): string {
  const profile = result.runs[0]?.profile;
  const long = result.longConversation.runs[0]?.profile;
  if (!profile?.at8k || !long) return '';
  const perToken = (ms: number) => (ms / result.config.windowTokens).toFixed(4);
  const growth = (a: Record<string, number>, b: Record<string, number>) =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .map((name) => ({ name, a: a[name] ?? 0, b: b[name] ?? 0 }))
      .sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a) || y.b - x.b)
      .slice(0, 15)
      .map((r) => [r.name, perToken(r.a), perToken(r.b), perToken(r.b - r.a)]);
  const js = (p: WindowProfile) => Object.fromEntries(p.jsSelfMs.map((f) => [f.fn, f.ms]));
  const lengths = ['ms/token ~1k', 'ms/token ~8k', 'growth'];
  const messages = ['message 1, ~1k', 'message 51, ~1k', 'growth'];
  return [
    'Main-thread trace events (self time):',
    formatTable(['event', ...lengths], growth(profile.at1k.traceSelfMs, profile.at8k.traceSelfMs)),
    '',
    'JS functions (self time, unminified build):',
    formatTable(['function', ...lengths], growth(js(profile.at1k), js(profile.at8k))),
    '',
    'Main-thread trace events, message 1 against message 51 of a long conversation:',
    formatTable(['event', ...messages], growth(profile.at1k.traceSelfMs, long.at1k.traceSelfMs)),
  ].join('\n');
}
