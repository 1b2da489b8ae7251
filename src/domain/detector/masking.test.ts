import { describe, expect, it } from 'vitest';
import { maskNonQuantities } from './masking';
import { foldText } from './normalize';
import { countNumbers, structureSignals } from './structure';

function signals(prompt: string): ReturnType<typeof structureSignals> {
  const masked = maskNonQuantities(prompt);
  return structureSignals(masked, foldText(masked));
}

describe('maskNonQuantities', () => {
  it.each([
    ['My phone number is +49 30 1234567, please remember it', 'PHONE'],
    ['Ruf mich an: (030) 123 4567', 'PHONE'],
    ['Call 555-123-4567 after six', 'PHONE'],
    ['https://example.com/search?q=1', 'LINK'],
    ['see www.example.org/a?b=2&c=3', 'LINK'],
    ['write to anna.meier@example.de', 'EMAIL'],
    ['born on 12/25/1990 in Paris', 'DATE'],
    ['am 3. März 2024', 'DATE'],
    ['on March 3rd, 2024', 'DATE'],
    ['release 2024-05-14', 'DATE'],
    ['we meet at 10:30', 'TIME'],
    ['upgrade to 3.12.1', 'VERSION'],
    ['Python 3.12 is out', 'VERSION'],
    ['ticket #48213', 'IDENT'],
    ['order number 4411-2093', 'IDENT'],
    ['Kundennummer 88412', 'IDENT'],
    ['error INC-20391', 'IDENT'],
  ])('masks %j as %s', (prompt, placeholder) => {
    const masked = maskNonQuantities(prompt);
    expect(masked).toContain(placeholder);
    expect(countNumbers(foldText(masked)).numbers).toBe(0);
  });

  it.each([
    'What is 17 × 24 − 13?',
    'A train leaves at 3 pm and travels 120 km at 80 km/h.',
    'Die Stadt hat 1.200.000 Einwohner und wächst um 2 % pro Jahr.',
    'If I order 3 pizzas at $12 each, what do I pay?',
    'Solve 3x + 5 = 20.',
    'Take 5 steps forward and go 2 steps left.',
  ])('leaves the quantities in %j alone', (prompt) => {
    expect(maskNonQuantities(prompt)).toBe(prompt);
  });

  it('keeps a URL query from reading as an equation and a phone number from reading as numbers', () => {
    expect(signals('Open https://example.com/search?q=1 please').equation).toBe(false);
    expect(signals('My phone number is +49 30 1234567').numbers).toBe(0);
    expect(signals('My phone number is +49 30 1234567').operatorChain).toBe(0);
    expect(signals('Solve 3x + 5 = 20.').equation).toBe(true);
  });
});
