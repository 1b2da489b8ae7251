import { describe, expect, it } from 'vitest';
import type { GenerateEvent, GenerateRequest } from '@/domain/engine-types';
import { QUICK_SAMPLING, THINKING_SAMPLING } from '@/domain/thinking/sampling-presets';
import { BUDGET_CLOSING_TEXT } from '@/domain/thinking/thinking-budget';
import type { ThinkSegment } from '@/domain/thinking/think-stream-parser';
import { TIME_LIMIT_GRACE_TOKENS } from '@/domain/thinking-policy/time-limit';
import { runGeneration } from './run-generation';
import type { ChatEngine } from '@/engine/types';

/** An engine that thinks forever on chat requests and answers raw continuations. */
function loopingEngine(received: GenerateRequest[]): ChatEngine {
  return {
    kind: 'cpu',
    load: async () => ({ contextTokens: 4096 }),
    countTokens: async (texts) => texts.map((t) => t.length),
    unload: async () => undefined,
    async *generate(request, signal): AsyncIterable<GenerateEvent> {
      received.push(request);
      if (request.kind === 'raw') {
        for (const text of ['The ', 'answer.']) yield { type: 'delta', text };
        yield {
          type: 'done',
          usage: { promptTokens: 10, completionTokens: 2 },
          stopReason: 'finished',
        };
        return;
      }
      yield { type: 'delta', text: '<think>\n' };
      for (let i = 0; !signal.aborted && i < 10_000; i++)
        yield { type: 'delta', text: ` step${i}` };
      yield {
        type: 'done',
        usage: { promptTokens: 10, completionTokens: null },
        stopReason: 'interrupted',
      };
    },
  };
}

function collect() {
  let thinking = '';
  let answer = '';
  let lastTokens = 0;
  const onSegments = (segments: ThinkSegment[], tokens: number) => {
    lastTokens = tokens;
    for (const s of segments) {
      if (s.channel === 'thinking') thinking += s.text;
      if (s.channel === 'answer') answer += s.text;
    }
  };
  return { onSegments, result: () => ({ thinking, answer, lastTokens }) };
}

/** A Think request with no budget and no policy on `engine`, stopped by `signal`. */
function unlimitedThinking(engine: ChatEngine, signal: AbortSignal) {
  return {
    engine,
    messages: [{ role: 'user' as const, content: 'go' }],
    thinking: true,
    sampling: THINKING_SAMPLING,
    budget: null,
    maxTokens: 100,
    budgetCause: 'user' as const,
    promptTokens: 10,
    contextTokens: 4096,
    signal,
    onRequest: () => undefined,
    onSegments: () => undefined,
    onBudgetReached: () => undefined,
  };
}

describe('runGeneration with a thinking budget', () => {
  it('cuts thinking at the budget, closes it the Qwen way and lets the model answer', async () => {
    const received: GenerateRequest[] = [];
    const out = collect();
    let budgetReached = false;
    const result = await runGeneration({
      engine: loopingEngine(received),
      messages: [{ role: 'user', content: 'think forever' }],
      thinking: true,
      sampling: THINKING_SAMPLING,
      budget: 5,
      maxTokens: 100,
      budgetCause: 'user',
      promptTokens: 10,
      contextTokens: 4096,
      signal: new AbortController().signal,
      onRequest: () => undefined,
      onSegments: out.onSegments,
      onBudgetReached: () => (budgetReached = true),
    });
    expect(budgetReached).toBe(true);
    expect(out.result()).toEqual({
      thinking: `step0 step1 step2 step3 step4\n\n${BUDGET_CLOSING_TEXT}`,
      answer: 'The answer.',
      lastTokens: 5,
    });
    expect(received).toHaveLength(2);
    expect(received[1]).toMatchObject({ kind: 'raw', sampling: { temperature: 0.6 } });
    const prompt = received[1]?.kind === 'raw' ? received[1].prompt : '';
    expect(
      prompt.endsWith(`step0 step1 step2 step3 step4\n\n${BUDGET_CLOSING_TEXT}\n</think>\n\n`),
    ).toBe(true);
    // Generated tokens: the 5 thinking tokens before the cut plus the 2 of the answer.
    expect(result.usage.completionTokens).toBe(7);
  });

  it('never cuts an answer without thinking, and sends the mode’s sampling', async () => {
    const received: GenerateRequest[] = [];
    const engine: ChatEngine = {
      ...loopingEngine(received),
      async *generate(request): AsyncIterable<GenerateEvent> {
        received.push(request);
        for (let i = 0; i < 20; i++) yield { type: 'delta', text: `w${i} ` };
        yield {
          type: 'done',
          usage: { promptTokens: 1, completionTokens: 20 },
          stopReason: 'finished',
        };
      },
    };
    const out = collect();
    await runGeneration({
      engine,
      messages: [{ role: 'user', content: 'hi' }],
      thinking: false,
      sampling: QUICK_SAMPLING,
      budget: 5,
      maxTokens: 100,
      budgetCause: 'user',
      promptTokens: 10,
      contextTokens: 4096,
      signal: new AbortController().signal,
      onRequest: () => undefined,
      onSegments: out.onSegments,
      onBudgetReached: () => undefined,
    });
    expect(out.result().answer.trim().split(' ')).toHaveLength(20);
    expect(received).toEqual([
      {
        kind: 'chat',
        messages: [{ role: 'user', content: 'hi' }],
        sampling: { ...QUICK_SAMPLING, maxTokens: 100 },
        thinking: false,
      },
    ]);
  });

  it('stops at once on the user’s Stop, keeping what came', async () => {
    const controller = new AbortController();
    const received: GenerateRequest[] = [];
    const out = collect();
    let chunks = 0;
    const result = await runGeneration({
      ...unlimitedThinking(loopingEngine(received), controller.signal),
      onSegments: (segments, tokens) => {
        out.onSegments(segments, tokens);
        if (++chunks === 3) controller.abort();
      },
    });
    expect(result.stopReason).toBe('interrupted');
    expect(received).toHaveLength(1);
    expect(out.result().thinking.startsWith('step0 step1')).toBe(true);
  });

  it('does not ask the engine at all after a Stop that came before the answer started', async () => {
    const stopped = new AbortController();
    stopped.abort();
    const received: GenerateRequest[] = [];
    const result = await runGeneration(unlimitedThinking(loopingEngine(received), stopped.signal));
    expect(result.stopReason).toBe('interrupted');
    expect(received).toEqual([]);
  });
});

describe('runGeneration with a thinking time limit', () => {
  it('counts thinking from its first token, not the reading of the prompt before it', async () => {
    let clock = 0;
    const received: GenerateRequest[] = [];
    const looping = loopingEngine(received);
    const slowToRead: ChatEngine = {
      ...looping,
      async *generate(request, signal) {
        // Reading the prompt takes 10 s; then each thinking token 100 ms.
        if (request.kind === 'chat') clock += 10_000;
        for await (const event of looping.generate(request, signal)) {
          clock += 100;
          yield event;
        }
      },
    };
    const out = collect();
    let closedForTime = false;
    await runGeneration({
      engine: slowToRead,
      messages: [{ role: 'user', content: 'think forever' }],
      thinking: true,
      sampling: THINKING_SAMPLING,
      budget: null,
      maxTokens: 1000,
      budgetCause: 'user',
      promptTokens: 10,
      contextTokens: 4096,
      policy: { stopWhenSettled: false, timeLimitMs: 5_000 },
      now: () => clock,
      signal: new AbortController().signal,
      onRequest: () => undefined,
      onSegments: out.onSegments,
      onBudgetReached: () => undefined,
      onThinkingPolicy: (report) => (closedForTime ||= report.closedForTime === true),
    });
    expect(closedForTime).toBe(true);
    // 5 s of thinking at 10 tokens/s, and at most the grace after it.
    const { lastTokens } = out.result();
    expect(lastTokens).toBeGreaterThanOrEqual(50);
    expect(lastTokens).toBeLessThanOrEqual(50 + TIME_LIMIT_GRACE_TOKENS + 1);
  });
});

describe('runGeneration when the model ends its turn inside its thinking', () => {
  /** Thinks three steps and ends (`stopReason`) without `</think>`; answers raw requests. */
  function endsInThinking(received: GenerateRequest[], stopReason: 'finished' | 'length') {
    return {
      ...loopingEngine(received),
      async *generate(request: GenerateRequest): AsyncIterable<GenerateEvent> {
        received.push(request);
        const texts = request.kind === 'raw' ? ['The ', 'answer.'] : ['<think>\n', 'a', ' b', ' c'];
        for (const text of texts) yield { type: 'delta', text };
        const usage = { promptTokens: 10, completionTokens: texts.length };
        yield { type: 'done', usage, stopReason: request.kind === 'raw' ? 'finished' : stopReason };
      },
    } satisfies ChatEngine;
  }

  function run(engine: ChatEngine, out: ReturnType<typeof collect>, budgetReached: () => void) {
    return runGeneration({
      engine,
      messages: [{ role: 'user', content: 'go' }],
      thinking: true,
      sampling: THINKING_SAMPLING,
      budget: null,
      maxTokens: 100,
      budgetCause: 'user',
      promptTokens: 10,
      contextTokens: 4096,
      signal: new AbortController().signal,
      onRequest: () => undefined,
      onSegments: out.onSegments,
      onBudgetReached: budgetReached,
    });
  }

  it('closes the thinking the Qwen way and asks for the answer, which is never left empty', async () => {
    const received: GenerateRequest[] = [];
    const out = collect();
    let budgetReached = false;
    const result = await run(endsInThinking(received, 'finished'), out, () => {
      budgetReached = true;
    });
    expect(received).toHaveLength(2);
    const prompt = received[1]?.kind === 'raw' ? received[1].prompt : '';
    expect(prompt.endsWith(`<think>\na b c\n\n${BUDGET_CLOSING_TEXT}\n</think>\n\n`)).toBe(true);
    expect(out.result()).toMatchObject({ answer: 'The answer.' });
    // No budget was reached: the model stopped by itself.
    expect(budgetReached).toBe(false);
    expect(result).toMatchObject({ stopReason: 'finished', usage: { completionTokens: 5 } });
  });

  it('leaves thinking cut off at the context limit as it is (there is no room to answer)', async () => {
    const received: GenerateRequest[] = [];
    const out = collect();
    const result = await run(endsInThinking(received, 'length'), out, () => undefined);
    expect(received).toHaveLength(1);
    expect(result.stopReason).toBe('length');
    expect(out.result()).toMatchObject({ thinking: 'a b c', answer: '' });
  });
});
