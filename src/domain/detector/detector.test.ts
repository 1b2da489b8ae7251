import { describe, expect, it } from 'vitest';
import {
  DETECTOR_REASONS,
  QUICK_REASONS,
  THINK_REASONS,
  detectMode,
  explainDetection,
  reasonText,
} from './detector';
import { NAMED_FEATURES } from './feature-space';
import { DETECTOR_WEIGHTS } from './weights.generated';

const SHORT_HARD = [
  'Is 391 prime?',
  'What is 17 × 24 − 13?',
  'Write a function that reverses a linked list.',
  'Wie viele Primzahlen gibt es unter 50?',
  'If 3x + 5 = 26, what is x?',
  'Prove that the square root of 2 is irrational.',
  'Compute 2^10 - 1.',
  'A car travels 150 km in 2.5 hours. What is its average speed?',
];

const LONG_EASY = [
  "So I've been having the most wonderful week, honestly. My sister came to visit with her kids, we went to the park almost every day, had ice cream far too often, and spent the evenings watching old films and laughing about our childhood. She's planning a trip to Europe next spring and kept asking me about places to see, and I realised I'm embarrassingly bad at geography. Anyway, quick question before I forget: what is the capital of France?",
  "My colleague Maria is turning forty on Friday and the team wants to surprise her with a card. She has worked with us for almost ten years, she is the person everyone goes to when something breaks, she loves hiking, terrible puns and strong coffee, and she always remembers everybody's birthdays except her own. Could you write a short, funny birthday greeting that we can all sign?",
  "I've been meaning to get into classical music for ages. My dad used to play piano records every Sunday morning while he made pancakes, and there is one slow, sad piece I still remember, which he said was written by a composer who went deaf. Who composed the Moonlight Sonata?",
];

const GERMAN_THINK = [
  'Berechne 15 % von 240.',
  'Schreibe eine Funktion in Python, die prüft, ob ein Wort ein Palindrom ist.',
  'Ein Zug fährt mit 80 km/h. Wie lange braucht er für 200 km?',
  'Beweise, dass es unendlich viele Primzahlen gibt.',
  'Anna hat 12 Äpfel und gibt 5 davon ihrem Bruder. Dann kauft sie 8 neue. Wie viele Äpfel hat sie jetzt?',
];

const GERMAN_QUICK = [
  'Wer hat Faust geschrieben?',
  'Was ist die Hauptstadt von Frankreich?',
  'Schreibe ein kurzes Gedicht über den Herbst.',
  'Hallo, wie geht es dir?',
  'Wann fiel die Berliner Mauer?',
  'Nenne drei berühmte deutsche Komponisten.',
];

describe('detectMode', () => {
  it.each(SHORT_HARD)('thinks about the short but hard prompt %j', (prompt) => {
    expect(detectMode(prompt).mode).toBe('think');
  });

  it.each(LONG_EASY)('answers the long but easy prompt quickly: %j', (prompt) => {
    expect(detectMode(prompt).mode).toBe('quick');
  });

  it.each(GERMAN_THINK)('thinks about the German prompt %j', (prompt) => {
    expect(detectMode(prompt).mode).toBe('think');
  });

  it.each(GERMAN_QUICK)('answers the German prompt %j quickly', (prompt) => {
    expect(detectMode(prompt).mode).toBe('quick');
  });

  it('returns a probability consistent with the mode', () => {
    for (const prompt of [...SHORT_HARD, ...LONG_EASY, ...GERMAN_QUICK]) {
      const { mode, score } = detectMode(prompt);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      expect(mode).toBe(score >= 0.5 ? 'think' : 'quick');
    }
  });

  it('is deterministic', () => {
    for (const prompt of [...SHORT_HARD, ...GERMAN_THINK]) {
      expect(detectMode(prompt)).toEqual(detectMode(prompt));
    }
  });

  it('answers an empty prompt quickly', () => {
    expect(detectMode('   ')).toEqual({ mode: 'quick', score: 0, reason: 'general-quick' });
  });

  it('handles very long pastes', () => {
    const paste = 'Here is a long log line without a question. '.repeat(2000);
    expect(['think', 'quick']).toContain(detectMode(paste).mode);
  });
});

describe('reasons', () => {
  it.each([
    [
      'Lena buys 4 notebooks at $3 each and 2 pens at $1.50 each. She pays with a $20 bill. How much change does she get?',
      ['arithmetic', 'word-problem'],
    ],
    ['What is 17 × 24 − 13?', ['arithmetic']],
    ['Write a Python function that returns the n-th Fibonacci number.', ['code']],
    ['Schreibe eine Funktion in Python, die eine Liste umdreht.', ['code']],
    ['Prove that the sum of two odd numbers is even.', ['proof-or-derivation']],
    ['Who wrote Faust?', ['short-factual']],
    ['Wer hat Faust geschrieben?', ['short-factual']],
    ['Write a haiku about the sea.', ['creative-writing']],
  ] as const)('explains %j with one of %j', (prompt, expected) => {
    expect(expected).toContain(detectMode(prompt).reason);
  });

  it('gives a reason of the decided mode', () => {
    for (const prompt of [...SHORT_HARD, ...LONG_EASY, ...GERMAN_THINK, ...GERMAN_QUICK]) {
      const { mode, reason } = detectMode(prompt);
      const allowed: readonly string[] = mode === 'think' ? THINK_REASONS : QUICK_REASONS;
      expect(allowed).toContain(reason);
    }
  });

  it('names the features behind the decision', () => {
    const explanation = explainDetection('What is 17 × 24 − 13?');
    const features = explanation.contributions.slice(0, 3).map((c) => c.feature);
    expect(features).toContain('math:operator-chain');
  });

  it('has unique codes and English text for each', () => {
    expect(new Set(DETECTOR_REASONS).size).toBe(DETECTOR_REASONS.length);
    for (const reason of DETECTOR_REASONS) {
      expect(reasonText(reason, 'think').length).toBeGreaterThan(3);
    }
    expect(reasonText('arithmetic', 'think')).toBe('multi-step arithmetic');
    expect(reasonText('code', 'think')).toBe('writing code');
    expect(reasonText('short-factual', 'quick')).toBe('short factual question');
    expect(reasonText('code', 'quick')).toBe('despite writing code');
  });
});

describe('weights', () => {
  it('cover every named feature and the whole hashed space', () => {
    for (const feature of NAMED_FEATURES)
      expect(DETECTOR_WEIGHTS.named).toHaveProperty([feature.id]);
    const bytes = atob(DETECTOR_WEIGHTS.hashedInt8Base64).length;
    expect(bytes).toBe(1 << DETECTOR_WEIGHTS.config.hashBits);
  });

  it('hold an interaction layer over exactly the named features', () => {
    const { features, hidden, int8Base64, hiddenBias, out } = DETECTOR_WEIGHTS.interactions;
    expect(features).toEqual(NAMED_FEATURES.map((feature) => feature.id));
    expect(atob(int8Base64).length).toBe(hidden * features.length);
    expect(hiddenBias).toHaveLength(hidden);
    expect(out).toHaveLength(hidden);
  });
});
