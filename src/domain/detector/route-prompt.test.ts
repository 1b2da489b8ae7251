import { describe, expect, it } from 'vitest';
import { detectMode, reasonText } from './detector';
import {
  REFINE_BAND_HIGH,
  REFINE_BAND_LOW,
  routeForScore,
  routePrompt,
  type PromptRoute,
} from './route-prompt';

describe('refine band', () => {
  it('is a proper band around the 0.5 decision', () => {
    expect(REFINE_BAND_LOW).toBeGreaterThan(0);
    expect(REFINE_BAND_LOW).toBeLessThanOrEqual(0.5);
    expect(REFINE_BAND_HIGH).toBeGreaterThan(0.5);
    expect(REFINE_BAND_HIGH).toBeLessThan(1);
  });

  it('routes by the edges: below low quick, from high on think, refine in between', () => {
    const cases: [number, PromptRoute][] = [
      [0, 'quick'],
      [REFINE_BAND_LOW - 1e-6, 'quick'],
      [REFINE_BAND_LOW, 'refine'],
      [0.5, 'refine'],
      [REFINE_BAND_HIGH - 1e-6, 'refine'],
      [REFINE_BAND_HIGH, 'think'],
      [1, 'think'],
    ];
    for (const [score, route] of cases)
      expect({ score, route: routeForScore(score) }).toEqual({ score, route });
  });
});

describe('routePrompt', () => {
  it.each([
    ['Who wrote Faust?', 'quick'],
    ['Hallo, wie geht es dir?', 'quick'],
    ['Write a Python function that merges two sorted lists.', 'think'],
    [
      'A baker sells 24 rolls in the morning and twice as many in the afternoon. Each roll costs $0.80. How much money does she take in?',
      'think',
    ],
    [
      'Premises: All herons are birds. No bird in this park can swim. Gus is a heron in this park.\nConclusion: Gus can swim. Is the conclusion true, false, or uncertain?',
      'think',
    ],
  ] as const)('routes the clear prompt %j to %s, with the detector’s reason', (prompt, route) => {
    const decision = routePrompt(prompt);
    expect(decision.route).toBe(route);
    expect(decision.reason).toBe(detectMode(prompt).reason);
    expect(decision.score).toBe(detectMode(prompt).score);
  });

  it('routes a prompt inside the band to refine, because it is unsure', () => {
    // Open-ended "what if" questions sit between the data's quick and think sides.
    const unsure = [
      'What would happen if the moon were twice as close to the earth?',
      'Is it a good idea to learn two languages at the same time?',
      'Should I rent or buy a flat in a city I might leave in three years?',
      'How would history have changed if the printing press had been invented a century later?',
    ];
    const inBand = unsure.filter((prompt) => {
      const { score } = detectMode(prompt);
      return score >= REFINE_BAND_LOW && score < REFINE_BAND_HIGH;
    });
    expect(inBand.length).toBeGreaterThan(0);
    for (const prompt of inBand) {
      expect(routePrompt(prompt)).toMatchObject({ route: 'refine', reason: 'uncertain' });
    }
  });

  it('explains the refine route in English', () => {
    expect(reasonText('uncertain', 'quick')).toBe('not sure this needs thinking');
    expect(reasonText('uncertain', 'think')).toBe('not sure this needs thinking');
  });
});
