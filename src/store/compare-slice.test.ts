import 'fake-indexeddb/auto';
import { selectIsAnswering } from './selectors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatMessages, ScriptedEngine, startApp, type TestApp } from './test-fixtures';

let engine: ScriptedEngine;
let app: TestApp;

const state = () => app.store.getState();

beforeEach(async () => {
  engine = new ScriptedEngine();
  app = startApp(engine);
  await app.ready();
});
afterEach(async () => {
  await app.dispose();
});

describe('startCompare', () => {
  it('answers one prompt in Quick, Think and Draft + refine, and saves nothing', async () => {
    engine.answer('Quick: 4.');
    engine.answer('<think>2 and 2</think>', 'Think: 4.');
    engine.answer('Draft: 5.');
    engine.answer('<think>2 and 2 is 4, not 5</think>', 'Refined: 4.');
    await state().startCompare(' 2+2? ');

    expect(state().compare?.prompt).toBe('2+2?');
    expect(state().compare?.runs.quick).toMatchObject({
      status: 'done',
      content: 'Quick: 4.',
      thinking: '',
      completionTokens: 5,
    });
    expect(state().compare?.runs.think).toMatchObject({
      status: 'done',
      content: 'Think: 4.',
      thinking: '2 and 2',
    });
    expect(state().compare?.runs.refine).toMatchObject({
      status: 'done',
      content: 'Refined: 4.',
      draft: { content: 'Draft: 5.' },
      refineOutcome: 'changed',
    });
    expect(engine.requests.map((r) => r.kind === 'chat' && r.thinking)).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect(chatMessages(engine.requests[1])).toEqual([{ role: 'user', content: '2+2?' }]);
    expect(selectIsAnswering(state())).toBe(false);
    expect(state().messages).toEqual([]);
    expect(await app.storage.listConversations()).toEqual([]);
  });

  it('Stop ends the running answer and does not start the next', async () => {
    const held = engine.hold('Quick so far');
    const comparing = state().startCompare('Long one');
    await held.waiting();
    expect(selectIsAnswering(state())).toBe(true);
    state().stop();
    await comparing;

    expect(state().compare?.runs.quick).toMatchObject({
      status: 'stopped',
      content: 'Quick so far',
    });
    expect(engine.requests).toHaveLength(1);
  });

  it('Stop leaves no run waiting for a turn that never comes', async () => {
    const held = engine.hold('Quick so far');
    const comparing = state().startCompare('Long one');
    await held.waiting();
    state().stop();
    await comparing;
    expect(state().compare?.runs.think.status).toBe('stopped');
    expect(state().compare?.runs.refine.status).toBe('stopped');
  });

  it('a chat message waits until the comparison is over', async () => {
    const held = engine.hold('Quick');
    const comparing = state().startCompare('Compare me');
    await held.waiting();
    await state().send('Meanwhile');
    expect(state().messages).toEqual([]);
    held.finish('.');
    engine.answer('Think.');
    engine.answer('Draft.');
    engine.answer('<think>ok</think>', 'Draft.');
    await comparing;
    expect(engine.requests).toHaveLength(4);
  });
});
