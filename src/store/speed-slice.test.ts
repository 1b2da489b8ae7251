import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CPU_DEFAULT_MODEL } from '@/domain/models/catalog';
import { DEFAULT_STOP_POLICY } from '@/domain/thinking-policy/stop-rule';
import { speedKey } from '@/domain/thinking-policy/speed';
import { TYPICAL_THINKING_TOKENS } from '@/domain/thinking-policy/time-limit';
import { selectCurrentSpeed } from './speed-slice';
import { assistant, ScriptedEngine, startApp, type TestApp } from './test-fixtures';

let engine: ScriptedEngine;
let app: TestApp;
const key = speedKey(CPU_DEFAULT_MODEL.id, 'cpu', 'cpu');
const state = () => app.store.getState();

beforeEach(() => {
  engine = new ScriptedEngine();
  app = startApp(engine);
});
afterEach(async () => {
  await app.dispose();
});

/** An answer of `tokens` tokens that the engine says it decoded at `decode` tokens/s. */
function timedAnswer(tokens: number, decode: number, prefill: number | null = null) {
  engine.usage = { promptTokens: 20, completionTokens: tokens };
  engine.timings = {
    decodeTokensPerSecond: decode,
    prefillTokensPerSecond: prefill,
    cachedPromptTokens: null,
  };
  engine.answer('An answer.');
}

describe('speeds measured by every answer', () => {
  it('keeps the engine’s decode and prefill speed per model and backend, averaged', async () => {
    await app.ready();
    state().setModeChoice('quick');
    timedAnswer(40, 12, 300);
    await state().send('Hello');
    await vi.waitFor(async () => expect(await app.storage.loadSpeed(key)).not.toBeNull());
    expect(await app.storage.loadSpeed(key)).toMatchObject({
      decodeTokensPerSecond: 12,
      prefillTokensPerSecond: 300,
      samples: 1,
    });

    timedAnswer(40, 8);
    await state().send('Again');
    await vi.waitFor(() => expect(selectCurrentSpeed(state())?.samples).toBe(2));
    // The first answers are averaged plainly; an answer without a prefill rate keeps the old one.
    expect(selectCurrentSpeed(state())).toMatchObject({
      decodeTokensPerSecond: 10,
      prefillTokensPerSecond: 300,
    });
    expect(await app.storage.loadSpeed(key)).toMatchObject({ decodeTokensPerSecond: 10 });
  });

  it('ignores answers too short to say how fast decoding is', async () => {
    await app.ready();
    state().setModeChoice('quick');
    timedAnswer(3, 50);
    await state().send('Hi');
    expect(await app.storage.loadSpeed(key)).toBeNull();
    expect(selectCurrentSpeed(state())).toBeNull();
  });

  it('reads the speed kept from an earlier visit once the model is ready', async () => {
    await app.storage.recordSpeed(key, {
      decodeTokens: 100,
      decodeTokensPerSecond: 4,
      prefillTokensPerSecond: null,
    });
    expect(selectCurrentSpeed(state())).toBeNull();
    await app.ready();
    await vi.waitFor(() => expect(selectCurrentSpeed(state())?.decodeTokensPerSecond).toBe(4));
  });
});

describe('the time an early stop saved', () => {
  /** Thinking long enough for the first probe, a pause, and more thinking. */
  const thinking = () => {
    const steps = Array.from({ length: DEFAULT_STOP_POLICY.minThinkingTokens }, (_, i) =>
      i === 0 ? '<think>Step.' : ' Step.',
    );
    return [...steps, ' Wait,', ' more', ' thought.'];
  };

  it('is the thinking left to the typical length at the measured speed', async () => {
    await app.storage.recordSpeed(key, {
      decodeTokens: 100,
      decodeTokensPerSecond: 5,
      prefillTokensPerSecond: null,
    });
    await app.ready();
    await vi.waitFor(() => expect(selectCurrentSpeed(state())).not.toBeNull());
    state().setModeChoice('think');
    engine.answer(...thinking());
    engine.scored(0, 'The answer', ' is 42.', ' More');
    engine.answer('It is 42.');
    await state().send('What is six times seven?');

    const { earlyStop } = assistant(state().messages[1]);
    expect(earlyStop).toBeDefined();
    const used = earlyStop?.thinkingTokens ?? 0;
    expect(earlyStop?.savedSeconds).toBeCloseTo((TYPICAL_THINKING_TOKENS - used) / 5);
    expect((await app.stored())[1]).toMatchObject({
      earlyStop: { savedSeconds: expect.any(Number) },
    });
  });

  it('is left out before any speed was measured', async () => {
    await app.ready();
    state().setModeChoice('think');
    engine.answer(...thinking());
    engine.scored(0, 'The answer', ' is 42.', ' More');
    engine.answer('It is 42.');
    await state().send('What is six times seven?');

    const { earlyStop } = assistant(state().messages[1]);
    expect(earlyStop?.reason).toBe('confident');
    expect(earlyStop).not.toHaveProperty('savedSeconds');
  });
});

describe('Auto on a slow engine', () => {
  it('chooses Draft + refine where Think would take longer than the time limit here', async () => {
    await app.storage.recordSpeed(key, {
      decodeTokens: 100,
      decodeTokensPerSecond: 2,
      prefillTokensPerSecond: null,
    });
    await app.ready();
    await vi.waitFor(() => expect(selectCurrentSpeed(state())).not.toBeNull());
    state().setModeChoice('auto');
    state().setThinkingTimeLimit(60);
    engine.answer('A draft.');
    engine.answer('<think>Check it.</think>', 'The answer.');
    await state().send('Prove that the square root of 2 is irrational, step by step.');

    const answer = assistant(state().messages[1]);
    expect(answer).toMatchObject({
      mode: 'refine',
      modeChoice: 'auto',
      autoThinkCost: { seconds: TYPICAL_THINKING_TOKENS / 2, draftInstead: true },
    });
    expect((await app.stored())[1]).toMatchObject({ autoThinkCost: { draftInstead: true } });
  });
});
