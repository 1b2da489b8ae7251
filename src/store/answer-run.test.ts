import { describe, expect, it } from 'vitest';
import { EngineError } from '@/domain/engine-error';
import { planGeneration, type GenerationPlan } from '@/domain/generation/plan';
import { DEFAULT_SAMPLING } from '@/domain/thinking/sampling-presets';
import type { ChatMessage, GenerationMode } from '@/domain/chat/chat-types';
import type { GenerateRequest } from '@/domain/engine-types';
import { runAnswer, type AnswerFields, type AnswerRun, type AnswerTarget } from './answer-run';
import { EMPTY_ANSWER } from './empty-answer';
import { ScriptedEngine } from './test-fixtures';

// The one generation path on its own: a scripted engine, a target that records what it was
// shown and how the answer settled, and plans made by the domain's planner.

const question: ChatMessage = { id: 'q', role: 'user', content: 'What is 17 * 23?', createdAt: 0 };

function plan(step: GenerationMode, conversation = [question], continuing?: string) {
  const outcome = planGeneration({
    systemPrompt: '',
    conversation,
    mode: step,
    sampling: DEFAULT_SAMPLING,
    budget: null,
    contextTokens: 4096,
    countOf: (text) => text.split(/\s+/).length,
    continuing,
  });
  if (!outcome.ok) throw new Error('does not fit');
  return outcome;
}

function recordingTarget(initial: Partial<AnswerTarget['initial']> = {}) {
  const shown: AnswerFields[] = [];
  const settled: AnswerFields[] = [];
  const target: AnswerTarget = {
    initial: { ...EMPTY_ANSWER, completionTokens: null, ...initial },
    show: (fields) => shown.push(fields),
    settle: (fields) => {
      settled.push(fields);
      return Promise.resolve();
    },
  };
  return { target, shown, settled };
}

function engineRun(engine: ScriptedEngine, fits = true) {
  const requests: GenerateRequest[] = [];
  const run: AnswerRun = {
    engine,
    signal: new AbortController().signal,
    planStep: (conversation, step) => Promise.resolve(fits ? plan(step, conversation) : null),
    onRequest: (request) => requests.push(request),
    renderPace: { thinkingMs: 0, answerMs: 0 },
    onSpeed: () => undefined,
  };
  return { run, requests };
}

const first = (step: GenerationMode, conversation = [question]): GenerationPlan =>
  plan(step, conversation).plan;

describe('runAnswer, the one generation path', () => {
  it('Quick: one request, shown while it streams, settled once with how it ended', async () => {
    const engine = new ScriptedEngine();
    engine.answer('It is ', '391.');
    const { target, shown, settled } = recordingTarget();
    const { run, requests } = engineRun(engine);

    const ending = await runAnswer(
      { mode: 'quick', conversation: [question], first: first('quick') },
      target,
      run,
    );

    expect(ending).toMatchObject({ status: 'done', stopReason: 'finished' });
    expect(requests).toEqual(engine.requests);
    expect(requests).toHaveLength(1);
    expect(shown.at(-1)).toMatchObject({ content: 'It is 391.' });
    expect(settled).toHaveLength(1);
    expect(settled[0]).toMatchObject({
      status: 'done',
      content: 'It is 391.',
      completionTokens: 5,
    });
  });

  it('Think: thinking and answer apart, in one request', async () => {
    const engine = new ScriptedEngine();
    engine.answer('<think>17 * 23', '</think>', '391.');
    const { target, settled } = recordingTarget();
    await runAnswer(
      { mode: 'think', conversation: [question], first: first('think') },
      target,
      engineRun(engine).run,
    );
    expect(engine.requests[0]).toMatchObject({ kind: 'chat', thinking: true });
    expect(settled[0]).toMatchObject({ status: 'done', thinking: '17 * 23', content: '391.' });
  });

  it('Continue: goes on from the answer so far and adds to its earlier tokens', async () => {
    const engine = new ScriptedEngine();
    engine.answer(' a time.');
    const { target, settled } = recordingTarget({ content: 'Once upon', completionTokens: 7 });
    const continued = plan('quick', [question], 'Once upon').plan;
    await runAnswer(
      { mode: 'quick', conversation: [question], first: continued },
      target,
      engineRun(engine).run,
    );
    expect(engine.requests[0]?.kind).toBe('raw');
    expect(settled[0]).toMatchObject({ content: 'Once upon a time.', completionTokens: 12 });
  });

  it('Draft + refine: two requests into the same target; the refined answer wins', async () => {
    const engine = new ScriptedEngine();
    engine.answer('It is 381.');
    engine.answer('<think>391, not 381.</think>', 'It is 391.');
    const { target, shown, settled } = recordingTarget();
    const ending = await runAnswer(
      { mode: 'refine', conversation: [question], first: first('quick') },
      target,
      engineRun(engine).run,
    );

    expect(ending).toMatchObject({ status: 'done' });
    expect(engine.requests.map((r) => r.kind === 'chat' && r.thinking)).toEqual([false, true]);
    // The finished draft is shown before the refinement streams into the same answer.
    const draftDone = shown.findIndex((f) => f.draft?.finishedAt != null);
    expect(shown[draftDone]?.draft?.content).toBe('It is 381.');
    expect(shown.slice(draftDone + 1).at(-1)).toMatchObject({ content: 'It is 391.' });
    expect(settled).toHaveLength(1);
    expect(settled[0]).toMatchObject({
      status: 'done',
      content: 'It is 391.',
      thinking: '391, not 381.',
      refineOutcome: 'changed',
    });
  });

  it('Draft + refine: when the refinement does not fit, the draft is the answer', async () => {
    const engine = new ScriptedEngine();
    engine.answer('It is 391.');
    const { target, settled } = recordingTarget();
    await runAnswer(
      { mode: 'refine', conversation: [question], first: first('quick') },
      target,
      engineRun(engine, false).run,
    );
    expect(engine.requests).toHaveLength(1);
    expect(settled[0]).toMatchObject({ status: 'done', content: 'It is 391.' });
  });

  it('a failed request settles the answer as failed and returns the error', async () => {
    const engine = new ScriptedEngine();
    engine.failWith(new EngineError('device-lost', 'GPU gone'));
    const { target, settled } = recordingTarget();
    const ending = await runAnswer(
      { mode: 'quick', conversation: [question], first: first('quick') },
      target,
      engineRun(engine).run,
    );
    expect(ending).toMatchObject({ status: 'error', error: { code: 'device-lost' } });
    expect(settled[0]).toMatchObject({ status: 'error', error: { code: 'device-lost' } });
  });
});
