import { describe, expect, it } from 'vitest';
import { checkSamplingInput, samplingLimits } from './sampling-input';

describe('checkSamplingInput', () => {
  it('takes an empty field as the Qwen3 default, never as 0', () => {
    expect(checkSamplingInput('temperature', 'quick', null)).toEqual({
      ok: true,
      value: 0.7,
      isDefault: true,
    });
    expect(checkSamplingInput('temperature', 'think', null)).toMatchObject({ value: 0.6 });
  });

  it('refuses values outside the range instead of clamping them', () => {
    expect(checkSamplingInput('temperature', 'quick', -1)).toEqual({
      ok: false,
      error: 'out-of-range',
    });
    expect(checkSamplingInput('temperature', 'quick', 5)).toMatchObject({ error: 'out-of-range' });
    expect(checkSamplingInput('temperature', 'think', 0)).toMatchObject({ error: 'out-of-range' });
    expect(checkSamplingInput('temperature', 'quick', 0)).toMatchObject({ ok: true, value: 0 });
  });

  it('refuses text that is not a number and fractions where a whole number is needed', () => {
    expect(checkSamplingInput('topP', 'quick', Number.NaN)).toMatchObject({
      error: 'not-a-number',
    });
    expect(checkSamplingInput('topK', 'quick', 2.5)).toMatchObject({ error: 'not-whole' });
    expect(checkSamplingInput('topK', 'quick', 40)).toMatchObject({ ok: true, value: 40 });
  });

  it('keeps thinking above greedy decoding', () => {
    expect(samplingLimits('temperature', 'think').min).toBeGreaterThan(0);
    expect(samplingLimits('temperature', 'quick').min).toBe(0);
  });
});
