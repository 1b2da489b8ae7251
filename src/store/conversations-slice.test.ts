import 'fake-indexeddb/auto';
import { selectIsAnswering } from './selectors';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STREAM_SAVE_CHARS_PER_SECOND, STREAM_SAVE_INTERVAL_MS } from '@/storage';
import { assistant, ScriptedEngine, startApp, transcript, type TestApp } from './test-fixtures';

let engine: ScriptedEngine;
let app: TestApp;

const state = () => app.store.getState();
/** In node there are no animation frames: the frame batcher's timer renders the stream. */
const FRAME_FALLBACK_MS = 250;

beforeEach(async () => {
  // Only the clock the throttle and the frame fallback use: IndexedDB (fake-indexeddb) runs on
  // setImmediate and must keep running.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  engine = new ScriptedEngine();
  app = startApp(engine);
  await app.ready();
  state().setModeChoice('quick');
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await app.dispose();
});

describe('saving a streaming answer', () => {
  it('writes at most once per interval while it streams, and the finished answer at once', async () => {
    const writes = vi.spyOn(app.storage, 'saveMessage');
    const assistantWrites = () =>
      writes.mock.calls.filter(([, message]) => message.role === 'assistant').map(([, m]) => m);

    const held = engine.hold('One');
    const sending = state().send('Count to five');
    await held.waiting();
    await held.push(' two');
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS - 1);
    await held.push(' three');
    // Saved when it started (empty), and not again within the interval.
    expect(assistantWrites()).toMatchObject([{ status: 'streaming', content: '' }]);

    await vi.advanceTimersByTimeAsync(1);
    expect(assistantWrites()).toHaveLength(2);
    // What the chat showed at that moment: ' three' waits for the next frame.
    expect(assistant((await app.stored())[1])).toMatchObject({
      status: 'streaming',
      content: 'One two',
    });

    await held.push(' four');
    held.finish(' five.');
    await sending;
    expect(assistantWrites().map((m) => m.role === 'assistant' && m.status)).toEqual([
      'streaming',
      'streaming',
      'done',
    ]);
    expect(transcript(await app.stored())).toEqual([
      'user: Count to five',
      'assistant(quick, done): One two three four five.',
    ]);

    // No timed save comes after the finished answer, and none overwrites it.
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS * 4);
    expect(assistantWrites()).toHaveLength(3);
  });

  it('writes a long streaming answer less often: no more characters per second than a short one', async () => {
    const writes = vi.spyOn(app.storage, 'saveMessage');
    const writtenChars = () =>
      writes.mock.calls
        .map(([, message]) => message)
        .filter((message) => message.role === 'assistant')
        .reduce((sum, message) => sum + message.content.length, 0);

    const held = engine.hold('x'.repeat(40_000));
    const sending = state().send('Write a lot');
    await held.waiting();
    await vi.advanceTimersByTimeAsync(FRAME_FALLBACK_MS);
    const before = writtenChars();
    const seconds = 30;
    await vi.advanceTimersByTimeAsync(seconds * 1000);
    // Every 500 ms, as a short answer is written, would be 2.4 million characters in 30 s.
    expect(writtenChars() - before).toBeGreaterThan(0);
    expect(writtenChars() - before).toBeLessThanOrEqual(STREAM_SAVE_CHARS_PER_SECOND * seconds);

    held.finish('.');
    await sending;
    expect(assistant((await app.stored())[1])).toMatchObject({ status: 'done' });
  });

  it('flushSaves writes the partial answer now (the page is being hidden)', async () => {
    const held = engine.hold('Half an ', 'answer');
    const sending = state().send('Tell me');
    await held.waiting();
    await vi.advanceTimersByTimeAsync(FRAME_FALLBACK_MS);
    await state().flushSaves();
    expect(transcript(await app.stored())).toEqual([
      'user: Tell me',
      'assistant(quick, streaming): Half an answer',
    ]);
    state().stop();
    await sending;
  });
});

// Issue 13: deleting mid-answer stops it and waits until the stopped answer is stored, then
// deletes; Undo brings it back plainly 'stopped' (not "interrupted", as if the tab had closed),
// and no late save hits the deleted conversation (nothing is logged).
describe('deleting the conversation while an answer streams', () => {
  async function deleteWhileStreaming() {
    const held = engine.hold('<think>Plan', '</think>', 'Partial');
    const sending = state().send('Write an essay');
    await held.waiting();
    return { sending };
  }

  async function deleteActive() {
    const id = state().activeConversationId;
    if (!id) throw new Error('no conversation');
    await state().deleteConversation(id);
    return id;
  }

  it('stops the generation and clears the chat; Undo brings back the stored partial answer', async () => {
    const warnings = vi.spyOn(console, 'warn');
    const { sending } = await deleteWhileStreaming();
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS);
    const id = await deleteActive();
    await sending;
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS * 4);

    expect(engine.signals[0]?.aborted).toBe(true);
    expect(state()).toMatchObject({
      activeRun: null,
      messages: [],
      activeConversationId: null,
      conversations: [],
    });
    expect(await app.storage.listConversations()).toEqual([]);

    await state().undoDelete();
    expect(state().conversations.map((c) => c.id)).toEqual([id]);
    const restored = await app.storage.loadMessages(id);
    expect(restored[0]).toMatchObject({ role: 'user', content: 'Write an essay' });
    expect(assistant(restored[1])).toMatchObject({
      status: 'stopped',
      thinking: 'Plan',
      content: 'Partial',
    });
    expect(assistant(restored[1]).interrupted).toBeUndefined();
    expect(warnings).not.toHaveBeenCalled();
  });

  it('stops cleanly when nothing of the answer was stored yet', async () => {
    const warnings = vi.spyOn(console, 'warn');
    const { sending } = await deleteWhileStreaming();
    const id = await deleteActive();
    await expect(sending).resolves.toEqual({ ok: true });
    await vi.advanceTimersByTimeAsync(STREAM_SAVE_INTERVAL_MS * 4);

    expect(engine.signals[0]?.aborted).toBe(true);
    expect(selectIsAnswering(state())).toBe(false);
    expect(await app.storage.listConversations()).toEqual([]);
    expect(warnings).not.toHaveBeenCalled();
    await state().undoDelete();
    const restored = await app.storage.loadMessages(id);
    expect(restored[0]).toMatchObject({ content: 'Write an essay' });
    // The answer that had not been saved yet is kept too, as stopped.
    expect(assistant(restored[1])).toMatchObject({ status: 'stopped', content: 'Partial' });
    expect(assistant(restored[1]).interrupted).toBeUndefined();

    // The app is ready for the next question.
    engine.answer('Sure.');
    await state().send('Shorter, please');
    expect(transcript(state().messages)).toEqual([
      'user: Shorter, please',
      'assistant(quick, done): Sure.',
    ]);
  });

  it('deleting another conversation leaves the streaming answer alone', async () => {
    engine.answer('Old answer.');
    await state().send('Old question');
    const old = state().activeConversationId;
    await state().newChat();
    const held = engine.hold('New ');
    const sending = state().send('New question');
    await held.waiting();
    if (!old) throw new Error('no conversation');

    await state().deleteConversation(old);
    held.finish('answer.');
    await sending;

    expect(engine.signals[1]?.aborted).toBe(false);
    expect(transcript(state().messages)).toEqual([
      'user: New question',
      'assistant(quick, done): New answer.',
    ]);
    expect(await app.stored()).toEqual(state().messages);
    expect(state().conversations).toHaveLength(1);
  });
});
