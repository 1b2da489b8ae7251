import { describe, expect, it } from 'vitest';
import { hasCjk } from './cjk';
import { forEachLetterRun, letterRuns } from './letter-runs';

/** Texts where a hand-written scan could part from the Unicode-aware expressions it replaces. */
const TRICKY = [
  'Größe: 3×4 = 12, naïve café',
  'Сколько будет 17 * 24? Ёлка',
  '买了3个苹果，又买了两本书吗？',
  'ひらがな と カタカナ、漢字 ４２',
  '𠀀𠀁 astral Han, 𝒜𝒷 math letters, emoji 😀 between',
  'lone \ud800 surrogate \udc00 halves',
  'x² + √2 ≈ 3 (a[i] {b}) #tag $5 €3 £2 _under_score; a:b',
  '',
  '   ',
];

describe('letterRuns', () => {
  it('finds what [\\p{L}\\p{N}]+ finds', () => {
    for (const text of TRICKY)
      expect(letterRuns(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
  });

  it('adds the given symbols as tokens of their own, as an alternation would', () => {
    const symbols = new Set('?%$€£=+*/^<>#{}()[];:_');
    const pattern = /[\p{L}\p{N}]+|[?%$€£=+*/^<>#{}()[\];:_]/gu;
    for (const text of TRICKY) expect(letterRuns(text, symbols)).toEqual(text.match(pattern) ?? []);
  });

  it('reports where each run starts', () => {
    const starts: number[] = [];
    forEachLetterRun('ab 𠀀c d', (_, index) => starts.push(index));
    expect(starts).toEqual([0, 3, 7]);
  });
});

describe('hasCjk', () => {
  it('agrees with the script classes', () => {
    const scripts = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
    for (const text of [...TRICKY, 'ー', '〆', 'ｶﾀｶﾅ', 'Ⓐ', '①']) {
      expect(hasCjk(text), text).toBe(scripts.test(text));
    }
  });
});
