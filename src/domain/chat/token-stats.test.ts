import { describe, expect, it } from 'vitest';
import { tokenStats } from './token-stats';

describe('tokenStats', () => {
  it('counts thinking in the total and divides every generated token by the generation time', () => {
    expect(
      tokenStats({
        firstTokenAt: 1_000,
        finishedAt: 3_000,
        thinkingTokens: 40,
        completionTokens: 100,
      }),
    ).toEqual({ totalTokens: 100, thinkingTokens: 40, answerTokens: 60, tokensPerSecond: 50 });
  });

  it('never shows fewer tokens in total than were spent thinking', () => {
    const stats = tokenStats({
      firstTokenAt: 0,
      finishedAt: 1_000,
      thinkingTokens: 256,
      completionTokens: 10,
    });
    expect(stats.totalTokens).toBe(256);
    expect(stats.tokensPerSecond).toBe(256);
  });

  it('leaves unknowns empty instead of inventing them', () => {
    expect(
      tokenStats({ firstTokenAt: 0, finishedAt: 0, thinkingTokens: 3, completionTokens: 9 })
        .tokensPerSecond,
    ).toBeNull();
    expect(
      tokenStats({
        firstTokenAt: null,
        finishedAt: null,
        thinkingTokens: 0,
        completionTokens: null,
      }),
    ).toEqual({ totalTokens: null, thinkingTokens: 0, answerTokens: null, tokensPerSecond: null });
  });
});
