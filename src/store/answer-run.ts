import type {
  AssistantMessage,
  ChatMessage,
  GenerationMode,
  RefineDraft,
} from '@/domain/chat/chat-types';
import { finishedFields, type AnswerOutcome } from '@/domain/chat/stream-progress';
import type { GenerateRequest } from '@/domain/engine-types';
import type { StreamRenderPace } from '@/domain/engine/stream-render-pace';
import type { SpeedMeasurement } from '@/domain/thinking-policy/speed';
import type { GenerationPlan, PlanOutcome } from '@/domain/generation/plan';
import { compareDraftAndFinal } from '@/domain/refine/refine-outcome';
import { refinePrompt } from '@/domain/refine/refine-prompt';
import { draftVerdict } from '@/domain/thinking-policy/draft-rule';
import { streamAnswer, type AnswerProgress } from '@/engine/generation/stream-answer';
import type { ChatEngine } from '@/engine/types';
import { createFrameBatcher } from '@/lib/frame-batcher';
import { EMPTY_ANSWER } from './empty-answer';

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
  /** How often the streaming answer is shown, by where the model runs and what streams. */
  renderPace: StreamRenderPace;
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
  /** Draft + refine: keep a confident draft as the answer, unrefined (draft-rule.ts). */
  keepConfidentDraft?: boolean;
  /**
   * "Refine anyway": refine this kept draft (the answer keeps `draftKept` until the refinement
   * finishes); `first` is then the refinement's request.
   */
  keptDraft?: RefineDraft;
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
 * engine produces it; `show` sees it at most once per animation frame and `run.renderPace`,
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
  onLogprobs?: (logprobs: readonly number[]) => void,
) {
  const { thinkingMs, answerMs } = run.renderPace;
  const batcher = createFrameBatcher(show, {
    minIntervalMs: (progress: AnswerProgress) => (progress.content === '' ? thinkingMs : answerMs),
  });
  const result = await streamAnswer({
    engine: run.engine,
    plan,
    signal: run.signal,
    initial,
    onRequest: run.onRequest,
    onProgress: (progress) => batcher.push(progress),
    ...(onLogprobs && { onLogprobs }),
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
export function refineConversation(conversation: ChatMessage[], draft: string): ChatMessage[] {
  const question = conversation[conversation.length - 1];
  if (!question) return conversation;
  return [
    ...conversation.slice(0, -1),
    { ...question, content: refinePrompt(question.content, draft) },
  ];
}

/**
 * Draft + refine: a Quick draft streams at once into `draft`. With `keepConfidentDraft`, the
 * engine reports the draft's log-probabilities and a confident, finished draft is kept as the
 * answer (`draftKept`); otherwise a Think request with the question and the draft checks and
 * refines it. Stopped or failed while drafting, what came is kept. Only `content` ever goes back
 * to the model in later turns.
 */
async function draftAndRefine(plan: AnswerPlan, target: AnswerTarget, run: AnswerRun) {
  if (plan.keptDraft) return refineDraft(plan.first, plan.keptDraft, target, run);
  const measured = plan.keepConfidentDraft === true;
  const logprobs: number[] = [];
  const drafted = await streamRequest(
    measured ? { ...plan.first, logprobs: true } : plan.first,
    target.initial,
    (p) =>
      target.show({
        firstTokenAt: p.firstTokenAt,
        draft: {
          content: p.content,
          firstTokenAt: p.firstTokenAt,
          finishedAt: null,
          completionTokens: null,
          ...(measured && { confidence: null }),
        },
      }),
    run,
    measured ? (reported) => logprobs.push(...reported) : undefined,
  );
  const draftEnded = Date.now();
  const verdict = measured ? draftVerdict(logprobs) : null;
  const draft: RefineDraft = {
    content: drafted.progress.content,
    firstTokenAt: drafted.progress.firstTokenAt,
    finishedAt: draftEnded,
    completionTokens: drafted.outcome.status === 'error' ? null : drafted.outcome.completionTokens,
    ...(verdict && { confidence: verdict.confidence }),
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
  // A draft cut off at the context limit is not a whole answer: it is refined, however sure.
  if (verdict?.verdict === 'keep' && drafted.outcome.stopReason === 'finished') {
    await target.settle({
      ...asAnswer,
      ...finishedFields(drafted.progress, drafted.outcome, draftEnded),
      stopReason: 'finished',
      draftKept: { confidence: verdict.confidence },
    });
    return drafted.outcome;
  }

  const planned = await run.planStep(refineConversation(plan.conversation, draft.content), 'think');
  if (!planned?.ok) {
    await target.settle({ ...asAnswer, status: 'done', finishedAt: Date.now() });
    return drafted.outcome;
  }
  return refineDraft(planned.plan, draft, target, run);
}

/**
 * The refinement: its thinking and answer stream into the target, and its answer becomes the
 * answer. Stopped or failed, the draft stays the answer (the partial thinking is kept), a kept
 * draft with its note.
 */
async function refineDraft(
  refinePlan: GenerationPlan,
  draft: RefineDraft,
  target: AnswerTarget,
  run: AnswerRun,
) {
  target.show({ draft, budgetCause: refinePlan.budgetCause });
  // The answer's first token stays the draft's: that is when the user first had something.
  const refined = await streamRequest(
    refinePlan,
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
    draftKept: undefined,
  });
  return refined.outcome;
}
