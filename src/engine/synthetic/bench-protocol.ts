// What the stream bench (bench/stream-ui.bench.ts) and the synthetic engine agree on. Only a
// `vite build --mode bench` bundle contains the synthetic engine; this file holds no code that runs.

/** Adding a custom GGUF model with this URL in a bench build loads the synthetic engine. */
export const SYNTHETIC_GGUF_URL = 'https://synthetic.invalid/bench.gguf';

export interface BenchStreamConfig {
  /** Answer tokens to stream; the synthetic answer is cut to this length. */
  answerTokens: number;
  /** Characters per token (per `delta` event). */
  charsPerToken: number;
  /** Deltas emitted per task; 1 means one delta per task, as a worker's postMessage gives. */
  tokensPerTask: number;
  /** Answer token counts at which the stream pauses until the page is idle and the bench resumes it. */
  checkpoints: number[];
  /**
   * How long a checkpoint first waits, so that the app's last render for the tokens before it
   * (the app renders a stream at most every so many ms) happens before the counters are read.
   */
  settleMs: number;
}

export const DEFAULT_BENCH_STREAM_CONFIG: BenchStreamConfig = {
  answerTokens: 8600,
  charsPerToken: 4,
  tokensPerTask: 1,
  checkpoints: [],
  settleMs: 0,
};

export interface BenchCheckpoint {
  /** Answer tokens emitted so far. */
  tokens: number;
  /** `performance.now()` in the page once the work for those tokens has settled. */
  at: number;
  /** Wall time from the previous checkpoint's resume (or the start) to this token, idle waits excluded. */
  streamedMs: number;
}

declare global {
  interface Window {
    __benchStreamConfig?: BenchStreamConfig;
    /** Exposed by the bench driver; the stream waits for it to resolve. */
    __benchCheckpoint?: (checkpoint: BenchCheckpoint) => Promise<void>;
    __benchProgress?: { tokens: number; done: boolean };
  }
}
