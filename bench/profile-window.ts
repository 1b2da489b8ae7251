// Attribution for one stream window (BENCH_PROFILE=1): a Chrome trace of the renderer's main thread
// (self time per trace event: layout, paint, GC…) and a V8 CPU profile (self time per JS function).
import type { Browser, CDPSession, Page } from '@playwright/test';

export interface WindowProfile {
  /** Main-thread self time per trace event name, in ms. */
  traceSelfMs: Record<string, number>;
  /** Self time per JS function (`name file:line`), in ms, largest first. */
  jsSelfMs: { fn: string; ms: number }[];
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink',
];

/** Self time of nested complete ('X') events on one thread. */
export function selfTimes(events: TraceEvent[]): Record<string, number> {
  const sorted = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals: Record<string, number> = {};
  const stack: { event: TraceEvent; end: number; childUs: number }[] = [];
  const close = (until: number) => {
    for (let top = stack.at(-1); top && top.end <= until; top = stack.at(-1)) {
      stack.pop();
      const self = (top.event.dur ?? 0) - top.childUs;
      totals[top.event.name] = (totals[top.event.name] ?? 0) + self / 1000;
      const parent = stack.at(-1);
      if (parent) parent.childUs += top.event.dur ?? 0;
    }
  };
  for (const event of sorted) {
    close(event.ts);
    stack.push({ event, end: event.ts + (event.dur ?? 0), childUs: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

/** The events of the threads whose name matches `threadName` (the renderer's main thread by default). */
export function threadEvents(
  trace: { traceEvents: TraceEvent[] },
  threadName: RegExp = /^CrRendererMain$/,
): TraceEvent[] {
  const named = trace.traceEvents.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && threadName.test(e.args?.name ?? ''),
  );
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const threads = new Set(named.map(key));
  return trace.traceEvents.filter((e) => threads.has(key(e)));
}

export class WindowProfiler {
  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  async start() {
    await this.browser.startTracing(this.page, { categories: TRACE_CATEGORIES });
    await this.cdp.send('Profiler.enable');
    await this.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await this.cdp.send('Profiler.start');
  }

  async stop(): Promise<WindowProfile> {
    const { profile } = await this.cdp.send('Profiler.stop');
    const trace = JSON.parse((await this.browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    const nodes = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
    const byFunction = new Map<string, number>();
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (const [i, id] of samples.entries()) {
      const frame = nodes.get(id)?.callFrame;
      if (!frame) continue;
      const file = frame.url.split('/').at(-1) ?? '';
      const fn = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
      // A sample's time is the delta to the next sample.
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    }
    return {
      traceSelfMs: selfTimes(threadEvents(trace)),
      jsSelfMs: [...byFunction]
        .map(([fn, ms]) => ({ fn, ms }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 40),
    };
  }
}
