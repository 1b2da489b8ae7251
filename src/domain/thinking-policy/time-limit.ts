import type { SpeedEstimate } from './speed';
import { mostThinkingSeconds } from './speed';

/** The thinking time limits Settings offers, in seconds; null: none. */
export const TIME_LIMIT_OPTIONS: readonly (number | null)[] = [15, 30, 60, 180, null];

/**
 * At the limit thinking is not cut mid-sentence: the model may finish its sentence, within this
 * grace, then thinking closes the Qwen way (thinking-budget.ts's closing sentence). A sentence of
 * thinking is 15–30 tokens; 24 tokens or 4 s, whichever comes first, lets most finish and keeps a
 * slow CPU (2–4 tokens/s) from overrunning a 15 s limit by more than about a quarter.
 */
export const TIME_LIMIT_GRACE_TOKENS = 24;
export const TIME_LIMIT_GRACE_MS = 4000;

/** Thinking text ends a sentence: a sentence mark (before a space or at the end), or a line end. */
export function endsSentence(text: string): boolean {
  return /([.!?。！？:]\s*|\n)$/.test(text);
}

/**
 * How many thinking tokens Think is expected to spend when the budget leaves it free: Qwen3-0.6B
 * thinks about 1,500 tokens on an everyday question (issue 20's figure; the accuracy script
 * prints the mean per policy on a real model).
 */
export const TYPICAL_THINKING_TOKENS = 1500;

/** Auto only says what Think costs where that is worth saying. */
export const THINK_COST_NOTICE_SECONDS = 60;

export interface ThinkCost {
  /** Expected thinking time here, in seconds; null while the speed is unknown. */
  seconds: number | null;
  /** Auto prefers Draft + refine: Think would take longer than the time limit. */
  preferDraft: boolean;
  /** A notice for the UI to translate (`seconds` rounded by the UI, e.g. "about 4 min"). */
  notice: { code: 'think-would-take'; seconds: number } | null;
}

/**
 * Auto's rule on a slow engine: what Think would cost here is the expected thinking tokens (the
 * budget, or the typical length where the budget is larger or none) at the measured speed. When
 * that is over the time limit, Auto prefers Draft + refine, whose refining step only runs on an
 * unsure draft and is itself held to the limit.
 */
export function thinkCost(
  speed: SpeedEstimate | null,
  budgetTokens: number | null,
  timeLimitSeconds: number | null,
  promptTokens = 0,
): ThinkCost {
  const expectedTokens = Math.min(budgetTokens ?? TYPICAL_THINKING_TOKENS, TYPICAL_THINKING_TOKENS);
  const seconds = mostThinkingSeconds(expectedTokens, speed, promptTokens);
  if (seconds === null) return { seconds: null, preferDraft: false, notice: null };
  const preferDraft = timeLimitSeconds !== null && seconds > timeLimitSeconds;
  const notice =
    seconds >= THINK_COST_NOTICE_SECONDS
      ? { code: 'think-would-take' as const, seconds: Math.round(seconds) }
      : null;
  return { seconds, preferDraft, notice };
}

/**
 * What the thinking panel shows beside the elapsed time: the most thinking can take, the time
 * limit or the budget at the measured speed, whichever is less ("12 s · at most about 40 s").
 */
export function thinkingTimeCap(
  speed: SpeedEstimate | null,
  budgetTokens: number | null,
  timeLimitSeconds: number | null,
  promptTokens = 0,
): number | null {
  const byBudget = mostThinkingSeconds(budgetTokens, speed, promptTokens);
  if (byBudget === null) return timeLimitSeconds;
  return timeLimitSeconds === null ? byBudget : Math.min(byBudget, timeLimitSeconds);
}

/**
 * Thinking time saved by an early stop, for the note: the tokens thinking would still have spent
 * (up to the budget, or the typical length) at the measured speed. An estimate, shown as "about".
 */
export function savedSeconds(
  thinkingTokensUsed: number,
  budgetTokens: number | null,
  speed: SpeedEstimate | null,
): number | null {
  if (!speed) return null;
  const expected = Math.min(budgetTokens ?? TYPICAL_THINKING_TOKENS, TYPICAL_THINKING_TOKENS);
  return Math.max(0, expected - thinkingTokensUsed) / speed.decodeTokensPerSecond;
}
