import { describe, expect, it } from 'vitest';
import { compareDraftAndFinal, finalNumber } from './refine-outcome';

describe('compareDraftAndFinal', () => {
  it('confirms equal text, whatever the case, markup and punctuation', () => {
    expect(compareDraftAndFinal('Paris.', '**Paris**')).toBe('confirmed');
    expect(compareDraftAndFinal('The capital is Paris', 'the capital is paris!')).toBe('confirmed');
  });

  it('confirms the same final number in other words', () => {
    expect(
      compareDraftAndFinal('It costs $60.', 'Three shirts at $20 each cost $60 in total.'),
    ).toBe('confirmed');
    expect(compareDraftAndFinal('The answer is 1,250.', 'So we get 1250 apples.')).toBe(
      'confirmed',
    );
  });

  it('reports a changed answer when the final numbers differ', () => {
    expect(compareDraftAndFinal('The train catches up at 5 pm.', 'It catches up at 6 pm.')).toBe(
      'changed',
    );
    expect(compareDraftAndFinal('x = 3', 'x = -3')).toBe('changed');
  });

  it('reads German numbers and wording', () => {
    expect(compareDraftAndFinal('Das Ergebnis ist 3,5.', 'Insgesamt sind es 3.5 Liter.')).toBe(
      'confirmed',
    );
    expect(compareDraftAndFinal('Es sind 1.234,5 Euro.', 'Die Summe beträgt 1234,5 €.')).toBe(
      'confirmed',
    );
    expect(compareDraftAndFinal('Die Antwort ist 12.', 'Die richtige Antwort ist 14.')).toBe(
      'changed',
    );
    expect(
      compareDraftAndFinal('Goethe schrieb Faust.', 'Faust wurde von Schiller geschrieben.'),
    ).toBe('changed');
  });

  it('confirms a lightly reworded answer and flags a different one', () => {
    expect(
      compareDraftAndFinal(
        'Faust was written by Johann Wolfgang von Goethe.',
        'Faust was written by Johann Wolfgang von Goethe, the German poet.',
      ),
    ).toBe('confirmed');
    expect(
      compareDraftAndFinal('Yes, all cats are mammals.', 'No: the premises do not say that.'),
    ).toBe('changed');
  });
});

describe('finalNumber', () => {
  it('takes the last number of the text', () => {
    expect(finalNumber('From 3 apples and 4 pears we get 7')).toBe(7);
    expect(finalNumber('no numbers here')).toBeNull();
  });
});
