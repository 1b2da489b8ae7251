import type { StateCreator } from 'zustand';
import type { AssistantMessage, RefineDraft, ResolvedMode } from '@/domain/chat/chat-types';
import type { RefineOutcome } from '@/domain/refine/refine-outcome';
import { finishedFields } from '@/domain/chat/stream-progress';
import { FATAL_ENGINE_CODES, type EngineErrorCode } from '@/domain/engine-error';
import type { AnswerProgress } from '@/engine/generation/stream-answer';
import type { AppState } from './app-state';
import { EMPTY_ANSWER, runExclusive } from './exclusive-run';
import { loadStreaming } from './lazy-streaming';
import { planRequest } from './request-plan';

export const COMPARE_ORDER: readonly ResolvedMode[] = ['quick', 'think', 'refine'];

export interface CompareRun extends AnswerProgress {
  mode: ResolvedMode;
  status: 'waiting' | 'streaming' | 'done' | 'stopped' | 'error';
  startedAt: number | null;
  finishedAt: number | null;
  completionTokens: number | null;
  error: EngineErrorCode | null;
  budgetCause?: 'user' | 'context';
  draft?: RefineDraft;
  refineOutcome?: RefineOutcome;
}

/** An answer's fields as a compare column keeps them (errors by code). */
function asRunFields(fields: Partial<AssistantMessage>): Partial<CompareRun> {
  const { error, ...rest } = fields;
  return error === undefined ? rest : { ...rest, error: error?.code ?? null };
}

export interface CompareSlice {
  /** A side-by-side demo: one prompt, answered in Quick, Think and Draft + refine. Not saved. */
  compare: { prompt: string; runs: Record<ResolvedMode, CompareRun> } | null;
  startCompare: (prompt: string) => Promise<void>;
  closeCompare: () => void;
}

function waitingRun(mode: ResolvedMode): CompareRun {
  return {
    ...EMPTY_ANSWER,
    mode,
    status: 'waiting',
    startedAt: null,
    finishedAt: null,
    completionTokens: null,
    error: null,
  };
}

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set, get) => {
  const patchRun = (mode: ResolvedMode, patch: Partial<CompareRun>) =>
    set((state) =>
      state.compare
        ? {
            compare: {
              ...state.compare,
              runs: { ...state.compare.runs, [mode]: { ...state.compare.runs[mode], ...patch } },
            },
          }
        : {},
    );

  return {
    compare: null,

    startCompare: async (prompt) => {
      const text = prompt.trim();
      if (!text) return;
      await runExclusive(set, get, async (signal) => {
        const { generateAnswer, draftAndRefine } = await loadStreaming();
        set({
          compare: {
            prompt: text,
            runs: {
              quick: waitingRun('quick'),
              think: waitingRun('think'),
              refine: waitingRun('refine'),
            },
          },
        });
        // One after the other on the same engine: the model is loaded once, and neither run
        // slows the other down.
        let clean = true;
        for (const mode of COMPARE_ORDER) {
          if (signal.aborted) break;
          patchRun(mode, { status: 'streaming', startedAt: Date.now() });
          const question = { id: 'compare', role: 'user' as const, content: text, createdAt: 0 };
          const planned = await planRequest(
            get(),
            [question],
            mode === 'think' ? 'think' : 'quick',
          );
          if (!planned?.ok) {
            patchRun(mode, { status: 'error', error: 'context-too-long', finishedAt: Date.now() });
            continue;
          }
          patchRun(mode, { budgetCause: planned.plan.budgetCause });
          if (mode === 'refine') {
            await draftAndRefine(set, get, [question], planned.plan, signal, (fields) =>
              patchRun(mode, asRunFields(fields)),
            );
            continue;
          }
          const { progress, outcome } = await generateAnswer(set, planned.plan, signal, (p) =>
            patchRun(mode, p),
          );
          patchRun(mode, {
            ...progress,
            ...asRunFields(finishedFields(progress, outcome, Date.now())),
          });
          if (outcome.status === 'error' && FATAL_ENGINE_CODES.includes(outcome.error.code)) {
            clean = false;
            break;
          }
        }
        // Runs that never got their turn (the user stopped) say so instead of waiting forever.
        for (const mode of COMPARE_ORDER) {
          if (get().compare?.runs[mode].status === 'waiting') patchRun(mode, { status: 'stopped' });
        }
        return clean;
      });
    },

    closeCompare: () => set({ compare: null }),
  };
};
