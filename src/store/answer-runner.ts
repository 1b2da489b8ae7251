import { streamRenderIntervalMs } from '@/domain/engine/stream-render-pace';
import type { RunBackend } from '@/domain/models/gguf-backend';
import type { ChatEngine } from '@/engine/types';
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

export interface AnswerRunner {
  /**
   * Runs `work` as the one answer of this tab: nothing else generates meanwhile, and Stop aborts
   * its signal. `work` gets the run and the generation path, and says whether it ended without
   * an engine fault. False when no model is ready or another answer runs.
   */
  exclusive(kind: RunKind, work: RunWork): Promise<boolean>;
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

  async function runWork(
    kind: RunKind,
    engine: ChatEngine,
    runsOn: RunBackend,
    work: RunWork,
  ): Promise<void> {
    set({ activeRun: kind });
    let clean = false;
    try {
      const signal = deps.supervisor.beginGeneration();
      const run: AnswerRun = {
        engine,
        signal,
        planStep: (conversation, step) => planRequest(get(), deps.tokenCounter, conversation, step),
        onRequest: (lastEngineRequest) => set({ lastEngineRequest }),
        renderIntervalMs: streamRenderIntervalMs(runsOn),
        // A speed that cannot be kept (storage failing) leaves the answer as it is.
        onSpeed: (measurement) =>
          void recordRunningSpeed({ set, get, deps }, measurement).catch(() => undefined),
      };
      clean = await work(run, (await loadAnswerPath()).runAnswer);
    } finally {
      deps.supervisor.endGeneration(clean);
      set({ activeRun: null });
    }
  }

  return {
    async exclusive(kind, work) {
      const engine = deps.supervisor.currentEngine();
      const state = get();
      if (state.activeRun !== null || state.load.status !== 'ready' || !engine) return false;
      const ran = runWork(kind, engine, state.load.runsOn, work);
      running = ran;
      try {
        await ran;
        return true;
      } finally {
        if (running === ran) running = null;
      }
    },
    async stopAndSettle() {
      deps.supervisor.stopGeneration();
      await running?.catch(() => undefined);
    },
  };
}
