import type { StateCreator } from 'zustand';
import { EngineError, classifyError, type EngineErrorCode } from '@/engine/errors';
import type { AppState } from './app-state';
import type { ResolvedMode } from './chat-types';
import { beginGeneration, currentEngine } from './engine-session';
import { runGeneration } from './run-generation';
import { systemMessages } from './settings-slice';
import {
  EMPTY_PROGRESS,
  applySegments,
  finishThinking,
  type StreamProgress,
} from './stream-progress';

const MAX_NEW_TOKENS = 4096;
export const COMPARE_ORDER: readonly ResolvedMode[] = ['quick', 'think'];

export interface CompareRun extends StreamProgress {
  mode: ResolvedMode;
  status: 'waiting' | 'streaming' | 'done' | 'stopped' | 'error';
  startedAt: number | null;
  finishedAt: number | null;
  completionTokens: number | null;
  budgetReached: boolean;
  error: EngineErrorCode | null;
}

export interface CompareSlice {
  /** A side-by-side demo: one prompt, answered in Quick and then in Think. Not saved. */
  compare: { prompt: string; runs: Record<ResolvedMode, CompareRun> } | null;
  startCompare: (prompt: string) => Promise<void>;
  closeCompare: () => void;
}

function waitingRun(mode: ResolvedMode): CompareRun {
  return {
    ...EMPTY_PROGRESS,
    mode,
    status: 'waiting',
    startedAt: null,
    finishedAt: null,
    completionTokens: null,
    budgetReached: false,
    error: null,
  };
}

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set, get) => {
  const patchRun = (mode: ResolvedMode, patch: (run: CompareRun) => Partial<CompareRun>) =>
    set((state) =>
      state.compare
        ? {
            compare: {
              ...state.compare,
              runs: {
                ...state.compare.runs,
                [mode]: { ...state.compare.runs[mode], ...patch(state.compare.runs[mode]) },
              },
            },
          }
        : {},
    );

  return {
    compare: null,

    startCompare: async (prompt) => {
      const state = get();
      const engine = currentEngine();
      const text = prompt.trim();
      if (!text || state.isGenerating || state.load.status !== 'ready' || !engine) return;
      set({
        isGenerating: true,
        compare: { prompt: text, runs: { quick: waitingRun('quick'), think: waitingRun('think') } },
      });
      const signal = beginGeneration();
      try {
        // One after the other on the same engine: the model is loaded once, and neither run
        // slows the other down.
        for (const mode of COMPARE_ORDER) {
          if (signal.aborted) break;
          patchRun(mode, () => ({ status: 'streaming', startedAt: Date.now() }));
          try {
            const result = await runGeneration({
              engine,
              messages: [...systemMessages(state.systemPrompt), { role: 'user', content: text }],
              thinking: mode === 'think',
              sampling: state.sampling[mode],
              budget: state.thinkingBudget,
              maxTokens: MAX_NEW_TOKENS,
              signal,
              onRequest: (lastEngineRequest) => set({ lastEngineRequest }),
              onSegments: (segments, tokens) => {
                if (segments.length === 0) return;
                const at = Date.now();
                patchRun(mode, (run) => applySegments(run, segments, tokens, at));
              },
              onBudgetReached: () => patchRun(mode, () => ({ budgetReached: true })),
            });
            const at = Date.now();
            patchRun(mode, (run) => ({
              status: result.stopReason === 'interrupted' ? 'stopped' : 'done',
              finishedAt: at,
              completionTokens: result.usage.completionTokens,
              ...finishThinking(run, at),
            }));
          } catch (err) {
            const error = err instanceof EngineError ? err : classifyError(err);
            const at = Date.now();
            patchRun(mode, (run) => ({
              status: 'error',
              error: error.code,
              finishedAt: at,
              ...finishThinking(run, at),
            }));
          }
        }
      } finally {
        set({ isGenerating: false });
      }
    },

    closeCompare: () => set({ compare: null }),
  };
};
