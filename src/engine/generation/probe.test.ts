import { describe, expect, it } from 'vitest';
import type { GenerateEvent, GenerateRequest } from '@/domain/engine-types';
import type { ChatEngine } from '@/engine/types';
import { probeRequest } from '@/domain/thinking-policy/probe-prompts';
import { runProbe } from './probe';

type Script = { text: string; logprob: number }[];

/** An engine that streams a scripted answer and records whether it was cut. */
function scriptedEngine(script: Script, stopReason: 'finished' | 'length' = 'finished') {
  const seen = { requests: [] as GenerateRequest[], streamed: 0, cut: false };
  const engine: ChatEngine = {
    kind: 'cpu',
    load: () => Promise.resolve({ contextTokens: 4096 }),
    countTokens: (texts) => Promise.resolve(texts.map(() => 1)),
    unload: () => Promise.resolve(),
    async *generate(request, signal): AsyncIterable<GenerateEvent> {
      seen.requests.push(request);
      for (const { text, logprob } of script) {
        if (signal.aborted) {
          seen.cut = true;
          break;
        }
        seen.streamed += 1;
        yield { type: 'delta', text, logprobs: [logprob] };
      }
      const reason = signal.aborted ? 'interrupted' : stopReason;
      yield { type: 'done', usage: { promptTokens: 9, completionTokens: 1 }, stopReason: reason };
    },
  };
  return { engine, seen };
}

const request = probeRequest([{ role: 'user', content: 'Six times seven?' }], 'It is 42.');

describe('runProbe', () => {
  it('reads the trial answer to its first sentence end and cuts the stream there', async () => {
    const { engine, seen } = scriptedEngine([
      { text: 'It', logprob: -0.1 },
      { text: ' is 42', logprob: -0.2 },
      { text: '. Because', logprob: -0.3 },
      { text: ' six', logprob: -0.4 },
    ]);
    const outcome = await runProbe(engine, request, new AbortController().signal);
    expect(outcome.trial).toEqual({ text: 'It is 42.', logprobs: [-0.1, -0.2, -0.3], ended: true });
    expect(outcome.tokens).toBe(3);
    expect(seen.cut).toBe(true);
    expect(seen.streamed).toBe(3);
    expect(outcome.interrupted).toBe(false);
  });

  it('takes an answer the model ends itself (or the line-end stop) as ended', async () => {
    const { engine } = scriptedEngine([{ text: 'Paris', logprob: -0.01 }]);
    const outcome = await runProbe(engine, request, new AbortController().signal);
    expect(outcome.trial).toEqual({ text: 'Paris', logprobs: [-0.01], ended: true });
  });

  it('marks an answer that ran out of tokens before its first sentence ended as not ended', async () => {
    const { engine } = scriptedEngine([{ text: 'The sum of all the', logprob: -0.5 }], 'length');
    const outcome = await runProbe(engine, request, new AbortController().signal);
    expect(outcome.trial.ended).toBe(false);
  });

  it("reports the user's Stop during a probe", async () => {
    const stop = new AbortController();
    stop.abort();
    const { engine } = scriptedEngine([{ text: 'It is 42. Yes', logprob: -0.1 }]);
    const outcome = await runProbe(engine, request, stop.signal);
    expect(outcome.interrupted).toBe(true);
  });

  it('does not ask the engine at all after a Stop that came before the probe', async () => {
    const stop = new AbortController();
    stop.abort();
    const { engine, seen } = scriptedEngine([{ text: 'It is 42.', logprob: -0.1 }]);
    const outcome = await runProbe(engine, request, stop.signal);
    expect(seen.requests).toEqual([]);
    expect(outcome).toMatchObject({ tokens: 0, interrupted: true });
  });
});
