import { describe, expect, it } from 'vitest';
import { elapsedMs } from './use-elapsed';

describe('elapsedMs', () => {
  it('counts up to now while running', () => {
    expect(elapsedMs(1_000, null, true, 5_300)).toBe(4_300);
  });

  it('is fixed once ended, whenever it is shown', () => {
    expect(elapsedMs(1_000, 5_300, false, 10_000)).toBe(4_300);
    expect(elapsedMs(1_000, 5_300, false, 999_999)).toBe(4_300);
  });

  it('has no length when stopped without an end, instead of growing with the clock', () => {
    expect(elapsedMs(1_000, null, false, 257_000)).toBeNull();
  });

  it('is zero before it started', () => {
    expect(elapsedMs(null, null, true, 5_000)).toBe(0);
  });
});
