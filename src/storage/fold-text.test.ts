import { describe, expect, it } from 'vitest';
import { foldText, MAX_WORD_LENGTH, wordsOf } from './fold-text';
import { makeSnippet } from './snippet';

describe('foldText and wordsOf', () => {
  it('folds case and accents', () => {
    expect(foldText('Größe Crème BRÛLÉE Łódź')).toBe('grosse creme brulee lodz');
  });

  it('lists each word once, in order', () => {
    expect(wordsOf('The cat and THE Cät.')).toEqual(['the', 'cat', 'and']);
  });

  it('splits Chinese and Japanese into characters', () => {
    expect(wordsOf('东京tower')).toEqual(['东', '京', 'tower']);
  });

  it('cuts very long words', () => {
    expect(wordsOf('a'.repeat(100))).toEqual(['a'.repeat(MAX_WORD_LENGTH)]);
  });
});

describe('makeSnippet', () => {
  it('highlights the match in the original text, accents kept', () => {
    const snippet = makeSnippet('La photosynthèse produit de l’oxygène.', 'PHOTOSYNTHESE');
    expect(snippet).not.toBeNull();
    const { text, highlight } = snippet ?? { text: '', highlight: { start: 0, end: 0 } };
    expect(text.slice(highlight.start, highlight.end)).toBe('photosynthèse');
  });

  it('trims long text around the match with ellipses', () => {
    const text = `${'lorem ipsum '.repeat(20)}needle ${'dolor sit '.repeat(30)}`;
    const snippet = makeSnippet(text, 'needle');
    expect(snippet?.text.startsWith('…')).toBe(true);
    expect(snippet?.text.endsWith('…')).toBe(true);
    expect(snippet?.text.length).toBeLessThan(140);
    expect(snippet?.text.slice(snippet.highlight.start, snippet.highlight.end)).toBe('needle');
  });

  it('returns null when no query word occurs', () => {
    expect(makeSnippet('nothing here', 'absent')).toBeNull();
  });
});
