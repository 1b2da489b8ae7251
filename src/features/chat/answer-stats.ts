import type { AssistantMessage } from '@/domain/chat/chat-types';
import { tokenStats, type TokenStats } from '@/domain/chat/token-stats';

export interface AnswerStats extends TokenStats {
  timeToFirstTokenMs: number | null;
  thinkingMs: number | null;
  totalMs: number | null;
}

/** Timings and throughput of one answer, from the timestamps the stream recorded. */
export function answerStats(message: AssistantMessage): AnswerStats {
  const { createdAt, firstTokenAt, finishedAt, thinkingStartedAt, thinkingEndedAt } = message;
  return {
    timeToFirstTokenMs: firstTokenAt === null ? null : firstTokenAt - createdAt,
    thinkingMs:
      thinkingStartedAt === null || thinkingEndedAt === null
        ? null
        : thinkingEndedAt - thinkingStartedAt,
    totalMs: finishedAt === null ? null : finishedAt - createdAt,
    ...tokenStats(message),
  };
}
