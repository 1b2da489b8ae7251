import type { AssistantMessage, ChatMessage, GenerationMode } from '@/domain/chat/chat-types';
import { finishedFields, type AnswerOutcome } from '@/domain/chat/stream-progress';
import type { GenerateRequest } from '@/domain/engine-types';
import type { SpeedMeasurement } from '@/domain/thinking-policy/speed';
import type { GenerationPlan, PlanOutcome } from '@/domain/generation/plan';
import { compareDraftAndFinal } from '@/domain/refine/refine-outcome';
import { refinePrompt } from '@/domain/refine/refine-prompt';
import { streamAnswer, type AnswerProgress } from '@/engine/generation/stream-answer';
import type { ChatEngine } from '@/engine/types';
import { createFrameBatcher } from '@/lib/frame-batcher';
import { EMPTY_ANSWER } from './empty-answer';
import { STREAM_RENDER_INTERVAL_MS } from './stream-render-interval';

export type { AnswerProgress };

/** Fields of an answer as a chat message holds them; a compare column keeps the ones it shows. */
export type AnswerFields = Partial<AssistantMessage>;

/** Where an answer is written: a chat message (`ChatSession.startAnswer`) or a compare column. */
export interface AnswerTarget {
  /** The answer as it stands when the run begins: empty, or the text a continuation goes on from. */
  readonly initial: AnswerProgress & { completionTokens: number | null };
  /** Shows the answer while it streams (called at most once per render step). */
  show(fields: AnswerFields): void;
  /** The answer changed state (finished, failed, cut off, stopped); resolves once it is kept. */
  settle(fields: AnswerFields): Promise<void>;
}

/** The tab's one running answer (see `AnswerRunner`): the live engine and the user's Stop. */
export interface AnswerRun {
  engine: ChatEngine;
  signal: AbortSignal;
  /** Plans a later request of the answer (Draft + refine's refinement) on the same conversation. */
  planStep(conversation: ChatMessage[], step: GenerationMode): Promise<PlanOutcome | null>;
  /** Every request handed to the engine (Settings → Developer shows the last). */
  onRequest(request: GenerateRequest): void;
  /** How fast a request of the answer decoded, to keep as the model's speed here. */
  onSpeed(measurement: SpeedMeasurement): void;
}

/** What to answer: the mode's steps (`MODE_STEPS`), on `conversation`, its first request planned. */
export interface AnswerPlan {
  mode: AssistantMessage['mode'];
  /** The conversation up to and including the question. */
  conversation: ChatMessage[];
  /** The first step's request, planned (and checked for fit) before the answer was started. */
  first: GenerationPlan;
}

/**
 * THE generation path: every answer (send, rerun, edit + resend, Continue, Draft + refine, each
 * Compare column) runs here, and this is the one module of the store that calls the engine's
 * generation. An answer is one or more engine requests streamed into the same target; how it
 * ended is returned (the outcome of the request that decided the answer).
 */
export function runAnswer(
  plan: AnswerPlan,
  target: AnswerTarget,
  run: AnswerRun,
): Promise<AnswerOutcome> {
  return plan.mode === 'refine' ? draftAndRefine(plan, target, run) : oneRequest(plan, target, run);
}

/**
 * Streams one request into the target, from `initial` on. The stream is drained as fast as the
 * engine produces it; `show` sees it at most once per animation frame and STREAM_RENDER_INTERVAL_MS,
 * and once more with the final state before this resolves.
 *
 * `onProgress` sees every chunk: the place to observe the thinking stream at its pause points.
 * To end thinking early, a step aborts its own request (a controller chained to `run.signal`)
 * and streams a raw continuation (a plan with `continuation`) into the same target, passing the
 * progress so far as `initial`: an answer may be any number of requests.
 */
async function streamRequest(
  plan: GenerationPlan,
  initial: AnswerProgress,
  show: (progress: AnswerProgress) => void,
  run: AnswerRun,
) {
  const batcher = createFrameBatcher(show, { minIntervalMs: STREAM_RENDER_INTERVAL_MS });
  const result = await streamAnswer({
    engine: run.engine,
    plan,
    signal: run.signal,
    initial,
    onRequest: run.onRequest,
    onProgress: (progress) => batcher.push(progress),
  });
  batcher.flush();
  if (result.speed) run.onSpeed(result.speed);
  return result;
}

/** Quick, Think, and Continue (which adds to the answer's earlier tokens). */
async function oneRequest(plan: AnswerPlan, target: AnswerTarget, run: AnswerRun) {
  const { initial } = target;
  const earlierTokens = plan.first.continuation ? (initial.completionTokens ?? 0) : 0;
  const { progress, outcome } = await streamRequest(plan.first, initial, target.show, run);
  const finished = finishedFields(progress, outcome, Date.now());
  await target.settle({
    ...progress,
    ...finished,
    ...('completionTokens' in finished && {
      completionTokens: (finished.completionTokens ?? 0) + earlierTokens || null,
    }),
    stopReason: outcome.status === 'error' ? undefined : outcome.stopReason,
  });
  return outcome;
}

/** The question of the refinement: the draft goes back with the user's last question. */
function refineConversation(conversation: ChatMessage[], draft: string): ChatMessage[] {
  const question = conversation[conversation.length - 1];
  if (!question) return conversation;
  return [
    ...conversation.slice(0, -1),
    { ...question, content: refinePrompt(question.content, draft) },
  ];
}

/**
 * Draft + refine: a Quick draft streams at once into `draft`; when it is finished, a Think
 * request with the question and the draft checks and refines it, and its answer becomes the
 * answer. Stopped or failed during refinement, the draft stays the answer (the partial thinking
 * is kept). Only `content` ever goes back to the model in later turns.
 */
async function draftAndRefine(plan: AnswerPlan, target: AnswerTarget, run: AnswerRun) {
  const drafted = await streamRequest(
    plan.first,
    target.initial,
    (p) =>
      target.show({
        firstTokenAt: p.firstTokenAt,
        draft: {
          content: p.content,
          firstTokenAt: p.firstTokenAt,
          finishedAt: null,
          completionTokens: null,
        },
      }),
    run,
  );
  const draftEnded = Date.now();
  const draft = {
    content: drafted.progress.content,
    firstTokenAt: drafted.progress.firstTokenAt,
    finishedAt: draftEnded,
    completionTokens: drafted.outcome.status === 'error' ? null : drafted.outcome.completionTokens,
  };
  const asAnswer = { content: draft.content, draft };
  if (drafted.outcome.status !== 'done') {
    // Stopped or failed while drafting: like any answer, what came is kept.
    await target.settle({
      ...asAnswer,
      ...finishedFields(drafted.progress, drafted.outcome, draftEnded),
    });
    return drafted.outcome;
  }

  const planned = await run.planStep(refineConversation(plan.conversation, draft.content), 'think');
  if (!planned?.ok) {
    await target.settle({ ...asAnswer, status: 'done', finishedAt: Date.now() });
    return drafted.outcome;
  }
  target.show({ draft, budgetCause: planned.plan.budgetCause });
  // The answer's first token stays the draft's: that is when the user first had something.
  const refined = await streamRequest(
    planned.plan,
    EMPTY_ANSWER,
    (p) => target.show({ ...p, firstTokenAt: draft.firstTokenAt }),
    run,
  );
  const progress = { ...refined.progress, firstTokenAt: draft.firstTokenAt };
  const finished = finishedFields(refined.progress, refined.outcome, Date.now());
  const finalAnswer = refined.progress.content.trim();
  if (refined.outcome.status !== 'done' || !finalAnswer) {
    await target.settle({ ...progress, ...finished, content: draft.content });
    return refined.outcome;
  }
  await target.settle({
    ...progress,
    ...finished,
    stopReason: refined.outcome.stopReason,
    refineOutcome: compareDraftAndFinal(draft.content, finalAnswer),
  });
  return refined.outcome;
}
