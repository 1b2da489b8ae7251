import type { AssistantMessage, UserMessage } from '@/store/chat-types';

/** A conversation as the app sees it (the list, the header). */
export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  /** Last activity: creation or the latest saved message. Renaming does not change it. */
  updatedAt: number;
  /** Set by a rename; an automatic title never replaces a title the user chose. */
  titleEditedByUser: boolean;
}

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

export interface SearchHit {
  conversationId: string;
  conversationTitle: string;
  messageId: string;
  role: SavedMessage['role'];
  /** Which text matched: the answer (or user message) or the assistant's thinking. */
  field: 'content' | 'thinking';
  /** A short excerpt around the first match, with "…" where it was cut. */
  snippet: string;
  /** Where the first query word sits in `snippet` (UTF-16 offsets), for highlighting. */
  highlight: { start: number; end: number };
  createdAt: number;
}

export interface SearchOptions {
  /** At most this many hits, newest message first (default 50). */
  limit?: number;
}
