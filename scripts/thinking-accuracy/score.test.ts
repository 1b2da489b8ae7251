import { describe, expect, it } from 'vitest';
import { finalNumber, isCorrect } from './score';

describe('finalNumber', () => {
  it('takes the last number of the answer', () => {
    expect(finalNumber('4 packs of 12 is 48, minus 9 leaves **39** pencils.')).toBe(39);
    expect(finalNumber('She runs 11.2 km.')).toBe(11.2);
    expect(finalNumber('The total is 1,250 dollars.')).toBe(1250);
    expect(finalNumber('I do not know.')).toBeNull();
  });

  it('marks an answer correct only on the expected number', () => {
    expect(isCorrect('So the answer is 38.', 38)).toBe(true);
    expect(isCorrect('So the answer is 37.', 38)).toBe(false);
  });
});
