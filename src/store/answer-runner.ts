import { streamRenderPace } from '@/domain/engine/stream-render-pace';
import type { AnswerRun, runAnswer } from './answer-run';
import { planRequest } from './request-plan';
import { recordRunningSpeed } from './speed-slice';
import type { StoreBase } from './store-context';

/** What the tab's one running answer is for; null while none runs. */
export type RunKind = 'chat' | 'compare';

export interface RunSlice {
  /** The answer running now (read it through `selectIsAnswering` / `selectCanSend`). */
  activeRun: RunKind | null;
}

type RunWork = (run: AnswerRun, generate: typeof runAnswer) => Promise<boolean>;

export interface StartOptions {
  /**
   * The work reopens an answer that is already kept (Continue, Think longer, Refine anyway): once
   * Stop was pressed while it was being prepared, it does not run at all, and the answer stays
   * exactly as it was. A new answer runs even then, and ends as stopped with its question kept.
   */
  resumesAnswer?: boolean;
}

/** Starts the claimed answer's generation with `work`; false when no model is ready by then. */
export type StartRun = (work: RunWork, options?: StartOptions) => Promise<boolean>;

export interface AnswerRunner {
  /**
   * Makes `body` the one answer of this tab, from this very call (synchronously) until `body`
   * ends: the app is busy at once, so a second Enter, a re-run or a Compare cannot start beside
   * an answer that is still being prepared (mode decision, planning, storing the question), and
   * Stop works from the first moment. `body` prepares, then calls `start` to generate: nothing
   * else generates meanwhile, and Stop aborts its signal (a Stop pressed while preparing aborts
   * it as soon as it starts, so the question is kept and the answer ends as stopped). `work`
   * says whether it ended without an engine fault. Null, and `body` not run, when no model is
   * ready or another answer runs.
   */
  exclusive<T>(kind: RunKind, body: (start: StartRun) => Promise<T>): Promise<T | null>;
  /** Stops the running answer, or the one being prepared, as soon as it starts. */
  stop(): void;
  /** Stops the running answer and resolves once it has ended and is kept (at once when none). */
  stopAndSettle(): Promise<void>;
}

/**
 * The generation path (the think-stream parser, the thinking policy, Draft + refine's prompt) is
 * not needed for the first paint: a chunk of its own, fetched when the app prefetches it after
 * painting or at the first answer. Creating a store fetches nothing (a test that imports the store
 * must not leave an import running after it ends).
 */
export const loadAnswerPath = () => import('./answer-run');

export function createAnswerRunner({ set, get, deps }: StoreBase): AnswerRunner {
  let running: Promise<unknown> | null = null;
  let stopRequested = false;

  async function generate(
    work: RunWork,
    { resumesAnswer = false }: StartOptions,
  ): Promise<boolean> {
    const engine = deps.supervisor.currentEngine();
    const { load } = get();
    if (load.status !== 'ready' || !engine) return false;
    let clean = false;
    try {
      const signal = deps.supervisor.beginGeneration();
      if (stopRequested) deps.supervisor.stopGeneration();
      if (resumesAnswer && signal.aborted) {
        clean = true;
        return true;
      }
      const run: AnswerRun = {
        engine,
        signal,
        planStep: (conversation, step) => planRequest(get(), deps.tokenCounter, conversation, step),
        onRequest: (lastEngineRequest) => set({ lastEngineRequest }),
        renderPace: streamRenderPace(load.runsOn),
        // A speed that cannot be kept (storage failing) leaves the answer as it is.
        onSpeed: (measurement) =>
          void recordRunningSpeed({ set, get, deps }, measurement).catch(() => undefined),
      };
      clean = await work(run, (await loadAnswerPath()).runAnswer);
      return true;
    } finally {
      deps.supervisor.endGeneration(clean);
    }
  }

  async function claimed<T>(body: (start: StartRun) => Promise<T>): Promise<T> {
    let started = false;
    const start: StartRun = (work, options = {}) => {
      if (started) return Promise.resolve(false);
      started = true;
      return generate(work, options);
    };
    try {
      return await body(start);
    } finally {
      stopRequested = false;
      set({ activeRun: null });
    }
  }

  function stop() {
    // From the claim on, as `exclusive` promises (`running` is set only once `body` has begun).
    if (get().activeRun !== null) stopRequested = true;
    deps.supervisor.stopGeneration();
  }

  return {
    exclusive(kind, body) {
      const state = get();
      if (state.activeRun !== null || state.load.status !== 'ready') return Promise.resolve(null);
      set({ activeRun: kind });
      const ran = claimed(body);
      running = ran;
      const settled = () => {
        if (running === ran) running = null;
      };
      ran.then(settled, settled);
      return ran;
    },
    stop,
    async stopAndSettle() {
      stop();
      await running?.catch(() => undefined);
    },
  };
}
