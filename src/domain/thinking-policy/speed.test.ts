import { describe, expect, it } from 'vitest';
import {
  MIN_MEASURED_TOKENS,
  measureSpeed,
  mostThinkingSeconds,
  speedKey,
  updateSpeed,
  type SpeedEstimate,
} from './speed';

const measured = (decodeTokensPerSecond: number, prefill: number | null = null) => ({
  decodeTokens: 100,
  decodeTokensPerSecond,
  prefillTokensPerSecond: prefill,
});

describe('speed model', () => {
  it('keys speeds by model and backend', () => {
    expect(speedKey('qwen3-0.6b', 'cpu', 'cpu')).toBe('wllama-cpu|qwen3-0.6b');
    expect(speedKey('qwen3-0.6b', 'cpu', 'gpu')).toBe('wllama-gpu|qwen3-0.6b');
    expect(speedKey('qwen3-0.6b', 'webgpu')).toBe('webllm|qwen3-0.6b');
  });

  it("prefers the engine's own timings and falls back to the clock", () => {
    const timings = {
      decodeTokensPerSecond: 4,
      prefillTokensPerSecond: 50,
      cachedPromptTokens: 0,
    };
    expect(measureSpeed(40, 20_000, timings)).toEqual({
      decodeTokens: 40,
      decodeTokensPerSecond: 4,
      prefillTokensPerSecond: 50,
    });
    expect(measureSpeed(40, 10_000)?.decodeTokensPerSecond).toBe(4);
  });

  it('ignores answers too short to say anything about decoding', () => {
    expect(measureSpeed(MIN_MEASURED_TOKENS - 1, 1000)).toBeNull();
  });

  it('averages the first answers plainly, then follows new ones with a fixed weight', () => {
    let estimate: SpeedEstimate | null = null;
    estimate = updateSpeed(estimate, measured(4, 40), 1);
    expect(estimate).toEqual({
      decodeTokensPerSecond: 4,
      prefillTokensPerSecond: 40,
      samples: 1,
      updatedAt: 1,
    });
    estimate = updateSpeed(estimate, measured(2), 2);
    expect(estimate.decodeTokensPerSecond).toBe(3);
    expect(estimate.prefillTokensPerSecond).toBe(40);
    for (let i = 0; i < 20; i++) estimate = updateSpeed(estimate, measured(10), 3 + i);
    expect(estimate.decodeTokensPerSecond).toBeCloseTo(10, 1);
    expect(estimate.samples).toBe(22);
  });

  it('says the most thinking can take: budget at the decode rate plus reading the prompt', () => {
    const speed: SpeedEstimate = {
      decodeTokensPerSecond: 4,
      prefillTokensPerSecond: 100,
      samples: 3,
      updatedAt: 0,
    };
    expect(mostThinkingSeconds(1024, speed, 200)).toBe(258);
    expect(mostThinkingSeconds(null, speed)).toBeNull();
    expect(mostThinkingSeconds(1024, null)).toBeNull();
  });
});
