import type { AssistantMessage, ResolvedMode } from './chat-types';

/** The parts of a finished answer the tally needs (kept per session, so small). */
export type TalliedAnswer = Pick<
  AssistantMessage,
  'mode' | 'modeChoice' | 'status' | 'thinkingTokens' | 'thinkingStartedAt' | 'thinkingEndedAt'
>;

export interface RouteTally {
  /** Answers per mode that ran. */
  counts: Record<ResolvedMode, number>;
  /** Of those, how many Auto decided. */
  auto: number;
  /**
   * An estimate of the thinking Auto saved by answering Quick: Auto's Quick answers times the
   * average thinking of this device's own Think answers, at their measured speed. Null until
   * there is a thought to measure.
   */
  saved: { tokens: number; seconds: number } | null;
}

function thinkingMs(answer: TalliedAnswer): number {
  const { thinkingStartedAt: start, thinkingEndedAt: end } = answer;
  return start !== null && end !== null ? Math.max(0, end - start) : 0;
}

export function tallyRoutes(answers: readonly TalliedAnswer[]): RouteTally {
  const finished = answers.filter((a) => a.status === 'done' || a.status === 'stopped');
  const counts: Record<ResolvedMode, number> = { quick: 0, think: 0, refine: 0 };
  for (const answer of finished) counts[answer.mode] += 1;
  const auto = finished.filter((a) => a.modeChoice === 'auto').length;
  const thoughts = finished.filter((a) => a.thinkingTokens > 0 && thinkingMs(a) > 0);
  const autoQuick = finished.filter((a) => a.modeChoice === 'auto' && a.mode === 'quick').length;
  if (thoughts.length === 0) return { counts, auto, saved: null };
  const tokens = thoughts.reduce((sum, a) => sum + a.thinkingTokens, 0);
  const seconds = thoughts.reduce((sum, a) => sum + thinkingMs(a), 0) / 1000;
  const perAnswer = tokens / thoughts.length;
  const savedTokens = Math.round(autoQuick * perAnswer);
  return {
    counts,
    auto,
    saved: { tokens: savedTokens, seconds: savedTokens / (tokens / seconds) },
  };
}
