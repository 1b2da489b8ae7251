// Where V8's major garbage collections fall in a streamed answer. A Chrome trace of only the GC
// category and the bench's checkpoint marks tells how much of a window's main-thread time was a
// major GC, which V8 runs when the heap has grown by a share of what is live, not per token.
import type { Browser, CDPSession, Page } from '@playwright/test';
import { threadEvents, type TraceEvent } from './profile-window';

const CATEGORIES = ['disabled-by-default-v8.gc', 'blink.user_timing'];
const MARK = 'bench-checkpoint-';
/** The main thread's part of a major (mark-compact) GC: its incremental steps and its pause. */
const MAJOR_GC = /^V8\.GC_MARK_COMPACTOR$|^V8\.GC_MC_INCREMENTAL/;

export interface MajorGcs {
  /** Main-thread ms of major GC between two checkpoints' marks. */
  msBetween(fromTokens: number, toTokens: number): number;
  /** How many major GCs ended (their pause, not the incremental steps) between two marks. */
  pausesBetween(fromTokens: number, toTokens: number): number;
}

export class GcTrace {
  private readonly events: TraceEvent[] = [];
  private cdp: CDPSession | null = null;

  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  async start() {
    const cdp = await this.browser.newBrowserCDPSession();
    this.cdp = cdp;
    cdp.on('Tracing.dataCollected', ({ value }) => {
      this.events.push(...(value as unknown as TraceEvent[]));
    });
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
      transferMode: 'ReportEvents',
    });
  }

  /** Marks a checkpoint in the trace, while the stream waits at it. */
  async mark(tokens: number) {
    await this.page.evaluate((name) => performance.mark(name), `${MARK}${tokens}`);
  }

  async stop(): Promise<MajorGcs> {
    const cdp = this.cdp;
    if (!cdp) throw new Error('The GC trace was not started.');
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await complete;
    return majorGcs(this.events);
  }
}

export function majorGcs(events: TraceEvent[]): MajorGcs {
  const marks = new Map<number, number>();
  for (const e of events) {
    if (e.name.startsWith(MARK)) marks.set(Number(e.name.slice(MARK.length)), e.ts);
  }
  const markAt = (tokens: number) => {
    const ts = marks.get(tokens);
    if (ts === undefined) throw new Error(`No trace mark at ${tokens} tokens.`);
    return ts;
  };
  const matching = threadEvents({ traceEvents: events })
    .filter((e) => e.ph === 'X' && MAJOR_GC.test(e.name))
    .sort((a, b) => a.ts - b.ts);
  // Outermost events only: the incremental steps nest phases of their own.
  const gcs: TraceEvent[] = [];
  for (const e of matching) {
    const outer = gcs.at(-1);
    if (!outer || e.ts >= outer.ts + (outer.dur ?? 0)) gcs.push(e);
  }
  const inside = (list: TraceEvent[], fromTokens: number, toTokens: number) => {
    const from = markAt(fromTokens);
    const to = markAt(toTokens);
    return list.filter((e) => e.ts >= from && e.ts < to);
  };
  return {
    msBetween: (fromTokens, toTokens) =>
      inside(gcs, fromTokens, toTokens).reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0),
    pausesBetween: (fromTokens, toTokens) =>
      inside(matching, fromTokens, toTokens).filter((e) => e.name === 'V8.GC_MARK_COMPACTOR')
        .length,
  };
}
