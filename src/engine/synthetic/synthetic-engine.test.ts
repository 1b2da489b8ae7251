// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { GenerateEvent, GenerateRequest } from '@/domain/engine-types';
import { syntheticAnswer, toTokens } from './synthetic-answer';
import { SyntheticEngine } from './synthetic-engine';

const request = (thinking: boolean): GenerateRequest => ({
  kind: 'chat',
  messages: [{ role: 'user', content: 'hi' }],
  sampling: { temperature: 0.7, topP: 0.8, topK: 20, minP: 0, maxTokens: 16 },
  thinking,
});

async function collect(events: AsyncIterable<GenerateEvent>, stopAfter?: () => void) {
  const out: GenerateEvent[] = [];
  for await (const event of events) {
    out.push(event);
    if (out.length === 3) stopAfter?.();
  }
  return out;
}

afterEach(() => {
  delete window.__benchStreamConfig;
});

describe('syntheticAnswer', () => {
  it('is deterministic, long enough and has the constructs of a real answer', () => {
    const answer = syntheticAnswer(30_000);
    expect(answer).toBe(syntheticAnswer(30_000));
    expect(answer.length).toBeGreaterThanOrEqual(30_000);
    for (const construct of [
      '### ',
      '```ts',
      '```python',
      '| --- |',
      '\\(',
      '\\[',
      '$',
      '> ',
      '1. ',
    ]) {
      expect(answer).toContain(construct);
    }
  });

  it('splits text into fixed-size tokens', () => {
    expect(toTokens('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('SyntheticEngine', () => {
  it('streams the configured number of answer tokens, ignoring maxTokens, then done', async () => {
    window.__benchStreamConfig = {
      answerTokens: 50,
      charsPerToken: 4,
      tokensPerTask: 1,
      checkpoints: [],
      settleMs: 0,
    };
    const events = await collect(
      new SyntheticEngine('cpu').generate(request(false), new AbortController().signal),
    );
    const deltas = events.filter((e) => e.type === 'delta');
    expect(deltas).toHaveLength(50);
    expect(deltas.map((e) => e.text).join('')).toBe(syntheticAnswer(200).slice(0, 200));
    expect(events.at(-1)).toMatchObject({ type: 'done', stopReason: 'finished' });
    expect(window.__benchProgress).toEqual({ tokens: 50, done: true });
  });

  it('thinks first when asked to', async () => {
    window.__benchStreamConfig = {
      answerTokens: 5,
      charsPerToken: 4,
      tokensPerTask: 1,
      checkpoints: [],
      settleMs: 0,
    };
    const events = await collect(
      new SyntheticEngine('cpu').generate(request(true), new AbortController().signal),
    );
    const text = events.map((e) => (e.type === 'delta' ? e.text : '')).join('');
    expect(text).toMatch(/^<think>\n[^]+\n<\/think>\n\n/);
  });

  it('ends with interrupted when the signal aborts', async () => {
    const controller = new AbortController();
    const events = await collect(
      new SyntheticEngine('cpu').generate(request(false), controller.signal),
      () => controller.abort(),
    );
    expect(events).toHaveLength(4);
    expect(events.at(-1)).toMatchObject({ type: 'done', stopReason: 'interrupted' });
  });
});
