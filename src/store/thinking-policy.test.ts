import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EngineError } from '@/domain/engine-error';
import { THINK_LONGER_NUDGE } from '@/domain/thinking-policy/probe-prompts';
import { DEFAULT_STOP_POLICY } from '@/domain/thinking-policy/stop-rule';
import { BUDGET_CLOSING_TEXT } from '@/domain/thinking/thinking-budget';
import { assistant, ScriptedEngine, startApp, type TestApp } from './test-fixtures';

let engine: ScriptedEngine;
let app: TestApp;

beforeEach(async () => {
  engine = new ScriptedEngine();
  app = startApp(engine);
  await app.ready(8192);
  app.store.getState().setModeChoice('think');
});
afterEach(async () => {
  await app.dispose();
});

const state = () => app.store.getState();
const { minThinkingTokens, forceProbeAfterTokens } = DEFAULT_STOP_POLICY;

/** Thinking of `tokens` one-token steps, then a pause ("Wait,") and more thinking. */
function thinkingWithPause(tokens: number): string[] {
  const steps = Array.from({ length: tokens }, (_, i) => (i === 0 ? '<think>Step.' : ' Step.'));
  return [...steps, ' Wait,', ' more', ' thought.', ' Still', ' thinking.'];
}

describe('stop when settled', () => {
  it('stops at the first pause with a confident trial answer and answers from there', async () => {
    engine.answer(...thinkingWithPause(minThinkingTokens));
    engine.scored(0, 'The answer', ' is 42.', ' More');
    engine.answer('It is 42.');
    await state().send('What is six times seven?');

    const [, probe, answerRequest] = engine.requests;
    expect(probe).toMatchObject({ kind: 'raw', logprobs: true });
    expect(answerRequest?.kind).toBe('raw');
    const answer = assistant(state().messages[1]);
    expect(answer).toMatchObject({
      status: 'done',
      content: 'It is 42.',
      thinkingDone: true,
      earlyStop: { reason: 'confident', heldBack: 'Wait,' },
      // Read up to the first sentence end, which the word after it shows.
      probes: { probes: 1, probeTokens: 3 },
    });
    expect(answer.earlyStop?.thinkingTokens).toBeGreaterThanOrEqual(minThinkingTokens);
    // The trial answer is never part of the answer or the thinking.
    expect(answer.content + answer.thinking).not.toContain('The answer is');
    expect((await app.stored())[1]).toMatchObject({ earlyStop: { reason: 'confident' } });
  });

  it('resumes thinking after an unsure trial answer', async () => {
    engine.answer(...thinkingWithPause(minThinkingTokens));
    engine.scored(-3, 'Maybe', ' 41.');
    engine.answer(' Then more.</think>', 'It is 42.');
    await state().send('What is six times seven?');

    const resumed = engine.requests[2];
    expect(resumed?.kind === 'raw' && resumed.prompt).toMatch(/<think>\nStep\.( Step\.)+ Wait,$/);
    const answer = assistant(state().messages[1]);
    expect(answer.earlyStop).toBeUndefined();
    expect(answer).toMatchObject({ content: 'It is 42.', probes: { probes: 1 } });
    // What streamed after the cut was dropped: thinking goes on from where the probe was taken.
    expect(answer.thinking).toMatch(/Step\. Wait, Then more\.$/);
  });

  it('never probes with the setting off', async () => {
    state().setStopWhenSettled(false);
    engine.answer(...thinkingWithPause(minThinkingTokens), '</think>', 'It is 42.');
    await state().send('What is six times seven?');

    expect(engine.requests).toHaveLength(1);
    expect(assistant(state().messages[1])).toMatchObject({ content: 'It is 42.' });
    expect(assistant(state().messages[1]).probes).toBeUndefined();
  });

  it('a failing probe ends the answer as an error and keeps the thinking', async () => {
    engine.answer(...thinkingWithPause(minThinkingTokens));
    engine.failWith(new EngineError('out-of-memory', 'probe broke'));
    await state().send('What is six times seven?');

    const answer = assistant(state().messages[1]);
    expect(answer.status).toBe('error');
    expect(answer.thinking).toContain('Step. Step.');
    expect((await app.stored())[1]).toMatchObject({ status: 'error' });
  });
});

describe('Think longer', () => {
  it('resumes thinking after the held-back word and answers again in the same message', async () => {
    engine.answer(...thinkingWithPause(minThinkingTokens));
    engine.scored(0, 'The answer', ' is 42.', ' More');
    engine.answer('It is 42.');
    await state().send('What is six times seven?');
    const stopped = assistant(state().messages[1]);

    engine.answer(' Let me check again.</think>', 'It is 42, checked.');
    await state().thinkLonger(stopped.id);

    const resumed = engine.requests[3];
    expect(resumed?.kind === 'raw' && resumed.prompt).toMatch(/Step\. Wait,$/);
    const answer = assistant(state().messages[1]);
    expect(state().messages).toHaveLength(2);
    expect(answer).toMatchObject({ id: stopped.id, status: 'done', content: 'It is 42, checked.' });
    expect(answer.earlyStop).toBeUndefined();
    expect(answer.thinking).toMatch(/Wait, Let me check again\.$/);
    // One more streamed thinking chunk (one token) on top of those before the stop.
    expect(answer.thinkingTokens).toBe(stopped.thinkingTokens + 1);
    expect((await app.stored())[1]).toMatchObject({ content: 'It is 42, checked.' });
  });

  it('stopped while it is being prepared, leaves the answer as it was, with its Think longer', async () => {
    engine.answer(...thinkingWithPause(minThinkingTokens));
    engine.scored(0, 'The answer', ' is 42.', ' More');
    engine.answer('It is 42.');
    await state().send('What is six times seven?');
    const stopped = assistant(state().messages[1]);
    const requestsBefore = engine.requests.length;

    const thinking = state().thinkLonger(stopped.id);
    state().stop();
    await thinking;

    expect(engine.requests).toHaveLength(requestsBefore);
    expect(state().messages[1]).toEqual(stopped);
    expect((await app.stored())[1]).toEqual(stopped);
  });

  it('after a stop with no word held back, nudges the thinking on and always gets an answer', async () => {
    // No pause in this thinking: the probe is forced, at the end of what streamed.
    const steps = minThinkingTokens + forceProbeAfterTokens + 10;
    engine.answer('<think>Step.', ...Array.from({ length: steps }, () => ' Step.'));
    engine.scored(0, 'The answer', ' is 42.', ' More');
    engine.answer('It is 42.');
    await state().send('What is six times seven?');
    const stopped = assistant(state().messages[1]);
    expect(stopped.earlyStop?.heldBack).toBe('');

    // The model thinks on after the nudge, then ends its turn without closing its thinking.
    engine.answer(' More thought.');
    engine.answer('It is 42, checked.');
    await state().thinkLonger(stopped.id);

    // Stream, probe, answer; then the resumed thinking and the answer after it.
    expect(engine.requests).toHaveLength(5);
    const [resumed, closed] = engine.requests.slice(3);
    expect(resumed?.kind === 'raw' && resumed.prompt).toMatch(
      new RegExp(`Step\\. ${THINK_LONGER_NUDGE}$`),
    );
    // Its thinking is closed the Qwen way and the answer asked for, as at the budget.
    expect(closed?.kind === 'raw' && closed.prompt).toMatch(
      new RegExp(
        `Step\\. ${THINK_LONGER_NUDGE} More thought\\.\n\n${BUDGET_CLOSING_TEXT}\n</think>\n\n$`,
      ),
    );
    const answer = assistant(state().messages[1]);
    expect(answer).toMatchObject({
      id: stopped.id,
      status: 'done',
      content: 'It is 42, checked.',
      budgetReached: false,
    });
    expect(answer.earlyStop).toBeUndefined();
    expect((await app.stored())[1]).toMatchObject({ content: 'It is 42, checked.' });
  });
});
