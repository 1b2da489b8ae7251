import { describe, expect, it } from 'vitest';
import type { SearchHit } from './conversation';
import { groupByConversation } from './search-groups';

const hit = (conversationId: string, messageId: string, snippet: string): SearchHit => ({
  conversationId,
  conversationTitle: `Chat ${conversationId}`,
  messageId,
  role: 'user',
  field: 'content',
  snippet,
  highlights: [{ start: 0, end: 4 }],
  createdAt: 0,
});

describe('groupByConversation', () => {
  it('makes one row per conversation with its match count and newest excerpt, in hit order', () => {
    const rows = groupByConversation([
      hit('b', 'b3', 'newest in b'),
      hit('a', 'a2', 'newest in a'),
      hit('b', 'b2', 'older in b'),
      hit('b', 'b1', 'oldest in b'),
    ]);
    expect(rows).toEqual([
      {
        conversationId: 'b',
        conversationTitle: 'Chat b',
        count: 3,
        snippet: 'newest in b',
        highlights: [{ start: 0, end: 4 }],
      },
      {
        conversationId: 'a',
        conversationTitle: 'Chat a',
        count: 1,
        snippet: 'newest in a',
        highlights: [{ start: 0, end: 4 }],
      },
    ]);
  });

  it('has no rows without hits', () => {
    expect(groupByConversation([])).toEqual([]);
  });
});
