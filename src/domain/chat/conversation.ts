import type { ChatMessage } from './chat-types';

/** A conversation as the app sees it (the list, the header). */
export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  /** Last activity: creation or the latest saved message. Renaming does not change it. */
  updatedAt: number;
  /** Set by a rename; an automatic title never replaces a title the user chose. */
  titleEditedByUser: boolean;
  /** The end of the branch of versions shown; absent: the newest message (see versions.ts). */
  activeLeafId?: string;
}

/** A stretch of a string, in UTF-16 offsets (`end` exclusive). */
export interface TextRange {
  start: number;
  end: number;
}

export interface SearchHit {
  conversationId: string;
  conversationTitle: string;
  messageId: string;
  role: ChatMessage['role'];
  /** Which text matched: the answer (or user message) or the assistant's thinking. */
  field: 'content' | 'thinking';
  /** A short excerpt around the first match, with "…" where it was cut. */
  snippet: string;
  /** Where the query's words sit in `snippet`, in order, for highlighting. */
  highlights: TextRange[];
  createdAt: number;
}
