import 'fake-indexeddb/auto';
import { selectIsAnswering } from './selectors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assistant, ScriptedEngine, startApp, type TestApp } from './test-fixtures';

let engine: ScriptedEngine;
let app: TestApp;

const state = () => app.store.getState();

beforeEach(async () => {
  engine = new ScriptedEngine();
  app = startApp(engine);
  await app.ready();
  state().setModeChoice('quick');
});
afterEach(async () => {
  await app.dispose();
});

describe('releasing the engine', () => {
  it('switching to the other engine stops the answer, keeps it and frees the model', async () => {
    const held = engine.hold('Half');
    const sending = state().send('Question');
    await held.waiting();
    expect(engine.loaded).toBe(true);

    state().setEngineOverride('webgpu');
    await sending;

    expect(engine.signals[0]?.aborted).toBe(true);
    expect(engine.loaded).toBe(false);
    expect(state().load).toEqual({ status: 'idle' });
    expect(selectIsAnswering(state())).toBe(false);
    expect(assistant(state().messages[1])).toMatchObject({ status: 'stopped', content: 'Half' });
    expect(await app.stored()).toEqual(state().messages);

    await state().send('Anyone there?');
    expect(engine.requests).toHaveLength(1);
  });

  it('staying on the same engine keeps the model loaded', async () => {
    state().setEngineOverride('cpu');
    expect(engine.loaded).toBe(true);
    expect(state().load.status).toBe('ready');
  });
});
