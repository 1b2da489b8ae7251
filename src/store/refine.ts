import type { StoreApi } from 'zustand';
import type { AssistantMessage, ChatMessage } from '@/domain/chat/chat-types';
import { finishedFields } from '@/domain/chat/stream-progress';
import type { GenerationPlan } from '@/domain/generation/plan';
import { compareDraftAndFinal } from '@/domain/refine/refine-outcome';
import { refinePrompt } from '@/domain/refine/refine-prompt';
import type { AppState } from './app-state';
import { generateAnswer } from './generation';
import { planRequest } from './request-plan';

/** Applies fields to the answer being written (a chat message or a compare column). */
export type AnswerPatch = (fields: Partial<AssistantMessage>) => Promise<void> | void;

/**
 * Draft + refine on one loaded model: a Quick draft streams at once into `draft`; when it is
 * finished, a Think request with the question and the draft checks and refines it, and its answer
 * becomes the message's answer. Stopped or failed during refinement, the draft stays the answer
 * (the partial thinking is kept). Only `content` ever goes back to the model in later turns.
 */
export async function draftAndRefine(
  set: StoreApi<AppState>['setState'],
  get: StoreApi<AppState>['getState'],
  before: ChatMessage[],
  draftPlan: GenerationPlan,
  signal: AbortSignal,
  patch: AnswerPatch,
): Promise<void> {
  const draftRun = await generateAnswer(set, draftPlan, signal, (p) => {
    void patch({
      firstTokenAt: p.firstTokenAt,
      draft: {
        content: p.content,
        firstTokenAt: p.firstTokenAt,
        finishedAt: null,
        completionTokens: null,
      },
    });
  });
  const draftEnded = Date.now();
  const draft = {
    content: draftRun.progress.content,
    firstTokenAt: draftRun.progress.firstTokenAt,
    finishedAt: draftEnded,
    completionTokens:
      draftRun.outcome.status === 'error' ? null : draftRun.outcome.completionTokens,
  };
  const asAnswer = { content: draft.content, draft };
  if (draftRun.outcome.status !== 'done') {
    // Stopped or failed while drafting: like any answer, what came is kept.
    await patch({
      ...asAnswer,
      ...finishedFields(draftRun.progress, draftRun.outcome, draftEnded),
    });
    return;
  }

  const question = before[before.length - 1];
  const refineQuestion: ChatMessage[] = question
    ? [
        ...before.slice(0, -1),
        { ...question, content: refinePrompt(question.content, draft.content) },
      ]
    : before;
  const planned = await planRequest(get(), refineQuestion, 'think');
  if (!planned?.ok) {
    await patch({ ...asAnswer, status: 'done', finishedAt: Date.now() });
    return;
  }
  await patch({ draft, budgetCause: planned.plan.budgetCause });
  // The answer's first token stays the draft's: that is when the user first had something.
  const refined = await generateAnswer(set, planned.plan, signal, (p) => {
    void patch({ ...p, firstTokenAt: draft.firstTokenAt });
  });
  const at = Date.now();
  const progress = { ...refined.progress, firstTokenAt: draft.firstTokenAt };
  const finished = finishedFields(refined.progress, refined.outcome, at);
  const finalAnswer = refined.progress.content.trim();
  if (refined.outcome.status !== 'done' || !finalAnswer) {
    await patch({ ...progress, ...finished, content: draft.content });
    return;
  }
  await patch({
    ...progress,
    ...finished,
    stopReason: 'stopReason' in refined.outcome ? refined.outcome.stopReason : undefined,
    refineOutcome: compareDraftAndFinal(draft.content, finalAnswer),
  });
}
