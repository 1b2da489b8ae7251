import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assistant, chatMessages, ScriptedEngine, startApp, type TestApp } from './test-fixtures';

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

describe('Draft + refine', () => {
  it('drafts without thinking, refines with thinking, and keeps both apart', async () => {
    state().setModeChoice('refine');
    engine.answer('It is 381.');
    engine.answer('<think>17 * 23 = 391, so the draft is wrong.</think>', 'It is 391.');
    await state().send('What is 17 * 23?');

    const [draftRequest, refineRequest] = engine.requests;
    expect(draftRequest).toMatchObject({ kind: 'chat', thinking: false });
    expect(chatMessages(draftRequest)).toEqual([{ role: 'user', content: 'What is 17 * 23?' }]);
    expect(refineRequest).toMatchObject({ kind: 'chat', thinking: true });
    const refinePrompt = chatMessages(refineRequest).at(-1)?.content ?? '';
    expect(refinePrompt).toContain('What is 17 * 23?');
    expect(refinePrompt).toContain('It is 381.');

    const answer = assistant(state().messages[1]);
    expect(answer).toMatchObject({
      mode: 'refine',
      status: 'done',
      content: 'It is 391.',
      thinking: '17 * 23 = 391, so the draft is wrong.',
      refineOutcome: 'changed',
      draft: { content: 'It is 381.' },
    });
    expect(answer.draft?.finishedAt).not.toBeNull();
    expect((await app.stored())[1]).toMatchObject({ refineOutcome: 'changed' });
  });

  it('sends only the final answer back in later turns, never the draft or the thinking', async () => {
    state().setModeChoice('refine');
    engine.answer('Draft one.');
    engine.answer('<think>Checking it.</think>', 'Final one.');
    await state().send('First?');
    engine.answer('Draft two.');
    engine.answer('<think>Fine.</think>', 'Final two.');
    await state().send('Second?');

    for (const request of engine.requests.slice(2)) {
      const sent = JSON.stringify(chatMessages(request).slice(0, 2));
      expect(sent).toContain('Final one.');
      expect(sent).not.toContain('Draft one.');
      expect(sent).not.toContain('Checking it.');
    }
  });

  it('keeps the draft as the answer when stopped during refinement', async () => {
    state().setModeChoice('refine');
    engine.answer('A quick answer.');
    const refining = engine.hold('<think>Let me check');
    const sending = state().send('Question?');
    await refining.waiting();
    state().stop();
    await sending;
    expect(assistant(state().messages[1])).toMatchObject({
      status: 'stopped',
      content: 'A quick answer.',
      thinking: 'Let me check',
      draft: { content: 'A quick answer.' },
    });
    expect(assistant(state().messages[1]).refineOutcome).toBeUndefined();
  });

  it('/refine asks for it on one message', async () => {
    state().setModeChoice('quick');
    engine.answer('Draft.');
    engine.answer('<think>ok</think>', 'Draft.');
    await state().send('Is 91 prime? /refine');
    expect(engine.requests).toHaveLength(2);
    expect(assistant(state().messages[1])).toMatchObject({
      mode: 'refine',
      refineOutcome: 'confirmed',
    });
  });
});
