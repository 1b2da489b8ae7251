import 'fake-indexeddb/auto';
import { withParents } from '@/domain/chat/versions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TITLE } from './conversations';
import { StorageError } from './context';
import { assistantMessage, freshStorage, userMessage, type TestStorage } from './test-fixtures';

let t: TestStorage;
beforeEach(() => {
  t = freshStorage();
});
afterEach(async () => {
  await t.dispose();
});

describe('conversations', () => {
  it('creates, reads, renames and lists conversations', async () => {
    const { storage } = t;
    const created = await storage.createConversation('  Trip   to Lisbon ');
    expect(created.title).toBe('Trip   to Lisbon');
    expect(created.titleEditedByUser).toBe(false);
    expect(await storage.getConversation(created.id)).toEqual(created);

    const renamed = await storage.renameConversation(created.id, ' Lisbon\n plans ');
    expect(renamed).toMatchObject({ title: 'Lisbon plans', titleEditedByUser: true });
    expect(await storage.listConversations()).toEqual([renamed]);
  });

  it('falls back to the default title', async () => {
    expect((await t.storage.createConversation()).title).toBe(DEFAULT_TITLE);
    expect((await t.storage.createConversation('   ')).title).toBe(DEFAULT_TITLE);
  });

  it('refuses an empty title and an unknown id', async () => {
    const { id } = await t.storage.createConversation('x');
    await expect(t.storage.renameConversation(id, '  ')).rejects.toMatchObject({
      code: 'invalid-title',
    });
    await expect(t.storage.renameConversation('nope', 'y')).rejects.toBeInstanceOf(StorageError);
  });

  it('never lets an automatic title replace the user’s', async () => {
    const { id } = await t.storage.createConversation();
    expect(await t.storage.applyAutoTitle(id, 'What is a monad…')).toBe(true);
    expect((await t.storage.getConversation(id))?.title).toBe('What is a monad…');
    await t.storage.renameConversation(id, 'Monads');
    expect(await t.storage.applyAutoTitle(id, 'Something else')).toBe(false);
    expect((await t.storage.getConversation(id))?.title).toBe('Monads');
  });

  it('lists by recency: a new message moves a conversation to the top, a rename does not', async () => {
    const { storage } = t;
    const first = await storage.createConversation('first');
    const second = await storage.createConversation('second');
    const third = await storage.createConversation('third');
    expect((await storage.listConversations()).map((c) => c.title)).toEqual([
      'third',
      'second',
      'first',
    ]);

    await storage.saveMessage(first.id, userMessage('hello again'));
    await storage.renameConversation(second.id, 'second, renamed');
    expect((await storage.listConversations()).map((c) => c.id)).toEqual([
      first.id,
      third.id,
      second.id,
    ]);
  });

  it('deletes a conversation with its messages and restores it on undo', async () => {
    const { storage } = t;
    const kept = await storage.createConversation('kept');
    await storage.saveMessage(kept.id, userMessage('keep me'));
    const doomed = await storage.createConversation('doomed');
    const messages = [
      userMessage('Why is the sky blue?'),
      assistantMessage('Rayleigh scattering.', { thinking: 'Short wavelengths scatter.' }),
    ];
    for (const m of messages) await storage.saveMessage(doomed.id, m);
    const before = await storage.getConversation(doomed.id);

    const snapshot = await storage.deleteConversation(doomed.id);
    expect(snapshot).not.toBeNull();
    expect(await storage.getConversation(doomed.id)).toBeUndefined();
    expect(await storage.loadMessages(doomed.id)).toEqual([]);
    expect(await storage.searchMessages('rayleigh')).toEqual([]);
    expect((await storage.listConversations()).map((c) => c.id)).toEqual([kept.id]);
    expect(await storage.loadMessages(kept.id)).toHaveLength(1);

    if (!snapshot) return;
    await storage.restoreConversation(snapshot);
    expect(await storage.getConversation(doomed.id)).toEqual(before);
    expect(await storage.loadMessages(doomed.id)).toEqual(withParents(messages));
    expect(await storage.searchMessages('rayleigh')).toHaveLength(1);
    expect(await storage.deleteConversation('missing')).toBeNull();
  });
});
