import type { StorageContext } from './context';
import { wordsOf } from './fold-text';
import { makeSnippet } from './snippet';
import type { SearchHit, SearchOptions } from './types';

const DEFAULT_LIMIT = 50;

/**
 * Messages of all conversations in which every query word starts some word of the text (content
 * or thinking), ignoring case and accents: "photo" finds "Photosynthèse". Newest first.
 */
export async function searchMessages(
  ctx: StorageContext,
  query: string,
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  const queryWords = wordsOf(query);
  const probe = queryWords.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (!probe) return [];
  const { db } = ctx;
  const candidates = await db.messages.where('words').startsWith(probe).distinct().toArray();
  const matches = candidates
    .filter((m) => queryWords.every((q) => m.words.some((w) => w.startsWith(q))))
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, options.limit ?? DEFAULT_LIMIT);

  const ids = [...new Set(matches.map((m) => m.conversationId))];
  const conversations = await db.conversations.bulkGet(ids);
  const titles = new Map(ids.map((id, i) => [id, conversations[i]?.title]));

  const hits: SearchHit[] = [];
  for (const m of matches) {
    const conversationTitle = titles.get(m.conversationId);
    if (conversationTitle === undefined) continue;
    const inContent = makeSnippet(m.content, query);
    const inThinking = !inContent && m.role === 'assistant' ? makeSnippet(m.thinking, query) : null;
    const snippet = inContent ?? inThinking;
    if (!snippet) continue;
    hits.push({
      conversationId: m.conversationId,
      conversationTitle,
      messageId: m.id,
      role: m.role,
      field: inContent ? 'content' : 'thinking',
      snippet: snippet.text,
      highlights: snippet.highlights,
      createdAt: m.createdAt,
    });
  }
  return hits;
}
