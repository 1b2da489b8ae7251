import type { EngineMessage } from '@/domain/engine-types';
import { formatQwenPrompt } from './chatml';

/** null: unlimited. */
export type ThinkingBudget = number | null;

export const BUDGET_OPTIONS: readonly ThinkingBudget[] = [null, 256, 1024, 4096];

/** The sentence Qwen's own budget recipe appends before forcing the end of thinking. */
export const BUDGET_CLOSING_TEXT =
  'Considering the limited time by the user, I have to give the solution based on the thinking directly now.';

export function budgetReached(thinkingTokens: number, budget: ThinkingBudget): boolean {
  return budget !== null && thinkingTokens >= budget;
}

/** The thinking as it continues in the panel once the app closes it. */
export function budgetClosingThinking(): string {
  return `\n\n${BUDGET_CLOSING_TEXT}`;
}

/**
 * A raw prompt that replays the conversation, the thinking so far and the closing sentence, then
 * closes the think block, so the model goes straight on to the answer.
 */
export function budgetContinuationPrompt(messages: EngineMessage[], thinkingSoFar: string): string {
  return `${formatQwenPrompt(messages)}<think>\n${thinkingSoFar}${budgetClosingThinking()}\n</think>\n\n`;
}
