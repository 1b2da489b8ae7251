import type { StoreApi } from 'zustand';
import { EMPTY_PROGRESS } from '@/domain/chat/stream-progress';
import type { GenerationPlan } from '@/domain/generation/plan';
import { engineSupervisor } from '@/engine/engine-supervisor';
import { streamAnswer, type AnswerProgress } from '@/engine/generation/stream-answer';
import { createFrameBatcher } from '@/lib/frame-batcher';
import type { AppState } from './app-state';
import { STREAM_RENDER_INTERVAL_MS } from './stream-render-interval';

type SetState = StoreApi<AppState>['setState'];
type GetState = StoreApi<AppState>['getState'];

export const EMPTY_ANSWER: AnswerProgress = { ...EMPTY_PROGRESS, budgetReached: false };

/**
 * Runs `work` as the one generation of this tab: nothing else generates meanwhile, and Stop
 * aborts the signal it gets. Returns false when no model is ready or another generation runs.
 * `work` says whether it ended without an engine fault.
 */
export async function runExclusive(
  set: SetState,
  get: GetState,
  work: (signal: AbortSignal) => Promise<boolean>,
): Promise<boolean> {
  const state = get();
  if (state.isGenerating || state.load.status !== 'ready' || !engineSupervisor.currentEngine()) {
    return false;
  }
  set({ isGenerating: true });
  let clean = false;
  try {
    clean = await work(engineSupervisor.beginGeneration());
  } finally {
    engineSupervisor.endGeneration(clean);
    set({ isGenerating: false });
  }
  return true;
}

/**
 * Streams one answer for `plan` on the loaded engine. The stream is drained as fast as the
 * engine produces it; `render` sees the answer at most once per animation frame and per
 * STREAM_RENDER_INTERVAL_MS, and once more with the final state before this resolves.
 */
export async function generateAnswer(
  set: SetState,
  plan: GenerationPlan,
  signal: AbortSignal,
  render: (progress: AnswerProgress) => void,
  initial: AnswerProgress = EMPTY_ANSWER,
) {
  const engine = engineSupervisor.currentEngine();
  if (!engine) throw new Error('No engine is loaded');
  const batcher = createFrameBatcher(render, { minIntervalMs: STREAM_RENDER_INTERVAL_MS });
  const result = await streamAnswer({
    engine,
    plan,
    signal,
    initial,
    onRequest: (lastEngineRequest) => set({ lastEngineRequest }),
    onProgress: (progress) => batcher.push(progress),
  });
  batcher.flush();
  return result;
}
