import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assistantMessage, freshStorage, userMessage, type TestStorage } from './test-fixtures';
import type { SearchHit } from './types';

let t: TestStorage;
beforeEach(() => {
  t = freshStorage();
});
afterEach(async () => {
  await t.dispose();
});

async function seed() {
  const { storage } = t;
  const old = await storage.createConversation('Biology homework');
  const answer = assistantMessage(
    'Plants turn light into sugar. This is called Photosynthèse in French, photosynthesis here.',
    { thinking: 'Recall the chloroplast and the Calvin cycle.' },
  );
  await storage.saveMessage(old.id, userMessage('How do plants eat?'));
  await storage.saveMessage(old.id, answer);
  const recent = await storage.createConversation('Cooking');
  const recentAnswer = assistantMessage('Sear the steak, then rest it. Light seasoning.');
  await storage.saveMessage(recent.id, userMessage('How do I cook a steak?'));
  await storage.saveMessage(recent.id, recentAnswer);
  return { old, answer, recent, recentAnswer };
}

const marked = (hit: SearchHit | undefined) =>
  hit?.highlights.map(({ start, end }) => hit.snippet.slice(start, end));

describe('searchMessages', () => {
  it('finds a word from an old answer, with its conversation and a snippet', async () => {
    const { old, answer } = await seed();
    const hits = await t.storage.searchMessages('photosynthesis');
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit).toMatchObject({
      conversationId: old.id,
      conversationTitle: 'Biology homework',
      messageId: answer.id,
      role: 'assistant',
      field: 'content',
    });
    expect(hit?.snippet).toBe('…is called Photosynthèse in French, photosynthesis here.');
    expect(marked(hit)).toEqual(['photosynthesis']);
  });

  it('ignores case and accents, and matches word prefixes', async () => {
    await seed();
    const [hit] = await t.storage.searchMessages('PHOTOSYNTHESE');
    expect(marked(hit)).toEqual(['Photosynthèse']);
    expect(await t.storage.searchMessages('chloro')).toHaveLength(1);
  });

  it('searches thinking too and says so', async () => {
    await seed();
    const [hit] = await t.storage.searchMessages('calvin');
    expect(hit?.field).toBe('thinking');
    expect(hit?.snippet).toContain('Calvin cycle');
  });

  it('needs every word, and lists newest first', async () => {
    const { answer, recentAnswer } = await seed();
    expect((await t.storage.searchMessages('light')).map((h) => h.messageId)).toEqual([
      recentAnswer.id,
      answer.id,
    ]);
    expect((await t.storage.searchMessages('light sugar')).map((h) => h.messageId)).toEqual([
      answer.id,
    ]);
    expect(await t.storage.searchMessages('light cucumber')).toEqual([]);
    expect(await t.storage.searchMessages('light', { limit: 1 })).toHaveLength(1);
  });

  it('finds nothing for blank or absent words', async () => {
    await seed();
    expect(await t.storage.searchMessages('   ')).toEqual([]);
    expect(await t.storage.searchMessages('zebra')).toEqual([]);
  });

  it('follows a streaming answer as it grows', async () => {
    const { storage } = t;
    const { id } = await storage.createConversation('c');
    const partial = assistantMessage('The first', { status: 'streaming' });
    await storage.saveMessage(id, partial);
    expect(await storage.searchMessages('volcano')).toEqual([]);
    await storage.saveMessage(id, { ...partial, content: 'The first volcano erupted' });
    expect(await storage.searchMessages('volcano')).toHaveLength(1);
  });
});
