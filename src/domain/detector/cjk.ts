/** Chinese and Japanese characters, as the inside of a Unicode-mode character class. */
export const CJK_CHARS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;

const CJK = new RegExp(`[${CJK_CHARS}]`, 'u');
/**
 * None of these scripts has a character below U+2E80 (CJK Radicals), and astral ones are
 * surrogate pairs (U+D800 and up). This plain range is a first look many times cheaper than the
 * script classes on a long Latin prompt, which then skips the CJK passes.
 */
const FROM_CJK_RADICALS_UP = /[\u2e80-\uffff]/;

/** Whether `text` holds a Chinese or Japanese character (Han, Hiragana or Katakana). */
export function hasCjk(text: string): boolean {
  return FROM_CJK_RADICALS_UP.test(text) && CJK.test(text);
}
