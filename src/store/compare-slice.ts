import type { ResolvedMode } from '@/domain/chat/chat-types';
import type { ModeDecision } from '@/domain/chat/mode-decision';
import { stateModelId } from '@/domain/engine/engine-state';
import { FATAL_ENGINE_CODES } from '@/domain/engine-error';
import { firstStep } from '@/domain/generation/mode-steps';
import type { AnswerFields, AnswerRun, AnswerTarget, runAnswer } from './answer-run';
import {
  COMPARE_ORDER,
  patchColumn,
  type CompareColumnId,
  type CompareRun,
  type Comparison,
} from './compare-columns';
import { exportComparison, keepCompareAnswer } from './compare-keep';
import { EMPTY_ANSWER } from './empty-answer';
import { planRequest } from './request-plan';
import { decideMode, type StoreContext } from './store-context';

export interface CompareSlice {
  /** A side-by-side demo: one prompt, answered in each mode and by Auto. In memory only. */
  compare: Comparison | null;
  startCompare: (prompt: string) => Promise<void>;
  /** Puts a finished column's answer into the chat as the answer to the prompt (saved). */
  keepCompareAnswer: (column: CompareColumnId) => Promise<boolean>;
  /** The comparison as an export file: one conversation, each column's answer a version. */
  exportComparison: (format: 'json' | 'markdown') => Promise<string | null>;
  closeCompare: () => void;
}

export function createCompareSlice(ctx: StoreContext): CompareSlice {
  return {
    compare: null,
    startCompare: (prompt) => startCompare(ctx, prompt),
    keepCompareAnswer: (column) => keepCompareAnswer(ctx, column),
    exportComparison: (format) => exportComparison(ctx, format),
    closeCompare: () => ctx.set({ compare: null }),
  };
}

/** A column before its turn; Auto's carries its decision, shown before it runs. */
function waitingRun(column: CompareColumnId, mode: ResolvedMode, decision?: ModeDecision) {
  const run: CompareRun = {
    ...EMPTY_ANSWER,
    column,
    mode,
    ...(decision && {
      autoReason: decision.autoReason,
      ...(decision.autoScore !== undefined && { autoScore: decision.autoScore }),
      ...(decision.autoBand !== undefined && { autoBand: decision.autoBand }),
    }),
    status: 'waiting',
    startedAt: null,
    finishedAt: null,
    completionTokens: null,
    error: null,
  };
  return run;
}

/** An answer's fields as a compare column keeps them (errors by code). */
function asColumnFields(fields: AnswerFields): Partial<CompareRun> {
  const { error, ...rest } = fields;
  return error === undefined ? rest : { ...rest, error: error?.code ?? null };
}

/** A compare column as the target of an answer: shown only, never saved. */
function columnTarget(ctx: StoreContext, column: CompareColumnId): AnswerTarget {
  const write = (fields: AnswerFields) => patchColumn(ctx, column, asColumnFields(fields));
  return {
    initial: { ...EMPTY_ANSWER, completionTokens: null },
    show: write,
    settle: (fields) => Promise.resolve(write(fields)),
  };
}

/**
 * Answers one prompt in each mode and as Auto would, one after the other on the same engine: the
 * model is loaded once, and no run slows another down. Auto's column shows its choice at once
 * and runs like the others, through the one generation path.
 */
export async function startCompare(ctx: StoreContext, prompt: string) {
  const text = prompt.trim();
  if (!text) return;
  await ctx.runner.exclusive('compare', async (start) => {
    const auto = await decideMode(ctx, text, 'auto');
    await start((run, generate) => runColumns(ctx, text, auto, run, generate));
  });
}

/** Runs the comparison's columns one after the other; false when the engine failed under one. */
async function runColumns(
  ctx: StoreContext,
  text: string,
  auto: ModeDecision,
  run: AnswerRun,
  generate: typeof runAnswer,
): Promise<boolean> {
  const runs = {
    quick: waitingRun('quick', 'quick'),
    think: waitingRun('think', 'think'),
    refine: waitingRun('refine', 'refine'),
    auto: waitingRun('auto', auto.mode, auto),
  };
  const modelId = stateModelId(ctx.get().load);
  ctx.set({ compare: { prompt: text, modelId, startedAt: Date.now(), runs } });
  let clean = true;
  const question = { id: 'compare', role: 'user' as const, content: text, createdAt: 0 };
  for (const column of COMPARE_ORDER) {
    if (run.signal.aborted) break;
    const mode = runs[column].mode;
    patchColumn(ctx, column, { status: 'streaming', startedAt: Date.now() });
    const planned = await planRequest(
      ctx.get(),
      ctx.deps.tokenCounter,
      [question],
      firstStep(mode),
    );
    if (!planned?.ok) {
      patchColumn(ctx, column, {
        status: 'error',
        error: 'context-too-long',
        finishedAt: Date.now(),
      });
      continue;
    }
    patchColumn(ctx, column, { budgetCause: planned.plan.budgetCause });
    const plan = { mode, conversation: [question], first: planned.plan };
    const ending = await generate(plan, columnTarget(ctx, column), run);
    if (ending.status === 'error' && FATAL_ENGINE_CODES.includes(ending.error.code)) {
      clean = false;
      break;
    }
  }
  // Runs that never got their turn (the user stopped) say so instead of waiting forever.
  for (const column of COMPARE_ORDER) {
    if (ctx.get().compare?.runs[column].status === 'waiting') {
      patchColumn(ctx, column, { status: 'stopped' });
    }
  }
  return clean;
}
