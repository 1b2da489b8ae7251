import type { AssistantMessage, ResolvedMode } from './chat-types';

/** The parts of a finished answer the tally needs (kept per session, so small). */
export type TalliedAnswer = Pick<
  AssistantMessage,
  | 'mode'
  | 'modeChoice'
  | 'autoReason'
  | 'status'
  | 'thinkingTokens'
  | 'thinkingStartedAt'
  | 'thinkingEndedAt'
>;

export interface RouteTally {
  /** Answers per mode that ran. */
  counts: Record<ResolvedMode, number>;
  /** Answers that finished (done or stopped); the counts cover only these. */
  finished: number;
  /** Of those, how many Auto decided. */
  auto: number;
  /**
   * An estimate of the thinking Auto saved by answering Quick: Auto's Quick answers times the
   * average thinking of this device's own Think answers, at their measured speed. Null until
   * there is a thought to measure.
   */
  saved: { tokens: number; seconds: number } | null;
}

/**
 * Auto decided only where the detector ran: with Auto chosen, a `/think`, `/no_think` or `/refine`
 * command still decides the mode itself and leaves no reason.
 */
function decidedByAuto(answer: TalliedAnswer): boolean {
  return answer.modeChoice === 'auto' && answer.autoReason !== null;
}

function thinkingMs(answer: TalliedAnswer): number {
  const { thinkingStartedAt: start, thinkingEndedAt: end } = answer;
  return start !== null && end !== null ? Math.max(0, end - start) : 0;
}

export function tallyRoutes(answers: readonly TalliedAnswer[]): RouteTally {
  const finished = answers.filter((a) => a.status === 'done' || a.status === 'stopped');
  const counts: Record<ResolvedMode, number> = { quick: 0, think: 0, refine: 0 };
  for (const answer of finished) counts[answer.mode] += 1;
  const auto = finished.filter(decidedByAuto).length;
  const thoughts = finished.filter((a) => a.thinkingTokens > 0 && thinkingMs(a) > 0);
  const autoQuick = finished.filter((a) => decidedByAuto(a) && a.mode === 'quick').length;
  const base = { counts, finished: finished.length, auto };
  if (thoughts.length === 0 || autoQuick === 0) return { ...base, saved: null };
  const tokens = thoughts.reduce((sum, a) => sum + a.thinkingTokens, 0);
  const seconds = thoughts.reduce((sum, a) => sum + thinkingMs(a), 0) / 1000;
  const perAnswer = tokens / thoughts.length;
  const savedTokens = Math.round(autoQuick * perAnswer);
  return {
    ...base,
    saved: { tokens: savedTokens, seconds: savedTokens / (tokens / seconds) },
  };
}
