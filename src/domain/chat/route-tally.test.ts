import { describe, expect, it } from 'vitest';
import { tallyRoutes, type TalliedAnswer } from './route-tally';

const answer = (patch: Partial<TalliedAnswer>): TalliedAnswer => ({
  mode: 'quick',
  modeChoice: 'auto',
  autoReason: 'short-factual',
  status: 'done',
  thinkingTokens: 0,
  thinkingStartedAt: null,
  thinkingEndedAt: null,
  ...patch,
});

describe('tallyRoutes', () => {
  it('counts answers per mode and estimates what Auto saved from measured thinking', () => {
    const tally = tallyRoutes([
      answer({ mode: 'quick' }),
      answer({ mode: 'quick' }),
      answer({ mode: 'think', thinkingTokens: 400, thinkingStartedAt: 0, thinkingEndedAt: 4000 }),
      answer({
        mode: 'think',
        modeChoice: 'think',
        autoReason: null,
        thinkingTokens: 200,
        thinkingStartedAt: 0,
        thinkingEndedAt: 2000,
      }),
      answer({ mode: 'refine', thinkingTokens: 0 }),
      answer({ mode: 'quick', modeChoice: 'quick', autoReason: null }),
    ]);
    expect(tally.counts).toEqual({ quick: 3, think: 2, refine: 1 });
    expect(tally.auto).toBe(4);
    // Two of Auto's answers went Quick; thinking here averages 300 tokens at 100 tokens/s.
    expect(tally.saved).toEqual({ tokens: 600, seconds: 6 });
  });

  it('makes no estimate before anything was measured, and ignores unfinished answers', () => {
    const tally = tallyRoutes([answer({}), answer({ status: 'streaming', mode: 'think' })]);
    expect(tally).toEqual({
      counts: { quick: 1, think: 0, refine: 0 },
      finished: 1,
      auto: 1,
      saved: null,
    });
  });

  it('credits Auto with nothing where a command chose the mode although Auto was selected', () => {
    const thought = { thinkingTokens: 300, thinkingStartedAt: 0, thinkingEndedAt: 3000 };
    const tally = tallyRoutes([
      answer({ mode: 'think', autoReason: null, ...thought }),
      answer({ mode: 'quick', autoReason: null }),
      answer({ mode: 'refine', autoReason: null }),
    ]);
    expect(tally.auto).toBe(0);
    expect(tally.saved).toBeNull();
  });

  it('counts nothing while the only answer is still streaming', () => {
    expect(tallyRoutes([answer({ status: 'streaming' })]).finished).toBe(0);
  });
});
