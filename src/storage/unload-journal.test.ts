import 'fake-indexeddb/auto';
import { withParents } from '@/domain/chat/versions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MessageSaver } from './message-saver';
import { assistantMessage, freshStorage, userMessage, type TestStorage } from './test-fixtures';
import {
  readSettingsCopy,
  removeSettingsCopy,
  replayPendingMessages,
  writeSettingsCopy,
  type SyncKeyValue,
} from './unload-journal';

/** localStorage's synchronous behaviour, optionally full. */
function memoryStore(full = false): SyncKeyValue & { keys(): string[] } {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}

let t: TestStorage;
beforeEach(() => {
  t = freshStorage();
});
afterEach(async () => {
  await t.dispose();
});

describe('settings copy', () => {
  it('is there at once after a write, and gone after a remove', () => {
    const store = memoryStore();
    writeSettingsCopy('s', '{"mode":"quick"}', store);
    expect(readSettingsCopy('s', store)).toBe('{"mode":"quick"}');
    removeSettingsCopy('s', store);
    expect(readSettingsCopy('s', store)).toBeNull();
  });

  it('keeps no stale copy when a write is refused', () => {
    const store = memoryStore(true);
    writeSettingsCopy('s', 'new', store);
    expect(readSettingsCopy('s', store)).toBeNull();
  });
});

describe('pending answers journalled on unload', () => {
  const streaming = (content: string, id = 'streamed') =>
    assistantMessage(content, { id, status: 'streaming', finishedAt: null });

  it('come back, as interrupted, with the text they had when the page went away', async () => {
    const store = memoryStore();
    const { id } = await t.storage.createConversation('c');
    // The page goes away before any IndexedDB write of the answer lands.
    const cutOff = { ...t.storage, saveMessage: () => new Promise<void>(() => undefined) };
    // A saver whose interval never fires: the first state is a write that never lands, the last
    // exists only as a pending save.
    const saver = new MessageSaver(
      () => cutOff,
      () => undefined,
      () => 60_000,
    );
    void saver.save(id, streaming('Hel'), true);
    void saver.save(id, streaming('Hello, wor'), true);
    void saver.flushOnUnload(store);
    const afterReload = t.reopen();

    expect(await replayPendingMessages(afterReload, store)).toBe(1);
    const [message] = await afterReload.loadMessages(id);
    expect(message).toMatchObject({ content: 'Hello, wor', status: 'stopped', interrupted: true });
    expect(store.keys()).toEqual([]);
  });

  it('include writes begun but not stored yet', async () => {
    const store = memoryStore();
    const { id } = await t.storage.createConversation('c');
    const cutOff = { ...t.storage, saveMessage: () => new Promise<void>(() => undefined) };
    const saver = new MessageSaver(
      () => cutOff,
      () => undefined,
      () => 60_000,
    );
    const finished = { ...streaming('All of it.'), status: 'done' as const };
    void saver.save(id, finished);
    void saver.flushOnUnload(store);

    const afterReload = t.reopen();
    expect(await replayPendingMessages(afterReload, store)).toBe(1);
    expect(await afterReload.loadMessages(id)).toEqual(withParents([finished]));
  });

  it('never overwrite an answer that was finished since', async () => {
    const store = memoryStore();
    const { id } = await t.storage.createConversation('c');
    const saver = new MessageSaver(
      () => t.storage,
      () => undefined,
      () => 60_000,
    );
    await saver.save(id, streaming('Hel'), true);
    await saver.flushOnUnload(store);
    const finished = { ...streaming('Hello, world.'), status: 'done' as const };
    await t.storage.saveMessage(id, finished);

    expect(await replayPendingMessages(t.reopen(), store)).toBe(0);
    expect(await t.reopen().loadMessages(id)).toEqual(withParents([finished]));
  });

  it('are dropped when their conversation was deleted', async () => {
    const store = memoryStore();
    const { id } = await t.storage.createConversation('c');
    await t.storage.saveMessage(id, userMessage('hi'));
    const saver = new MessageSaver(
      () => t.storage,
      () => undefined,
      () => 60_000,
    );
    await saver.save(id, streaming('partial'), true);
    await saver.flushOnUnload(store);
    await t.storage.deleteConversation(id);

    expect(await replayPendingMessages(t.storage, store)).toBe(0);
    expect(await t.storage.listConversations()).toEqual([]);
  });
});
