import type { EngineErrorCode } from '@/domain/engine-error';
import type { ThinkSegment } from '@/domain/thinking/think-stream-parser';

/** The streamed parts of an answer, shared by chat messages and compare runs. */
export interface StreamProgress {
  content: string;
  thinking: string;
  thinkingDone: boolean;
  firstTokenAt: number | null;
  thinkingStartedAt: number | null;
  thinkingEndedAt: number | null;
  thinkingTokens: number;
}

export const EMPTY_PROGRESS: StreamProgress = {
  content: '',
  thinking: '',
  thinkingDone: false,
  firstTokenAt: null,
  thinkingStartedAt: null,
  thinkingEndedAt: null,
  thinkingTokens: 0,
};

/** Folds parsed segments into an answer's progress (pure). */
export function applySegments(
  progress: StreamProgress,
  segments: ThinkSegment[],
  thinkingTokens: number,
  at: number,
): StreamProgress {
  const next: StreamProgress = {
    ...progress,
    firstTokenAt: progress.firstTokenAt ?? at,
    thinkingTokens,
  };
  for (const segment of segments) {
    if (segment.channel === 'thinking') {
      next.thinking += segment.text;
      next.thinkingStartedAt ??= at;
    } else if (segment.channel === 'thinking-closed') {
      next.thinkingDone = true;
      next.thinkingEndedAt = at;
    } else {
      next.content += segment.text;
      next.thinkingDone = true;
      if (next.thinkingStartedAt !== null && next.thinkingEndedAt === null)
        next.thinkingEndedAt = at;
    }
  }
  return next;
}

/** Closes the thinking clock when a stream ends, however it ended. */
export function finishThinking(
  progress: StreamProgress,
  at: number,
): Pick<StreamProgress, 'thinkingEndedAt'> {
  return {
    thinkingEndedAt: progress.thinkingStartedAt !== null ? (progress.thinkingEndedAt ?? at) : null,
  };
}

/** How a stream ended, as the chat and the compare view record it. */
export type AnswerOutcome =
  | {
      status: 'done' | 'stopped';
      stopReason: 'finished' | 'length' | 'interrupted';
      promptTokens: number | null;
      completionTokens: number | null;
    }
  | { status: 'error'; error: { code: EngineErrorCode; detail: string } };

/** The fields a finished stream sets on its answer, whatever the outcome. */
export function finishedFields(progress: StreamProgress, outcome: AnswerOutcome, at: number) {
  const common = { finishedAt: at, ...finishThinking(progress, at) };
  if (outcome.status === 'error')
    return { ...common, status: 'error' as const, error: outcome.error };
  return {
    ...common,
    status: outcome.status,
    promptTokens: outcome.promptTokens,
    completionTokens: outcome.completionTokens,
  };
}
