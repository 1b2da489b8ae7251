import 'fake-indexeddb/auto';
import { withParents } from '@/domain/chat/versions';
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
    expect(await storage.loadMessages(id)).toEqual(withParents([question, finished, followUp]));
  });

  it('keeps conversations apart', async () => {
    const { storage } = t;
    const a = await storage.createConversation('a');
    const b = await storage.createConversation('b');
    const inA = userMessage('in a');
    const inB = userMessage('in b');
    await storage.saveMessage(a.id, inA);
    await storage.saveMessage(b.id, inB);
    expect(await storage.loadMessages(a.id)).toEqual(withParents([inA]));
    expect(await storage.loadMessages(b.id)).toEqual(withParents([inB]));
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
    expect(await storage.loadMessages(id)).toEqual(withParents([question, latest]));

    const reloaded = t.reopen();
    expect(await reloaded.loadMessages(id)).toEqual(
      withParents([question, { ...latest, status: 'stopped', interrupted: true }]),
    );
  });

  it('a Draft + refine answer closed while refining comes back with its draft as the answer', async () => {
    const { storage } = t;
    const { id } = await storage.createConversation('c');
    const draft = { content: 'It is 391.', firstTokenAt: 1, finishedAt: 2, completionTokens: 4 };
    const refining = assistantMessage('It is', {
      status: 'streaming',
      mode: 'refine',
      thinking: 'Let me check',
      draft,
      draftKept: { confidence: 0.97 },
    });
    await storage.saveMessage(id, refining);
    const [loaded] = await t.reopen().loadMessages(id);
    expect(loaded).toMatchObject({
      status: 'stopped',
      interrupted: true,
      content: 'It is 391.',
      thinking: 'Let me check',
      draftKept: { confidence: 0.97 },
    });
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

  it('links each new message to the one before it unless it names another', async () => {
    const { storage } = t;
    const { id } = await storage.createConversation('c');
    const question = userMessage('first question');
    const answer = assistantMessage('first answer');
    const version2 = { ...assistantMessage('second version'), parentId: question.id };
    for (const m of [question, answer, version2]) await storage.saveMessage(id, m);
    expect(await storage.loadMessages(id)).toEqual([
      { ...question, parentId: null },
      { ...answer, parentId: question.id },
      version2,
    ]);
    expect((await storage.searchMessages('first answer'))[0]?.messageId).toBe(answer.id);
  });

  it('deletes a message from the middle; the turns after it stay, and undo relinks them', async () => {
    const { storage } = t;
    const { id } = await storage.createConversation('c');
    const [q1, a1, q2] = [userMessage('q1'), assistantMessage('a1'), userMessage('q2')];
    for (const m of [q1, a1, q2]) await storage.saveMessage(id, m);
    await storage.setActiveLeaf(id, a1.id);
    const snapshot = await storage.deleteMessage(a1.id);
    expect(await storage.loadMessages(id)).toEqual([
      { ...q1, parentId: null },
      { ...q2, parentId: q1.id },
    ]);
    expect((await storage.getConversation(id))?.activeLeafId).toBe(q1.id);
    if (!snapshot) throw new Error('nothing to restore');
    await storage.restoreMessage(snapshot);
    expect(await storage.loadMessages(id)).toEqual([
      { ...q1, parentId: null },
      { ...a1, parentId: q1.id },
      { ...q2, parentId: a1.id },
    ]);
    expect((await storage.getConversation(id))?.activeLeafId).toBe(a1.id);
  });

  it('a new message ends the branch shown', async () => {
    const { storage } = t;
    const { id } = await storage.createConversation('c');
    const q1 = userMessage('q1');
    await storage.saveMessage(id, q1);
    await storage.setActiveLeaf(id, q1.id);
    await storage.saveMessage(id, assistantMessage('a1'));
    expect(await storage.getConversation(id)).not.toHaveProperty('activeLeafId');
  });

  it('deletes one message', async () => {
    const { storage } = t;
    const { id } = await storage.createConversation('c');
    const keep = userMessage('keep');
    const drop = assistantMessage('drop');
    await storage.saveMessage(id, keep);
    await storage.saveMessage(id, drop);
    expect(await storage.deleteMessage(drop.id)).not.toBeNull();
    expect(await storage.deleteMessage(drop.id)).toBeNull();
    expect(await storage.loadMessages(id)).toEqual([{ ...keep, parentId: null }]);
  });
});
