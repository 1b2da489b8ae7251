import { describe, expect, it } from 'vitest';
import { rate, readTokenLogprobs } from './logprobs';

describe('readTokenLogprobs', () => {
  it('reads the OpenAI-style content list both libraries stream', () => {
    const chunk = {
      content: [
        { token: ' 4', logprob: -0.01, bytes: [32, 52], top_logprobs: [] },
        { token: '2', logprob: -1.5, bytes: [50], top_logprobs: [] },
      ],
    };
    expect(readTokenLogprobs(chunk)).toEqual([-0.01, -1.5]);
  });

  it('reads a null log-probability (llama.cpp writes -inf as null) as impossible', () => {
    expect(readTokenLogprobs({ content: [{ logprob: null }] })).toEqual([Number.NEGATIVE_INFINITY]);
  });

  it('yields nothing for a missing, empty or malformed field rather than a wrong value', () => {
    expect(readTokenLogprobs(null)).toBeUndefined();
    expect(readTokenLogprobs({ content: null })).toBeUndefined();
    expect(readTokenLogprobs({ content: [] })).toBeUndefined();
    expect(readTokenLogprobs({ content: [{ logprob: 'x' }] })).toBeUndefined();
    // A probability above 1 is not a log-probability.
    expect(readTokenLogprobs({ content: [{ logprob: 0.5 }] })).toBeUndefined();
  });
});

describe('rate', () => {
  it('keeps positive finite rates and drops what a library reports for an untimed request', () => {
    expect(rate(12.5)).toBe(12.5);
    expect(rate(0)).toBeNull();
    expect(rate(Number.NaN)).toBeNull();
    expect(rate(undefined)).toBeNull();
  });
});
