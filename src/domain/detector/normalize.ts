import { CJK_CHARS, hasCjk } from './cjk';

const COMBINING_MARKS = /\p{M}+/gu;
/** No combining mark is below U+0300; a cheap first look before the Unicode class (see cjk.ts). */
const FROM_COMBINING_MARKS_UP = /[\u0300-\uffff]/;
/**
 * What `/\s+/g → ' '` changes: runs of two or more and single spaces other than ' ' (replacing
 * each single ' ' by itself cost a match per word).
 */
const SPACES_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

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
  // CJK punctuation that NFKD leaves alone (full-width ？！（）：，０-９ fold to ASCII by NFKD).
  '。': '.',
  '、': ',',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '《': '"',
  '》': '"',
  '【': '(',
  '】': ')',
  '〜': '-',
  '～': '-',
};
const SYMBOL_RE = new RegExp(`[${Object.keys(SYMBOL_MAP).join('')}]`, 'g');

/** A boundary between a CJK character and a digit or Latin letter: "买了3个" → "买了 3 个". */
const CJK_BOUNDARY = new RegExp(
  String.raw`(?<=[${CJK_CHARS}])(?=[\p{N}a-z])|(?<=[\p{N}a-z])(?=[${CJK_CHARS}])`,
  'gu',
);

const CJK_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CJK_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  百: 100,
  千: 1000,
  万: 10000,
  萬: 10000,
};
/**
 * Counters and units after which a CJK numeral is a quantity (三本, 十二个, 五公里, 三百円). "一"
 * alone is left as it is: "一个函数", "一首诗" mean "a function", "a poem".
 */
const CJK_NUMERAL = new RegExp(
  '[〇零一二两兩三四五六七八九十百千万萬]+(?=[个個只本支张張件名位元块塊岁歳天年月日次辆輛条條匹头頭枚冊册台円人页頁盒箱颗顆粒斤公米克升倍周週回杯把间間座首篇分秒時小钟鐘キロペ])',
  'gu',
);

/** Value of a CJK numeral such as 三百零五 or 十二; NaN when it is not one. */
export function cjkNumeralValue(numeral: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of numeral) {
    const d = CJK_DIGITS[ch];
    const unit = CJK_UNITS[ch];
    if (d !== undefined) digit = d;
    else if (unit === 10000) {
      total += (section + Math.max(digit, 0)) * unit;
      section = 0;
      digit = -1;
    } else if (unit !== undefined) {
      section += (digit === -1 ? 1 : digit) * unit;
      digit = -1;
    } else return Number.NaN;
  }
  return total + section + Math.max(digit, 0);
}

function cjkNumeralsToDigits(text: string): string {
  return text.replace(CJK_NUMERAL, (numeral) => {
    const value = cjkNumeralValue(numeral);
    return Number.isNaN(value) || value < 2 ? numeral : String(value);
  });
}

/**
 * Lower-cases and folds accents (NFKD minus combining marks) so "Größe", "grösse" and "grosse"
 * (and "¿cuántos" / "cuantos") meet the same lexicon entries and n-grams. Superscripts such as
 * "x²" become "x2" under NFKD, so math symbols are detected on the raw text instead. Full-width
 * digits and punctuation fold to ASCII, CJK numerals before a counter become digits, and digits and
 * Latin words are set apart from CJK characters, so "買了３本" and "买了三本" count a number.
 */
export function foldText(text: string): string {
  const symbols = text.replace(SYMBOL_RE, (ch) => SYMBOL_MAP[ch] ?? ch);
  // The CJK passes look around every character; most prompts have no CJK and skip them.
  const cjk = hasCjk(symbols);
  const decomposed = (cjk ? cjkNumeralsToDigits(symbols) : symbols).normalize('NFKD');
  const folded = (
    FROM_COMBINING_MARKS_UP.test(decomposed) ? decomposed.replace(COMBINING_MARKS, '') : decomposed
  ).toLowerCase();
  return (cjk ? folded.replace(CJK_BOUNDARY, ' ') : folded).replace(SPACES_TO_COLLAPSE, ' ').trim();
}
