const COMBINING_MARKS = /\p{M}+/gu;

const SYMBOL_MAP: Readonly<Record<string, string>> = {
  '×': '*',
  '·': '*',
  '⋅': '*',
  '÷': '/',
  '−': '-',
  '–': '-',
  '—': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  ß: 'ss',
};
const SYMBOL_RE = new RegExp(`[${Object.keys(SYMBOL_MAP).join('')}]`, 'g');

/**
 * Lower-cases and folds accents (NFKD minus combining marks) so "Größe", "grösse" and "grosse"
 * (and "¿cuántos" / "cuantos") meet the same lexicon entries and n-grams. Superscripts such as
 * "x²" become "x2" under NFKD, so math symbols are detected on the raw text instead.
 */
export function foldText(text: string): string {
  return text
    .replace(SYMBOL_RE, (ch) => SYMBOL_MAP[ch] ?? ch)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
