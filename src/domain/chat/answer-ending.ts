import type { AssistantMessage } from './chat-types';

/** How an answer ended, as the details and the screen-reader announcement name it. */
export type AnswerEnding = 'finished' | 'stopped' | 'length' | 'budget' | 'context';

export function answerEnding(message: AssistantMessage): AnswerEnding | null {
  if (message.status === 'stopped') return 'stopped';
  if (message.status !== 'done') return null;
  if (message.stopReason === 'length') return 'length';
  if (message.budgetReached) return message.budgetCause === 'context' ? 'context' : 'budget';
  return 'finished';
}

/**
 * The model finished without writing an answer (it may have thought, then ended its turn). Cut off
 * at the context limit, stopped or failed, the answer's own notice says what happened instead.
 */
export function finishedWithoutAnswer(message: AssistantMessage): boolean {
  return message.status === 'done' && message.stopReason !== 'length' && !message.content.trim();
}
