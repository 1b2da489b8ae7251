import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assistantMessage, freshStorage, userMessage, type TestStorage } from './test-fixtures';

let t: TestStorage;
beforeEach(() => {
  t = freshStorage();
});
afterEach(async () => {
  await t.dispose();
});

describe('messages', () => {
  it('keeps messages in the order they were first saved; an upsert keeps its place', async () => {
    const { storage } = t;
    const { id } = await storage.createConversation('c');
    const question = userMessage('2+2?');
    const answer = assistantMessage('', { status: 'streaming' });
    const followUp = userMessage('and 3+3?');
    await storage.saveMessage(id, question);
    await storage.saveMessage(id, answer);
    await storage.saveMessage(id, followUp);
    const finished = { ...answer, content: '4', status: 'done' as const };
    await storage.saveMessage(id, finished);
    expect(await storage.loadMessages(id)).toEqual([question, finished, followUp]);
  });

  it('keeps conversations apart', async () => {
    const { storage } = t;
    const a = await storage.createConversation('a');
    const b = await storage.createConversation('b');
    const inA = userMessage('in a');
    const inB = userMessage('in b');
    await storage.saveMessage(a.id, inA);
    await storage.saveMessage(b.id, inB);
    expect(await storage.loadMessages(a.id)).toEqual([inA]);
    expect(await storage.loadMessages(b.id)).toEqual([inB]);
    await expect(storage.saveMessage(b.id, inA)).rejects.toMatchObject({
      code: 'message-not-found',
    });
  });

  it('refuses a save into a deleted conversation instead of leaving orphans', async () => {
    const { storage } = t;
    const { id } = await storage.createConversation('c');
    await storage.deleteConversation(id);
    await expect(storage.saveMessage(id, userMessage('late'))).rejects.toMatchObject({
      code: 'conversation-not-found',
    });
  });

  it('a partial streaming answer survives a reload, marked interrupted', async () => {
    const { storage } = t;
    const { id } = await storage.createConversation('c');
    const question = userMessage('Tell me a story');
    const partial = assistantMessage('', { status: 'streaming', thinkingDone: false });
    await storage.saveMessage(id, question);
    await storage.saveMessage(id, partial);
    await storage.saveMessage(id, { ...partial, thinking: 'A dragon', content: '' });
    const latest = { ...partial, thinking: 'A dragon, a knight.', content: 'Once upon' };
    await storage.saveMessage(id, latest);

    // The tab that is streaming sees its own answer as still streaming.
    expect(await storage.loadMessages(id)).toEqual([question, latest]);

    const reloaded = t.reopen();
    expect(await reloaded.loadMessages(id)).toEqual([
      question,
      { ...latest, status: 'stopped', interrupted: true },
    ]);
  });

  it('a finished answer is not marked interrupted after a reload', async () => {
    const { storage } = t;
    const { id } = await storage.createConversation('c');
    const answer = assistantMessage('partial', { status: 'streaming' });
    await storage.saveMessage(id, answer);
    await storage.saveMessage(id, { ...answer, content: 'complete', status: 'done' });
    const [loaded] = await t.reopen().loadMessages(id);
    expect(loaded).toMatchObject({ content: 'complete', status: 'done' });
    expect(loaded).not.toHaveProperty('interrupted');
  });

  it('replaces a message and everything after it (edit and resend)', async () => {
    const { storage } = t;
    const { id } = await storage.createConversation('c');
    const first = userMessage('first question');
    const firstAnswer = assistantMessage('first answer');
    const second = userMessage('second question');
    const secondAnswer = assistantMessage('second answer');
    for (const m of [first, firstAnswer, second, secondAnswer]) await storage.saveMessage(id, m);

    const edited = { ...second, content: 'second question, edited' };
    const newAnswer = assistantMessage('', { status: 'streaming' });
    await storage.replaceMessagesFrom(id, second.id, [edited, newAnswer]);
    expect(await storage.loadMessages(id)).toEqual([first, firstAnswer, edited, newAnswer]);
    expect(await storage.searchMessages('second answer')).toEqual([]);

    await expect(storage.replaceMessagesFrom(id, 'missing', [])).rejects.toMatchObject({
      code: 'message-not-found',
    });
  });

  it('deletes one message', async () => {
    const { storage } = t;
    const { id } = await storage.createConversation('c');
    const keep = userMessage('keep');
    const drop = assistantMessage('drop');
    await storage.saveMessage(id, keep);
    await storage.saveMessage(id, drop);
    expect(await storage.deleteMessage(drop.id)).toBe(true);
    expect(await storage.deleteMessage(drop.id)).toBe(false);
    expect(await storage.loadMessages(id)).toEqual([keep]);
  });
});
