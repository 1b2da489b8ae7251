import type { StoreApi } from 'zustand';
import { EMPTY_PROGRESS } from '@/domain/chat/stream-progress';
import { engineSupervisor } from '@/engine/engine-supervisor';
import type { AnswerProgress } from '@/engine/generation/stream-answer';
import type { AppState } from './app-state';

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
