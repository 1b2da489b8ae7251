import { describe, expect, it } from 'vitest';
import type { SpeedEstimate } from './speed';
import {
  TIME_LIMIT_OPTIONS,
  TYPICAL_THINKING_TOKENS,
  endsSentence,
  savedSeconds,
  thinkCost,
  thinkingTimeCap,
} from './time-limit';

const at = (decodeTokensPerSecond: number): SpeedEstimate => ({
  decodeTokensPerSecond,
  prefillTokensPerSecond: null,
  samples: 5,
  updatedAt: 0,
});

describe('time limit options', () => {
  it('offers 15 s, 30 s, 1 min, 3 min and none', () => {
    expect(TIME_LIMIT_OPTIONS).toEqual([15, 30, 60, 180, null]);
  });
});

describe('endsSentence', () => {
  it('sees the end of a sentence or line in thinking text', () => {
    expect(endsSentence('so it is 42.')).toBe(true);
    expect(endsSentence('so it is 42. ')).toBe(true);
    expect(endsSentence('first step\n')).toBe(true);
    expect(endsSentence('so it is')).toBe(false);
  });
});

describe("Auto's think cost", () => {
  it('on a slow CPU, says Think would take minutes and prefers Draft + refine over the limit', () => {
    const cost = thinkCost(at(6.25), null, 60);
    expect(cost.seconds).toBe(TYPICAL_THINKING_TOKENS / 6.25);
    expect(cost.preferDraft).toBe(true);
    expect(cost.notice).toEqual({ code: 'think-would-take', seconds: 240 });
  });

  it('on a fast GPU, neither prefers Draft nor says anything', () => {
    expect(thinkCost(at(100), null, 60)).toEqual({ seconds: 15, preferDraft: false, notice: null });
  });

  it('counts a smaller budget instead of the typical length, and no limit never prefers Draft', () => {
    expect(thinkCost(at(4), 256, null)).toEqual({
      seconds: 64,
      preferDraft: false,
      notice: {
        code: 'think-would-take',
        seconds: 64,
      },
    });
  });

  it('knows nothing before the first measurement', () => {
    expect(thinkCost(null, 1024, 30)).toEqual({ seconds: null, preferDraft: false, notice: null });
  });
});

describe('thinkingTimeCap', () => {
  it('is the smaller of the time limit and the budget at the measured speed', () => {
    expect(thinkingTimeCap(at(25), 1024, 60)).toBeCloseTo(40.96, 5);
    expect(thinkingTimeCap(at(4), 1024, 60)).toBe(60);
    expect(thinkingTimeCap(null, 1024, 30)).toBe(30);
    expect(thinkingTimeCap(at(4), null, null)).toBeNull();
  });
});

describe('savedSeconds', () => {
  it('is the thinking still expected after the stop, at the measured speed', () => {
    expect(savedSeconds(500, null, at(10))).toBe(100);
    expect(savedSeconds(500, 1024, at(4))).toBe(131);
    expect(savedSeconds(2000, null, at(10))).toBe(0);
    expect(savedSeconds(500, null, null)).toBeNull();
  });
});
