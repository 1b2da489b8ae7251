import {
  applySegments,
  type AnswerOutcome,
  type StreamProgress,
} from '@/domain/chat/stream-progress';
import { EngineError } from '@/domain/engine-error';
import type { ThinkingPolicyReport } from '@/domain/chat/chat-types';
import type { GenerateRequest } from '@/domain/engine-types';
import type { GenerationPlan } from '@/domain/generation/plan';
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
export async function streamAnswer(
  args: StreamAnswerArgs,
): Promise<{ progress: AnswerProgress; outcome: AnswerOutcome }> {
  const now = args.now ?? Date.now;
  let progress = args.initial;
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
    return { progress, outcome };
  } catch (err) {
    const error = err instanceof EngineError ? err : classifyError(err);
    return {
      progress,
      outcome: { status: 'error', error: { code: error.code, detail: error.detail } },
    };
  }
}
