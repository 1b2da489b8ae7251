import { describe, expect, it } from 'vitest';
import { foldText, MAX_WORD_LENGTH, wordsOf } from './fold-text';
import { makeSnippet, type Snippet } from './snippet';

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

const marked = (snippet: Snippet | null) =>
  snippet?.highlights.map(({ start, end }) => snippet.text.slice(start, end));

describe('makeSnippet', () => {
  it('highlights the match in the original text, accents kept', () => {
    const snippet = makeSnippet('La photosynthèse produit de l’oxygène.', 'PHOTOSYNTHESE');
    expect(snippet).not.toBeNull();
    expect(marked(snippet)).toEqual(['photosynthèse']);
  });

  it('trims long text around the match with ellipses', () => {
    const text = `${'lorem ipsum '.repeat(20)}needle ${'dolor sit '.repeat(30)}`;
    const snippet = makeSnippet(text, 'needle');
    expect(snippet?.text.startsWith('…')).toBe(true);
    expect(snippet?.text.endsWith('…')).toBe(true);
    expect(snippet?.text.length).toBeLessThan(140);
    expect(marked(snippet)).toEqual(['needle']);
  });

  it('marks every word searched for, each time it starts a word, in order', () => {
    const snippet = makeSnippet(
      'What is the capital of France? Paris is the capital.',
      'france capital',
    );
    expect(marked(snippet)).toEqual(['capital', 'France', 'capital']);
  });

  it('marks a word found only inside another word, and merges overlapping marks', () => {
    expect(marked(makeSnippet('Sunflower seeds', 'flower'))).toEqual(['flower']);
    expect(marked(makeSnippet('Photosynthesis', 'photo photosyn'))).toEqual(['Photosyn']);
  });

  it('returns null when no query word occurs', () => {
    expect(makeSnippet('nothing here', 'absent')).toBeNull();
  });
});
