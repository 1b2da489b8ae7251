import { describe, expect, it } from 'vitest';
import { aboutDuration } from './about-duration';

describe('aboutDuration', () => {
  it('says seconds exactly under 10 s, never "0 s"', () => {
    expect(aboutDuration(0.2)).toEqual({ unit: 'seconds', value: 1 });
    expect(aboutDuration(7.4)).toEqual({ unit: 'seconds', value: 7 });
  });

  it('rounds to 5 s under 2 minutes', () => {
    expect(aboutDuration(12)).toEqual({ unit: 'seconds', value: 10 });
    expect(aboutDuration(41)).toEqual({ unit: 'seconds', value: 40 });
    expect(aboutDuration(118)).toEqual({ unit: 'seconds', value: 120 });
  });

  it('says whole minutes from 2 minutes on', () => {
    expect(aboutDuration(120)).toEqual({ unit: 'minutes', value: 2 });
    expect(aboutDuration(240)).toEqual({ unit: 'minutes', value: 4 });
    expect(aboutDuration(269)).toEqual({ unit: 'minutes', value: 4 });
  });
});
