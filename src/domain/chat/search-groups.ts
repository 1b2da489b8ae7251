import type { SearchHit, TextRange } from './conversation';

/** One conversation among the search results: where it matched, and how often. */
export interface ConversationMatches {
  conversationId: string;
  conversationTitle: string;
  /** How many of its messages matched. */
  count: number;
  /** The excerpt of its newest matching message, with every word searched for marked. */
  snippet: string;
  highlights: TextRange[];
}

/**
 * One row per conversation, not per matching message: a chat that asked the same thing five
 * times is one result that says "5 matches". Hits come newest first, and so do the rows.
 */
export function groupByConversation(hits: readonly SearchHit[]): ConversationMatches[] {
  const rows = new Map<string, ConversationMatches>();
  for (const hit of hits) {
    const row = rows.get(hit.conversationId);
    if (row) {
      row.count += 1;
      continue;
    }
    rows.set(hit.conversationId, {
      conversationId: hit.conversationId,
      conversationTitle: hit.conversationTitle,
      count: 1,
      snippet: hit.snippet,
      highlights: hit.highlights,
    });
  }
  return [...rows.values()];
}
