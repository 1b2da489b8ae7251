import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { routePrompt } from '@/domain/detector/route-prompt';
import { EngineError } from '@/domain/engine-error';
import { assistant, chatMessages, ScriptedEngine, startApp, type TestApp } from './test-fixtures';

let engine: ScriptedEngine;
let app: TestApp;

beforeEach(async () => {
  engine = new ScriptedEngine();
  app = startApp(engine);
  await app.ready();
  state().setModeChoice('refine');
});
afterEach(() => app.dispose());

const state = () => app.store.getState();
/** Per-token log-probabilities: p ≈ 0.99 (sure) and p ≈ 0.37 (unsure), either side of 0.85. */
const SURE = -0.01;
const UNSURE = -1;

async function keptDraft() {
  engine.scored(SURE, 'It is', ' 391.');
  await state().send('What is 17 * 23?');
  return assistant(state().messages[1]);
}

describe('Draft + refine refines only an unsure draft', () => {
  it('keeps a confident draft as the answer: one request, no thinking, the note saved', async () => {
    const answer = await keptDraft();

    expect(engine.requests).toHaveLength(1);
    expect(engine.requests[0]).toMatchObject({ kind: 'chat', thinking: false, logprobs: true });
    expect(answer).toMatchObject({
      status: 'done',
      content: 'It is 391.',
      thinking: '',
      draft: { content: 'It is 391.' },
    });
    expect(answer.draftKept?.confidence).toBeCloseTo(Math.exp(SURE));
    expect(answer.refineOutcome).toBeUndefined();
    expect((await app.stored())[1]).toMatchObject({
      content: 'It is 391.',
      draftKept: { confidence: answer.draftKept?.confidence },
    });
  });

  it('refines an unsure draft as before, and keeps its confidence', async () => {
    engine.scored(UNSURE, 'It is', ' 381.');
    engine.answer('<think>391, not 381.</think>', 'It is 391.');
    await state().send('What is 17 * 23?');

    expect(engine.requests).toHaveLength(2);
    const answer = assistant(state().messages[1]);
    expect(answer).toMatchObject({ content: 'It is 391.', refineOutcome: 'changed' });
    expect(answer.draftKept).toBeUndefined();
    expect(answer.draft?.confidence).toBeCloseTo(Math.exp(UNSURE));
  });

  it('refines a draft without log-probabilities (nothing to judge it by)', async () => {
    engine.answer('It is 391.');
    engine.answer('<think>Right.</think>', 'It is 391.');
    await state().send('What is 17 * 23?');

    expect(engine.requests).toHaveLength(2);
    expect(assistant(state().messages[1])).toMatchObject({ refineOutcome: 'confirmed' });
  });

  it('always refines with "Stop thinking once the answer is settled" off', async () => {
    state().setStopWhenSettled(false);
    engine.scored(SURE, 'It is', ' 391.');
    engine.answer('<think>Right.</think>', 'It is 391.');
    await state().send('What is 17 * 23?');

    expect(engine.requests).toHaveLength(2);
    expect(engine.requests[0]).not.toHaveProperty('logprobs');
    const answer = assistant(state().messages[1]);
    expect(answer.draftKept).toBeUndefined();
    expect(answer.draft?.confidence).toBeUndefined();
  });

  it('Auto in its uncertain band answers with the draft when the draft is confident', async () => {
    const prompt = 'Is it a good idea to learn two languages at the same time?';
    expect(routePrompt(prompt).route).toBe('refine');
    state().setModeChoice('auto');
    engine.scored(SURE, 'Yes,', ' if you keep them apart.');
    await state().send(prompt);

    expect(engine.requests).toHaveLength(1);
    expect(assistant(state().messages[1])).toMatchObject({
      mode: 'refine',
      autoReason: 'uncertain',
      content: 'Yes, if you keep them apart.',
      draftKept: {},
    });
  });
});

describe('Refine anyway', () => {
  it('refines the kept draft into the same message and drops the note', async () => {
    const kept = await keptDraft();
    engine.answer('<think>17 * 23 = 391.</think>', 'It is 391, checked.');
    await state().refineAnyway(kept.id);

    expect(engine.requests).toHaveLength(2);
    const refineRequest = engine.requests[1];
    expect(refineRequest).toMatchObject({ kind: 'chat', thinking: true });
    expect(chatMessages(refineRequest).at(-1)?.content).toContain('It is 391.');
    expect(state().messages).toHaveLength(2);
    const answer = assistant(state().messages[1]);
    expect(answer).toMatchObject({
      id: kept.id,
      status: 'done',
      content: 'It is 391, checked.',
      thinking: '17 * 23 = 391.',
      refineOutcome: 'confirmed',
      draft: { content: 'It is 391.' },
    });
    expect(answer.draftKept).toBeUndefined();
    const stored = assistant((await app.stored())[1]);
    expect(stored).toMatchObject({ content: 'It is 391, checked.', refineOutcome: 'confirmed' });
    expect(stored.draftKept).toBeUndefined();
  });

  it('says so, and changes nothing, when the draft and its refinement no longer fit the context', async () => {
    // The fake engine counts one token per word: a long draft fits as an answer, but sent back with
    // the question and room for thinking it does not.
    engine.scored(SURE, ...Array.from({ length: 3300 }, () => ' word'));
    await state().send('Write about words.');
    const kept = assistant(state().messages[1]);
    expect(kept.draftKept).toBeDefined();

    await state().refineAnyway(kept.id);

    expect(engine.requests).toHaveLength(1);
    expect(state().sendRefusal).toMatchObject({ reason: 'no-room' });
    expect(state().sendRefusal?.messageTokens).toBeGreaterThan(state().sendRefusal?.limit ?? 0);
    expect(assistant(state().messages[1])).toEqual(kept);
  });

  it('stopped while it is being prepared, leaves the kept draft as it was', async () => {
    const kept = await keptDraft();
    const requestsBefore = engine.requests.length;
    const refining = state().refineAnyway(kept.id);
    state().stop();
    await refining;

    expect(engine.requests).toHaveLength(requestsBefore);
    expect(state().messages[1]).toEqual(kept);
    expect((await app.stored())[1]).toEqual(kept);
  });

  it('stopped, keeps the draft as the answer with its note', async () => {
    const kept = await keptDraft();
    const refining = engine.hold('<think>Let me check');
    const running = state().refineAnyway(kept.id);
    await refining.waiting();
    expect(assistant(state().messages[1])).toMatchObject({ status: 'streaming', content: '' });
    state().stop();
    await running;

    const answer = assistant(state().messages[1]);
    expect(answer).toMatchObject({
      status: 'stopped',
      content: 'It is 391.',
      thinking: 'Let me check',
      draftKept: kept.draftKept,
    });
    expect(answer.refineOutcome).toBeUndefined();
    expect((await app.stored())[1]).toMatchObject({
      status: 'stopped',
      content: 'It is 391.',
      draftKept: kept.draftKept,
    });
  });

  it('failed, keeps the draft as the answer with its note and the error', async () => {
    const kept = await keptDraft();
    engine.failWith(new EngineError('out-of-memory', 'no room to think'));
    await state().refineAnyway(kept.id);

    expect(assistant(state().messages[1])).toMatchObject({
      status: 'error',
      content: 'It is 391.',
      draftKept: kept.draftKept,
      error: { code: 'out-of-memory' },
    });
  });
});
