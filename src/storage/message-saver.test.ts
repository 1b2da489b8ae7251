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
  it('writes the first streaming version at once, then at most one per interval: the latest', async () => {
    const answer = assistantMessage('', { id: 'a', status: 'streaming' });
    await saver.save(conversationId, { ...answer, content: 'O' }, true);
    expect(writes).toEqual(['a: O']);
    for (const content of ['On', 'Onc', 'Once'])
      await saver.save(conversationId, { ...answer, content }, true);
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS - 1);
    expect(writes).toEqual(['a: O']);

    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual(['a: O', 'a: Once']);
    expect(await stored()).toMatchObject([{ id: 'a', content: 'Once' }]);
    expect(saved).toBe(0);

    // A whole interval with nothing new: the next version is written at once again.
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS);
    await saver.save(conversationId, { ...answer, content: 'Once upon' }, true);
    await saver.save(conversationId, { ...answer, content: 'Once upon a' }, true);
    expect(writes).toEqual(['a: O', 'a: Once', 'a: Once upon']);
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS);
    expect(writes).toEqual(['a: O', 'a: Once', 'a: Once upon', 'a: Once upon a']);
    expect(await stored()).toMatchObject([{ id: 'a', content: 'Once upon a' }]);

    await saver.save(conversationId, { ...answer, content: 'Once upon a time.', status: 'done' });
    expect(saved).toBe(1);
  });

  it('waits longer after writing a long version: the interval grows with what was written', async () => {
    const answer = assistantMessage('', { id: 'a', status: 'streaming' });
    const long = 'x'.repeat(40_000);
    await saver.save(conversationId, { ...answer, content: long }, true);
    await saver.save(conversationId, { ...answer, content: `${long}y` }, true);
    await vi.advanceTimersByTimeAsync(streamSaveDelayMs({ ...answer, content: long }) - 1);
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toHaveLength(2);
  });

  it('a final save replaces the pending one and resolves once it is stored', async () => {
    const answer = assistantMessage('', { id: 'a', status: 'streaming' });
    await saver.save(conversationId, { ...answer, content: 'Partial' }, true);
    await saver.save(conversationId, { ...answer, content: 'Partial, more' }, true);
    await saver.save(conversationId, { ...answer, content: 'Done.', status: 'done' });

    expect(await stored()).toMatchObject([{ content: 'Done.', status: 'done' }]);
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS * 4);
    expect(writes).toEqual(['a: Partial', 'a: Done.']);
  });

  it('writes messages of their own apart: one answer does not hold back another', async () => {
    await saver.save(conversationId, userMessage('Q', { id: 'q' }));
    const a = assistantMessage('A', { id: 'a', status: 'streaming' });
    const b = assistantMessage('B', { id: 'b', status: 'streaming' });
    await saver.save(conversationId, a, true);
    await saver.save(conversationId, { ...a, content: 'A2' }, true);
    await saver.save(conversationId, b, true);
    expect(writes).toEqual(['q: Q', 'a: A', 'b: B']);
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS);
    expect(writes).toEqual(['q: Q', 'a: A', 'b: B', 'a: A2']);
    expect((await stored()).map((m) => m.content)).toEqual(['Q', 'A2', 'B']);
  });

  it('flush writes every pending save now, and nothing is written twice', async () => {
    const a = assistantMessage('A', { id: 'a', status: 'streaming' });
    const b = assistantMessage('B', { id: 'b', status: 'streaming' });
    await saver.save(conversationId, a, true);
    await saver.save(conversationId, b, true);
    await saver.save(conversationId, { ...a, content: 'A so far' }, true);
    await saver.save(conversationId, { ...b, content: 'B so far' }, true);
    await saver.flush();

    expect(writes.slice(2).sort()).toEqual(['a: A so far', 'b: B so far']);
    expect((await stored()).map((m) => m.content).sort()).toEqual(['A so far', 'B so far']);
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS * 4);
    expect(writes).toHaveLength(4);
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
