import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assistant, chatMessages, ScriptedEngine, startApp, type TestApp } from './test-fixtures';

let engine: ScriptedEngine;
let app: TestApp;

beforeEach(async () => {
  engine = new ScriptedEngine();
  app = startApp(engine);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await app.dispose();
});

const state = () => app.store.getState();
/** The fake engine counts one token per word. */
const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

describe('context accounting in the chat', () => {
  it('refuses a message too long for the context, with the numbers, and changes nothing', async () => {
    await app.ready(4096);
    state().setModeChoice('quick');
    const result = await state().send(words(3500));
    expect(result).toEqual({
      ok: false,
      refusal: { reason: 'too-long', messageTokens: 3512, limit: 3072 },
    });
    expect(state().sendRefusal).toMatchObject({ messageTokens: 3512, limit: 3072 });
    expect(state().messages).toEqual([]);
    expect(engine.requests).toEqual([]);
    expect(state().activeConversationId).toBeNull();
  });

  it('leaves out the oldest turns, marks where sending starts, and still answers', async () => {
    await app.ready(2048);
    state().setModeChoice('quick');
    engine.answer(words(900, 'alpha'));
    await state().send('first question');
    engine.answer(words(900, 'beta'));
    await state().send('second question');
    engine.answer('third answer');
    const result = await state().send('third question');

    expect(result).toEqual({ ok: true });
    expect(chatMessages(engine.requests[2])).toEqual([
      { role: 'user', content: 'second question' },
      { role: 'assistant', content: words(900, 'beta') },
      { role: 'user', content: 'third question' },
    ]);
    expect(assistant(state().messages[5]).content).toBe('third answer');
    await state().measureContext('');
    const secondQuestion = state().messages[2];
    expect(state().contextUsage).toMatchObject({
      total: 2048,
      fits: true,
      firstSentMessageId: secondQuestion?.id,
    });
  });

  it('gives thinking the room the context leaves, minus the answer reserve', async () => {
    await app.ready(4096);
    state().setModeChoice('think');
    engine.answer('<think>short</think>', 'Done.');
    await state().send('think about it');
    const answer = assistant(state().messages[1]);
    expect(answer.budgetCause).toBe('context');
    const request = engine.requests[0];
    expect(request?.sampling.maxTokens).toBeGreaterThan(3000);
  });

  it('marks an answer cut off at the limit, and Continue extends the same message', async () => {
    await app.ready(4096);
    state().setModeChoice('quick');
    engine.cutOff('Once upon');
    await state().send('tell a story');
    const cut = assistant(state().messages[1]);
    expect(cut).toMatchObject({ status: 'done', stopReason: 'length', content: 'Once upon' });

    engine.answer(' a time.');
    await state().continueAnswer(cut.id);
    const continued = assistant(state().messages[1]);
    expect(state().messages).toHaveLength(2);
    expect(continued).toMatchObject({
      id: cut.id,
      status: 'done',
      stopReason: 'finished',
      content: 'Once upon a time.',
    });
    const request = engine.requests[1];
    expect(request?.kind).toBe('raw');
    expect(request?.kind === 'raw' && request.prompt.endsWith('</think>\n\nOnce upon')).toBe(true);
    expect((await app.stored())[1]).toMatchObject({ content: 'Once upon a time.' });
  });

  it('Continue stopped while it is being prepared leaves the cut answer as it was', async () => {
    await app.ready(4096);
    state().setModeChoice('quick');
    engine.cutOff('Once upon');
    await state().send('tell a story');
    const cut = assistant(state().messages[1]);

    const continuing = state().continueAnswer(cut.id);
    state().stop();
    await continuing;

    expect(engine.requests).toHaveLength(1);
    expect(state().messages[1]).toEqual(cut);
    expect((await app.stored())[1]).toEqual(cut);
  });
});

describe('previewMode', () => {
  it('shows, while typing, the mode and reason that sending the same text then uses', async () => {
    await app.ready(4096);
    state().setModeChoice('auto');
    const texts = [
      'Hello, how are you today?',
      'A train leaves at 3 pm at 60 km/h and a second at 4 pm at 90 km/h. When does the second catch up?',
      'hello /think',
    ];
    const previews = [];
    for (const text of texts) {
      const preview = await state().previewMode(text);
      previews.push(preview.mode);
      engine.answer('An answer.');
      await state().send(text);
      const sent = assistant(state().messages.at(-1));
      expect({ mode: sent.mode, autoReason: sent.autoReason }).toEqual({
        mode: preview.mode,
        autoReason: preview.autoReason,
      });
    }
    // A greeting, a maths problem, and a command that overrides Auto (no reason then).
    expect(previews).toEqual(['quick', 'think', 'think']);
  });
});
