import type { ModeChoice, ResolvedMode } from '@/domain/chat/chat-types';
import type { EngineErrorCode } from '@/domain/engine-error';
import type { AnswerFields, AnswerProgress } from './answer-run';
import type { StoreContext } from './store-context';

/** The columns: one per fixed mode, then Auto (what Auto would have done with the prompt). */
export type CompareColumnId = ModeChoice;
export const COMPARE_ORDER: readonly CompareColumnId[] = ['quick', 'think', 'refine', 'auto'];

/** One column's answer: the fields a chat answer has (errors by code), and the column's state. */
export interface CompareRun
  extends AnswerProgress, Omit<AnswerFields, keyof AnswerProgress | 'status' | 'error'> {
  column: CompareColumnId;
  /** The mode it ran in: the column's, or for Auto the one Auto chose. */
  mode: ResolvedMode;
  status: 'waiting' | 'streaming' | 'done' | 'stopped' | 'error';
  startedAt: number | null;
  finishedAt: number | null;
  completionTokens: number | null;
  error: EngineErrorCode | null;
}

export interface Comparison {
  prompt: string;
  /** The model that answered (null: none was loaded). */
  modelId: string | null;
  startedAt: number;
  runs: Record<CompareColumnId, CompareRun>;
  /**
   * What "Keep in chat" wrote: the question, once, in that conversation, and the answer each
   * kept column became (all versions of that one turn).
   */
  kept?: {
    conversationId: string;
    questionId: string;
    answers: Partial<Record<CompareColumnId, string>>;
  };
}

export function patchColumn(
  ctx: StoreContext,
  column: CompareColumnId,
  patch: Partial<CompareRun>,
) {
  ctx.set((state) =>
    state.compare
      ? {
          compare: {
            ...state.compare,
            runs: { ...state.compare.runs, [column]: { ...state.compare.runs[column], ...patch } },
          },
        }
      : {},
  );
}

/** A column whose answer can be kept or exported: it ran to its end or was stopped with text. */
export function columnAnswered(run: CompareRun): boolean {
  return run.status === 'done' || (run.status === 'stopped' && run.content.trim() !== '');
}
