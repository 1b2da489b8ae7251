const COMBINING_MARKS = /\p{M}/gu;

// Letters that NFKD does not decompose but that people type without the accent.
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  ς: 'σ',
};

const foldCache = new Map<string, string>();

/** Folds one code point: lower case, no accents. May return '' (a lone accent) or two letters. */
export function foldChar(char: string): string {
  const cached = foldCache.get(char);
  if (cached !== undefined) return cached;
  const folded =
    SPECIAL_FOLDS[char] ?? char.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  if (foldCache.size < 10_000) foldCache.set(char, folded);
  return folded;
}

/**
 * Folded text plus, for each folded UTF-16 unit, the index of the original character it came
 * from, so a match found in folded text can be cut out of the original for a snippet. Folding
 * char by char (not the whole string) keeps the index, the query and the snippet consistent.
 */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldChar(char);
    folded += piece;
    for (let i = 0; i < piece.length; i += 1) origin.push(index);
    index += char.length;
  }
  return { folded, origin };
}

export function foldText(text: string): string {
  let folded = '';
  for (const char of text) folded += foldChar(char);
  return folded;
}

/** Longer words are cut; a query word is cut the same way, so prefix matching still works. */
export const MAX_WORD_LENGTH = 32;

// Scripts written without spaces: each character is its own word, so any character sequence of a
// query can still be found by prefix lookups.
const WORD_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+/gu;

/** The folded words of a text, in order of first appearance, without repeats. */
export function wordsOf(text: string): string[] {
  const words = new Set<string>();
  for (const match of foldText(text).matchAll(WORD_RE)) {
    words.add(Array.from(match[0]).slice(0, MAX_WORD_LENGTH).join(''));
  }
  return [...words];
}
