import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  assistant,
  chatMessages,
  ScriptedEngine,
  startApp,
  transcript,
  type TestApp,
} from './test-fixtures';

let engine: ScriptedEngine;
let app: TestApp;

const state = () => app.store.getState();
const idAt = (index: number) => {
  const id = state().messages[index]?.id;
  if (!id) throw new Error(`no message at ${index}`);
  return id;
};

/** Two finished turns: the first one thought, the second did not. */
beforeEach(async () => {
  engine = new ScriptedEngine();
  app = startApp(engine);
  await app.ready();
  state().setModeChoice('think');
  engine.answer('<think>counting</think>', 'Four.');
  await state().send('2+2?');
  state().setModeChoice('quick');
  engine.answer('Six.');
  await state().send('3+3?');
  expect(transcript(state().messages)).toEqual([
    'user: 2+2?',
    'assistant(think, done): [counting] Four.',
    'user: 3+3?',
    'assistant(quick, done): Six.',
  ]);
});
afterEach(async () => {
  await app.dispose();
});

describe('rerun', () => {
  it('answers the last question again in the other mode, as a second version', async () => {
    engine.answer('<think>3 and 3</think>', 'Six, surely.');
    await state().rerun(idAt(3), 'think');

    expect(transcript(state().messages)).toEqual([
      'user: 2+2?',
      'assistant(think, done): [counting] Four.',
      'user: 3+3?',
      'assistant(think, done): [3 and 3] Six, surely.',
    ]);
    expect(await app.stored()).toEqual(state().messages);
    await state().switchVersion(idAt(3), -1);
    expect(transcript(state().messages).at(-1)).toBe('assistant(quick, done): Six.');
    expect(engine.requests[2]).toMatchObject({ thinking: true });
    expect(chatMessages(engine.requests[2])).toEqual([
      { role: 'user', content: '2+2?' },
      { role: 'assistant', content: 'Four.' },
      { role: 'user', content: '3+3?' },
    ]);
  });

  it('re-running an earlier answer keeps the turns after it on the first version', async () => {
    const first = transcript(state().messages);
    engine.answer('4');
    await state().rerun(idAt(1), 'quick');

    expect(transcript(state().messages)).toEqual(['user: 2+2?', 'assistant(quick, done): 4']);
    expect(await app.stored()).toEqual(state().messages);
    expect(await app.storedAll()).toHaveLength(5);
    expect(chatMessages(engine.requests[2])).toEqual([{ role: 'user', content: '2+2?' }]);

    await state().switchVersion(idAt(1), -1);
    expect(transcript(state().messages)).toEqual(first);
    expect(await app.stored()).toEqual(state().messages);
    await state().switchVersion(idAt(1), 1);
    expect(transcript(state().messages)).toEqual(['user: 2+2?', 'assistant(quick, done): 4']);
  });

  it('answers only the branch shown: a follow-up on version 1 sends version 1', async () => {
    engine.answer('4');
    await state().rerun(idAt(1), 'quick');
    await state().switchVersion(idAt(1), -1);
    engine.answer('Twelve.');
    await state().send('6+6?');

    expect(chatMessages(engine.requests[3]).map((m) => m.content)).toEqual([
      '2+2?',
      'Four.',
      '3+3?',
      'Six.',
      '6+6?',
    ]);
    expect(await app.stored()).toEqual(state().messages);
  });

  it('ignores a user message, an unknown id and a rerun while an answer streams', async () => {
    await state().rerun(idAt(0), 'quick');
    await state().rerun('no-such-message', 'quick');
    const held = engine.hold('Six');
    const running = state().rerun(idAt(3), 'quick');
    await held.waiting();
    await state().rerun(idAt(1), 'quick');
    held.finish('!');
    await running;

    expect(engine.requests).toHaveLength(3);
    expect(transcript(state().messages)).toEqual([
      'user: 2+2?',
      'assistant(think, done): [counting] Four.',
      'user: 3+3?',
      'assistant(quick, done): Six!',
    ]);
  });
});

describe('editAndResend', () => {
  it('sends the edited question as a new version and answers it; the old one stays', async () => {
    engine.answer('Ten.');
    await state().editAndResend(idAt(2), '5+5?');

    expect(transcript(state().messages)).toEqual([
      'user: 2+2?',
      'assistant(think, done): [counting] Four.',
      'user: 5+5?',
      'assistant(quick, done): Ten.',
    ]);
    expect(await app.stored()).toEqual(state().messages);
    expect(chatMessages(engine.requests[2])).toEqual([
      { role: 'user', content: '2+2?' },
      { role: 'assistant', content: 'Four.' },
      { role: 'user', content: '5+5?' },
    ]);
    await state().switchVersion(idAt(2), -1);
    expect(transcript(state().messages).slice(2)).toEqual([
      'user: 3+3?',
      'assistant(quick, done): Six.',
    ]);
  });

  it('editing the first question keeps both later turns in version 1, and honours /think', async () => {
    engine.answer('<think>hmm</think>', 'Two.');
    await state().editAndResend(idAt(0), '1+1? /think');

    expect(transcript(state().messages)).toEqual([
      'user: 1+1?',
      'assistant(think, done): [hmm] Two.',
    ]);
    expect(await app.stored()).toEqual(state().messages);
    expect(engine.requests[2]).toMatchObject({
      thinking: true,
      messages: [{ role: 'user', content: '1+1?' }],
    });
    await state().switchVersion(idAt(0), -1);
    expect(transcript(state().messages)).toHaveLength(4);
    expect(await app.stored()).toEqual(state().messages);
  });

  it('ignores blank text', async () => {
    const before = state().messages;
    await state().editAndResend(idAt(2), '   ');
    expect(state().messages).toBe(before);
    expect(engine.requests).toHaveLength(2);
  });
});

describe('deleteMessage', () => {
  it('removes one message from the chat and from storage', async () => {
    const question = idAt(2);
    await state().deleteMessage(question);

    expect(transcript(state().messages)).toEqual([
      'user: 2+2?',
      'assistant(think, done): [counting] Four.',
      'assistant(quick, done): Six.',
    ]);
    expect(await app.stored()).toEqual(state().messages);
  });

  it('undoes a deleted answer: it comes back in its place', async () => {
    const before = transcript(state().messages);
    await state().deleteMessage(idAt(1));
    expect(transcript(state().messages)).toHaveLength(3);
    await state().undoMessageDelete();
    expect(transcript(state().messages)).toEqual(before);
    expect(await app.stored()).toEqual(state().messages);
    expect(state().undoableMessageDelete).toBeNull();
  });

  it('deletes nothing while an answer streams', async () => {
    const held = engine.hold('Six');
    const running = state().rerun(idAt(3), 'quick');
    await held.waiting();
    await state().deleteMessage(idAt(0));
    held.finish('.');
    await running;

    expect(state().messages).toHaveLength(4);
    expect(await app.stored()).toEqual(state().messages);
    expect(assistant(state().messages[3]).content).toBe('Six.');
  });
});
