import type { StoreApi } from 'zustand';
import type { GenerationPlan } from '@/domain/generation/plan';
import { engineSupervisor } from '@/engine/engine-supervisor';
import { streamAnswer, type AnswerProgress } from '@/engine/generation/stream-answer';
import { createFrameBatcher } from '@/lib/frame-batcher';
import type { AppState } from './app-state';
import { EMPTY_ANSWER } from './exclusive-run';
import { STREAM_RENDER_INTERVAL_MS } from './stream-render-interval';

type SetState = StoreApi<AppState>['setState'];

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
