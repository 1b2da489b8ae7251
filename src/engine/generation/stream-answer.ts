import {
  applySegments,
  type AnswerOutcome,
  type StreamProgress,
} from '@/domain/chat/stream-progress';
import { EngineError } from '@/domain/engine-error';
import type { ThinkingPolicyReport } from '@/domain/chat/chat-types';
import type { GenerateRequest } from '@/domain/engine-types';
import type { GenerationPlan } from '@/domain/generation/plan';
import { measureSpeed, type SpeedMeasurement } from '@/domain/thinking-policy/speed';
import { classifyError } from '@/engine/errors';
import type { ChatEngine } from '@/engine/types';
import { runGeneration } from './run-generation';

export interface AnswerProgress extends StreamProgress, ThinkingPolicyReport {
  /** Thinking was cut at the thinking budget and closed by the app. */
  budgetReached: boolean;
}

export interface StreamAnswerArgs {
  engine: ChatEngine;
  plan: GenerationPlan;
  signal: AbortSignal;
  /** Where the answer starts from (an empty answer, or one being continued). */
  initial: AnswerProgress;
  onRequest: (request: GenerateRequest) => void;
  /** The whole answer so far, after every chunk; callers decide how often to render it. */
  onProgress: (progress: AnswerProgress) => void;
  /** Log-probabilities of the streamed tokens, where the plan asked for them. */
  onLogprobs?: (logprobs: readonly number[]) => void;
  now?: () => number;
}

/**
 * The one way any mode generates an answer: runs the plan on the engine through the think-stream
 * parser and the thinking budget, folds the stream into the answer, and maps how it ended
 * (finished, stopped, cut off, failed) onto an outcome. Never throws.
 */
export async function streamAnswer(args: StreamAnswerArgs): Promise<{
  progress: AnswerProgress;
  outcome: AnswerOutcome;
  /** How fast this request decoded (the engine's timings, or its tokens over the clock). */
  speed: SpeedMeasurement | null;
}> {
  const now = args.now ?? Date.now;
  let progress = args.initial;
  /** When this request's first token came (an answer being continued started earlier). */
  let firstChunkAt: number | null = null;
  const update = (next: AnswerProgress) => {
    progress = next;
    args.onProgress(progress);
  };
  try {
    const result = await runGeneration({
      ...args.plan,
      engine: args.engine,
      signal: args.signal,
      onRequest: args.onRequest,
      onSegments: (segments, tokens) => {
        if (segments.length === 0) return;
        firstChunkAt ??= now();
        update({ ...progress, ...applySegments(progress, segments, tokens, now()) });
      },
      onBudgetReached: () => update({ ...progress, budgetReached: true }),
      onThinkingPolicy: (report) => update({ ...progress, ...report }),
      ...(args.onLogprobs && { onLogprobs: args.onLogprobs }),
    });
    const outcome: AnswerOutcome = {
      status: result.stopReason === 'interrupted' ? 'stopped' : 'done',
      stopReason: result.stopReason,
      promptTokens: result.usage.promptTokens,
      completionTokens: result.usage.completionTokens,
    };
    // The invisible trial answers' time is not decoding of this answer.
    const probeMs = (progress.probes?.probeMs ?? 0) - (args.initial.probes?.probeMs ?? 0);
    const decodeMs = firstChunkAt === null ? 0 : now() - firstChunkAt - probeMs;
    // "Think longer" counts the thinking it resumes from in its tokens; that was decoded before.
    const decoded = (outcome.completionTokens ?? 0) - (args.plan.resumeThinking?.tokens ?? 0);
    const speed = measureSpeed(decoded, decodeMs, result.timings);
    return { progress, outcome, speed };
  } catch (err) {
    const error = err instanceof EngineError ? err : classifyError(err);
    return {
      progress,
      outcome: { status: 'error', error: { code: error.code, detail: error.detail } },
      speed: null,
    };
  }
}
