import 'fake-indexeddb/auto';
import { selectIsAnswering } from './selectors';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineError } from '@/domain/engine-error';
import { QUICK_SAMPLING, THINKING_SAMPLING } from '@/domain/thinking/sampling-presets';
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

beforeEach(async () => {
  engine = new ScriptedEngine();
  app = startApp(engine);
  await app.ready();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await app.dispose();
});

const state = () => app.store.getState();

describe('send', () => {
  it('streaming an answer writes no settings (only a change of a setting is saved)', async () => {
    state().setModeChoice('quick');
    await app.storage.loadSettings('mindswitch-settings');
    const saveSettings = vi.spyOn(app.storage, 'saveSettings');
    engine.answer('One', ' token', ' after', ' another', '.');
    await state().send('Count for me');
    expect(assistant(state().messages.at(-1)).content).toBe('One token after another.');
    expect(saveSettings).not.toHaveBeenCalled();

    state().setModeChoice('think');
    expect(saveSettings).toHaveBeenCalledTimes(1);
  });

  it('answers in Quick, stores both messages finished and titles the conversation', async () => {
    state().setModeChoice('quick');
    engine.answer('Paris', ' is the capital.');
    await state().send('  Capital of France?  ');

    expect(selectIsAnswering(state())).toBe(false);
    expect(transcript(state().messages)).toEqual([
      'user: Capital of France?',
      'assistant(quick, done): Paris is the capital.',
    ]);
    expect(await app.stored()).toEqual(state().messages);
    const answer = assistant(state().messages[1]);
    expect(answer).toMatchObject({ modeChoice: 'quick', completionTokens: 5, promptTokens: 20 });
    expect(answer.finishedAt).not.toBeNull();
    expect(state().conversations.map((c) => c.title)).toEqual(['Capital of France?']);

    expect(engine.requests).toEqual([
      {
        kind: 'chat',
        messages: [{ role: 'user', content: 'Capital of France?' }],
        sampling: expect.objectContaining(QUICK_SAMPLING),
        thinking: false,
      },
    ]);
  });

  it('counts an answer as finished only once it is stored (a reload right after keeps it)', async () => {
    const saveMessage = app.storage.saveMessage;
    const storedStatuses: string[] = [];
    vi.spyOn(app.storage, 'saveMessage').mockImplementation(async (id, message) => {
      await saveMessage(id, message);
      if (message.role === 'assistant') storedStatuses.push(message.status);
    });
    let storedWhenDone: string[] | null = null;
    app.store.subscribe((now, before) => {
      if (selectIsAnswering(before) && !selectIsAnswering(now))
        storedWhenDone = [...storedStatuses];
    });
    engine.answer('Done.');
    await state().send('Quick one');
    // Saved when it started, and when it finished: before the chat counts it as over.
    expect(storedWhenDone).toEqual(['streaming', 'done']);
  });

  it('thinks in Think mode: thinking and answer are kept apart, in memory and stored', async () => {
    state().setModeChoice('think');
    engine.answer('<think>\n', '2 plus 2', ' is 4', '</think>\n\n', 'It is **4**.');
    await state().send('What is 2+2?');

    const answer = assistant(state().messages[1]);
    expect(answer).toMatchObject({
      status: 'done',
      mode: 'think',
      thinking: '2 plus 2 is 4',
      content: 'It is **4**.',
      thinkingDone: true,
    });
    expect(answer.thinkingEndedAt).not.toBeNull();
    expect(await app.stored()).toEqual(state().messages);
    expect(engine.requests[0]).toMatchObject({
      thinking: true,
      sampling: expect.objectContaining(THINKING_SAMPLING),
    });
  });

  it('sends earlier turns back without their thinking, after the system prompt', async () => {
    state().setModeChoice('think');
    state().setSystemPrompt('Be brief.');
    engine.answer('<think>secret reasoning</think>', 'First answer.');
    engine.answer('<think>more</think>', 'Second answer.');
    await state().send('First question');
    await state().send('Second question');

    expect(chatMessages(engine.requests[1])).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'First question' },
      { role: 'assistant', content: 'First answer.' },
      { role: 'user', content: 'Second question' },
    ]);
    expect(JSON.stringify(engine.requests[1])).not.toContain('secret reasoning');
    expect(await app.stored()).toHaveLength(4);
    expect(state().conversations).toHaveLength(1);
  });

  it('follows /no_think over the switch and sends the message without the command', async () => {
    state().setModeChoice('think');
    engine.answer('Hi!');
    await state().send('Say hi /no_think');

    expect(transcript(state().messages)).toEqual(['user: Say hi', 'assistant(quick, done): Hi!']);
    expect(assistant(state().messages[1]).modeChoice).toBe('think');
    expect(engine.requests[0]).toMatchObject({
      thinking: false,
      messages: [{ role: 'user', content: 'Say hi' }],
    });
  });

  it('in Auto, records the mode and reason the detector chose', async () => {
    state().setModeChoice('auto');
    engine.answer('<think>working</think>', '42');
    await state().send(
      'A train leaves at 3 pm going 60 km/h; a second leaves at 4 pm going 90 km/h. How many hours after 4 pm does the second train catch up with the first?',
    );

    const answer = assistant(state().messages[1]);
    expect(answer).toMatchObject({ modeChoice: 'auto', mode: 'think' });
    expect(answer.autoReason).not.toBeNull();
    expect(engine.requests[0]).toMatchObject({ thinking: true });
  });

  it('does nothing without a loaded model, for blank text, or while an answer streams', async () => {
    app.store.setState({ load: { status: 'idle' } });
    await state().send('Hello?');
    await app.ready();
    await state().send('   ');
    expect(state().messages).toEqual([]);
    expect(engine.requests).toEqual([]);

    const held = engine.hold('Still ');
    const first = state().send('First');
    await held.waiting();
    expect(selectIsAnswering(state())).toBe(true);
    await state().send('Second, too early');
    held.finish('going.');
    await first;

    expect(engine.requests).toHaveLength(1);
    expect(transcript(state().messages)).toEqual([
      'user: First',
      'assistant(quick, done): Still going.',
    ]);
  });

  it('is busy from the moment a message is taken: a second one sent meanwhile is not taken and nothing of it is stored', async () => {
    state().setModeChoice('quick');
    engine.answer('First answer.');
    const first = state().send('First');
    expect(selectIsAnswering(state())).toBe(true);
    expect(await state().send('Second, in the same moment')).toEqual({ ok: false, refusal: null });
    await first;

    expect(engine.requests).toHaveLength(1);
    expect(transcript(state().messages)).toEqual([
      'user: First',
      'assistant(quick, done): First answer.',
    ]);
    expect(await app.stored()).toEqual(state().messages);
  });

  it('keeps a failed answer with its error code, and leaves it out of the next request', async () => {
    state().setModeChoice('quick');
    engine.failWith(new EngineError('out-of-memory', 'Cannot enlarge memory'));
    await state().send('Nothing is scripted for this one');
    const failed = assistant(state().messages[1]);
    expect(failed.status).toBe('error');
    expect(failed.error?.code).toBeTruthy();
    expect(await app.stored()).toEqual(state().messages);

    engine.answer('Better now.');
    await state().send('Again');
    expect(chatMessages(engine.requests[1])).toEqual([
      { role: 'user', content: 'Nothing is scripted for this one' },
      { role: 'user', content: 'Again' },
    ]);
  });
});

describe('stop', () => {
  it('ends the stream at once, keeps the partial answer and stores it as stopped', async () => {
    state().setModeChoice('think');
    const held = engine.hold('<think>Let me see', '</think>', 'The answer is');
    const sending = state().send('Long question');
    await held.waiting();
    state().stop();
    await sending;

    expect(engine.signals[0]?.aborted).toBe(true);
    expect(selectIsAnswering(state())).toBe(false);
    const answer = assistant(state().messages[1]);
    expect(answer).toMatchObject({
      status: 'stopped',
      thinking: 'Let me see',
      content: 'The answer is',
    });
    expect(answer.finishedAt).not.toBeNull();
    expect(await app.stored()).toEqual(state().messages);
  });

  it('stops an answer at its start when Stop comes while the message is being prepared, keeping the question', async () => {
    state().setModeChoice('think');
    engine.answer('<think>A long thought', '</think>', 'An answer.');
    const sending = state().send('Question');
    state().stop();
    await sending;

    expect(selectIsAnswering(state())).toBe(false);
    expect(state().messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(assistant(state().messages[1])).toMatchObject({ status: 'stopped', content: '' });
    expect(await app.stored()).toEqual(state().messages);
  });

  it('does nothing when no answer streams', async () => {
    engine.answer('Fine.');
    state().stop();
    await state().send('Still works?');
    expect(assistant(state().messages[1]).status).toBe('done');
  });
});
