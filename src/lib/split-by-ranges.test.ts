import { describe, expect, it } from 'vitest';
import { splitByRanges } from './split-by-ranges';

describe('splitByRanges', () => {
  it('alternates plain and marked parts and keeps every character once', () => {
    expect(
      splitByRanges('the capital of France', [
        { start: 4, end: 11 },
        { start: 15, end: 21 },
      ]),
    ).toEqual([
      { text: 'the ', marked: false },
      { text: 'capital', marked: true },
      { text: ' of ', marked: false },
      { text: 'France', marked: true },
    ]);
  });

  it('gives the whole text unmarked without ranges', () => {
    expect(splitByRanges('plain', [])).toEqual([{ text: 'plain', marked: false }]);
  });
});
