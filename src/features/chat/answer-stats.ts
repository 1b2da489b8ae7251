import type { AssistantMessage } from '@/domain/chat/chat-types';

export interface AnswerStats {
  timeToFirstTokenMs: number | null;
  thinkingMs: number | null;
  totalMs: number | null;
  completionTokens: number | null;
  tokensPerSecond: number | null;
}

/** Timings and throughput of one answer, from the timestamps the stream recorded. */
export function answerStats(message: AssistantMessage): AnswerStats {
  const { createdAt, firstTokenAt, finishedAt, thinkingStartedAt, thinkingEndedAt } = message;
  const timeToFirstTokenMs = firstTokenAt === null ? null : firstTokenAt - createdAt;
  const thinkingMs =
    thinkingStartedAt === null || thinkingEndedAt === null
      ? null
      : thinkingEndedAt - thinkingStartedAt;
  const totalMs = finishedAt === null ? null : finishedAt - createdAt;
  const completionTokens = message.completionTokens;
  const streamingMs =
    finishedAt !== null && firstTokenAt !== null ? finishedAt - firstTokenAt : null;
  const tokensPerSecond =
    completionTokens !== null && streamingMs !== null && streamingMs > 0
      ? completionTokens / (streamingMs / 1000)
      : null;
  return { timeToFirstTokenMs, thinkingMs, totalMs, completionTokens, tokensPerSecond };
}
