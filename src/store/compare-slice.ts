import type { RefineDraft, ResolvedMode } from '@/domain/chat/chat-types';
import type { RefineOutcome } from '@/domain/refine/refine-outcome';
import { FATAL_ENGINE_CODES, type EngineErrorCode } from '@/domain/engine-error';
import { firstStep } from '@/domain/generation/mode-steps';
import type { AnswerFields, AnswerProgress, AnswerTarget } from './answer-run';
import { EMPTY_ANSWER } from './empty-answer';
import { planRequest } from './request-plan';
import type { StoreContext } from './store-context';

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

export interface CompareSlice {
  /** A side-by-side demo: one prompt, answered in Quick, Think and Draft + refine. Not saved. */
  compare: { prompt: string; runs: Record<ResolvedMode, CompareRun> } | null;
  startCompare: (prompt: string) => Promise<void>;
  closeCompare: () => void;
}

export function createCompareSlice(ctx: StoreContext): CompareSlice {
  return {
    compare: null,
    startCompare: (prompt) => startCompare(ctx, prompt),
    closeCompare: () => ctx.set({ compare: null }),
  };
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

function patchColumn(ctx: StoreContext, mode: ResolvedMode, patch: Partial<CompareRun>) {
  ctx.set((state) =>
    state.compare
      ? {
          compare: {
            ...state.compare,
            runs: { ...state.compare.runs, [mode]: { ...state.compare.runs[mode], ...patch } },
          },
        }
      : {},
  );
}

/** An answer's fields as a compare column keeps them (errors by code). */
function asColumnFields(fields: AnswerFields): Partial<CompareRun> {
  const { error, ...rest } = fields;
  return error === undefined ? rest : { ...rest, error: error?.code ?? null };
}

/** A compare column as the target of an answer: shown only, never saved. */
function columnTarget(ctx: StoreContext, mode: ResolvedMode): AnswerTarget {
  const write = (fields: AnswerFields) => patchColumn(ctx, mode, asColumnFields(fields));
  return {
    initial: { ...EMPTY_ANSWER, completionTokens: null },
    show: write,
    settle: (fields) => Promise.resolve(write(fields)),
  };
}

/**
 * Answers one prompt in each mode, one after the other on the same engine: the model is loaded
 * once, and no run slows another down.
 */
export async function startCompare(ctx: StoreContext, prompt: string) {
  const text = prompt.trim();
  if (!text) return;
  await ctx.runner.exclusive('compare', async (run, runAnswer) => {
    const runs = {
      quick: waitingRun('quick'),
      think: waitingRun('think'),
      refine: waitingRun('refine'),
    };
    ctx.set({ compare: { prompt: text, runs } });
    let clean = true;
    const question = { id: 'compare', role: 'user' as const, content: text, createdAt: 0 };
    for (const mode of COMPARE_ORDER) {
      if (run.signal.aborted) break;
      patchColumn(ctx, mode, { status: 'streaming', startedAt: Date.now() });
      const planned = await planRequest(
        ctx.get(),
        ctx.deps.tokenCounter,
        [question],
        firstStep(mode),
      );
      if (!planned?.ok) {
        patchColumn(ctx, mode, {
          status: 'error',
          error: 'context-too-long',
          finishedAt: Date.now(),
        });
        continue;
      }
      patchColumn(ctx, mode, { budgetCause: planned.plan.budgetCause });
      const plan = { mode, conversation: [question], first: planned.plan };
      const ending = await runAnswer(plan, columnTarget(ctx, mode), run);
      if (ending.status === 'error' && FATAL_ENGINE_CODES.includes(ending.error.code)) {
        clean = false;
        break;
      }
    }
    // Runs that never got their turn (the user stopped) say so instead of waiting forever.
    for (const mode of COMPARE_ORDER) {
      if (ctx.get().compare?.runs[mode].status === 'waiting') {
        patchColumn(ctx, mode, { status: 'stopped' });
      }
    }
    return clean;
  });
}
