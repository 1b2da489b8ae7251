import { searchWordsOf, type MessageRecord } from './db';
import type { SavedAssistantMessage, SavedMessage } from './types';

export function toRecord(
  message: SavedMessage,
  conversationId: string,
  position: number,
): MessageRecord {
  return { ...message, conversationId, position, words: searchWordsOf(message) };
}

/** The stored message without its bookkeeping, exactly as it was saved. */
export function fromRecord(record: MessageRecord): SavedMessage {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { conversationId, position, words, ...message } = record;
  return message;
}

/** A message still 'streaming' that no live generation owns is shown as stopped + interrupted. */
export function markInterrupted(
  message: SavedMessage,
  liveStreams: ReadonlySet<string>,
): SavedMessage {
  if (message.role !== 'assistant' || message.status !== 'streaming') return message;
  if (liveStreams.has(message.id)) return message;
  return { ...message, content: interruptedContent(message), status: 'stopped', interrupted: true };
}

/**
 * Draft + refine closed before its refinement finished keeps the draft as the answer, as Stop
 * does; an answer reopened from empty (Think longer) keeps its draft rather than nothing.
 */
function interruptedContent(message: SavedAssistantMessage): string {
  if (message.draft && !message.refineOutcome) return message.draft.content;
  return message.content || (message.draft?.content ?? '');
}
