import { describe, expect, it } from 'vitest';
import { continuationStep, firstStep, MODE_STEPS } from './mode-steps';

describe('mode steps', () => {
  it('Quick and Think make one request, Draft + refine a Quick draft then a Think refinement', () => {
    expect(MODE_STEPS).toEqual({ quick: ['quick'], think: ['think'], refine: ['quick', 'think'] });
  });

  it('every answer starts with its first step; Draft + refine with the Quick draft', () => {
    expect(firstStep('quick')).toBe('quick');
    expect(firstStep('think')).toBe('think');
    expect(firstStep('refine')).toBe('quick');
  });

  it('a Think answer is continued with Think sampling, any other with Quick', () => {
    expect(continuationStep('think')).toBe('think');
    expect(continuationStep('refine')).toBe('quick');
    expect(continuationStep('quick')).toBe('quick');
  });
});
