import type { AssistantMessage, UserMessage } from '@/domain/chat/chat-types';
import type { Conversation } from '@/domain/chat/conversation';

/**
 * An assistant message as stored. `interrupted` marks an answer that was still streaming when
 * its tab closed: it is returned with status 'stopped' and `interrupted: true`.
 */
export type SavedAssistantMessage = AssistantMessage & { interrupted?: boolean };
export type SavedMessage = UserMessage | SavedAssistantMessage;

/** Everything needed to undo a delete; hand it back to `restoreConversation`. */
export interface ConversationSnapshot {
  conversation: Conversation;
  /** In conversation order, exactly as stored. */
  messages: SavedMessage[];
}

export type { Conversation, SearchHit } from '@/domain/chat/conversation';

export interface SearchOptions {
  /** At most this many hits, newest message first (default 50). */
  limit?: number;
}
