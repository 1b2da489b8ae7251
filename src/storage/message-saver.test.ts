import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MessageSaver,
  STREAM_SAVE_CHARS_PER_SECOND,
  STREAM_SAVE_INTERVAL_MS,
  streamSaveDelayMs,
} from './message-saver';
import type { ChatStorage } from './storage';
import { assistantMessage, freshStorage, userMessage, type TestStorage } from './test-fixtures';

let t: TestStorage;
let writes: string[];
let saved: number;
let saver: MessageSaver;
let conversationId: string;

/** The real storage, with a record of each message write (id and content) as it starts. */
function recording(storage: ChatStorage): ChatStorage {
  return {
    ...storage,
    saveMessage: (id, message) => {
      writes.push(`${message.id}: ${message.content}`);
      return storage.saveMessage(id, message);
    },
  };
}

beforeEach(async () => {
  // fake-indexeddb runs on setImmediate, which stays real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  t = freshStorage();
  writes = [];
  saved = 0;
  const storage = recording(t.storage);
  saver = new MessageSaver(
    () => storage,
    () => void (saved += 1),
  );
  conversationId = (await t.storage.createConversation('c')).id;
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await t.dispose();
});

const stored = () => t.storage.loadMessages(conversationId);

describe('MessageSaver', () => {
  it('coalesces streaming saves into one write per interval, of the latest version', async () => {
    const answer = assistantMessage('', { id: 'a', status: 'streaming' });
    for (const content of ['O', 'On', 'Onc', 'Once'])
      await saver.save(conversationId, { ...answer, content }, true);
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS - 1);
    expect(writes).toEqual([]);

    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual(['a: Once']);
    expect(await stored()).toMatchObject([{ id: 'a', content: 'Once' }]);
    expect(saved).toBe(0);

    await saver.save(conversationId, { ...answer, content: 'Once upon' }, true);
    await saver.save(conversationId, { ...answer, content: 'Once upon a' }, true);
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS);
    expect(writes).toEqual(['a: Once', 'a: Once upon a']);
    expect(await stored()).toMatchObject([{ id: 'a', content: 'Once upon a' }]);

    await saver.save(conversationId, { ...answer, content: 'Once upon a time.', status: 'done' });
    expect(saved).toBe(1);
  });

  it('a final save replaces the pending one and resolves once it is stored', async () => {
    const answer = assistantMessage('', { id: 'a', status: 'streaming' });
    await saver.save(conversationId, { ...answer, content: 'Partial' }, true);
    await saver.save(conversationId, { ...answer, content: 'Done.', status: 'done' });

    expect(await stored()).toMatchObject([{ content: 'Done.', status: 'done' }]);
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS * 4);
    expect(writes).toEqual(['a: Done.']);
  });

  it('writes messages of their own apart: one answer does not hold back another', async () => {
    await saver.save(conversationId, userMessage('Q', { id: 'q' }));
    const a = assistantMessage('A', { id: 'a', status: 'streaming' });
    const b = assistantMessage('B', { id: 'b', status: 'streaming' });
    await saver.save(conversationId, a, true);
    await saver.save(conversationId, b, true);
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS);
    expect(writes).toEqual(['q: Q', 'a: A', 'b: B']);
    expect((await stored()).map((m) => m.content)).toEqual(['Q', 'A', 'B']);
  });

  it('flush writes every pending save now, and nothing is written twice', async () => {
    const a = assistantMessage('A so far', { id: 'a', status: 'streaming' });
    const b = assistantMessage('B so far', { id: 'b', status: 'streaming' });
    await saver.save(conversationId, a, true);
    await saver.save(conversationId, b, true);
    await saver.flush();

    expect(writes.sort()).toEqual(['a: A so far', 'b: B so far']);
    expect(await stored()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS * 4);
    expect(writes).toHaveLength(2);
  });
});

describe('streamSaveDelayMs', () => {
  it('writes a short answer every interval, a long one as often as the characters per second allow', () => {
    expect(streamSaveDelayMs(assistantMessage('Short.'))).toBe(STREAM_SAVE_INTERVAL_MS);
    // Thinking and the draft are written with the answer, so they count as well.
    const long = assistantMessage('a'.repeat(2_000), {
      thinking: 't'.repeat(30_000),
      draft: { content: 'd'.repeat(8_000), firstTokenAt: 1, finishedAt: 2, completionTokens: 3 },
    });
    expect((40_000 * 1000) / streamSaveDelayMs(long)).toBe(STREAM_SAVE_CHARS_PER_SECOND);
  });
});
