import { describe, expect, it } from 'vitest';
import { threadCount } from './thread-count';

describe('threadCount', () => {
  it('uses one thread without cross-origin isolation (no shared memory)', () => {
    expect(threadCount(8, false)).toBe(1);
  });

  it('uses both cores of a dual-core machine, all but one above, at most 8', () => {
    expect([1, 2, 3, 4, 8, 16, 32].map((cores) => threadCount(cores, true))).toEqual([
      1, 2, 2, 3, 7, 8, 8,
    ]);
  });
});
