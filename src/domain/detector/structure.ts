/*
 * Language-neutral structural signals: numbers, operators, equations, units, code syntax.
 * They read the same in every language, which is why they carry most of the weight on
 * non-English prompts. Counts are capped so that they do not turn into a length measure.
 */

export interface StructureSignals {
  /** Numbers that are not years ("17", "3.5", "1,200"). */
  numbers: number;
  years: number;
  decimalOrFraction: boolean;
  percent: boolean;
  currency: boolean;
  unit: boolean;
  /** Longest chain of binary operators between numbers: 0, 1 ("17 * 24") or 2+ ("17 * 24 - 13"). */
  operatorChain: number;
  equation: boolean;
  mathSymbol: boolean;
  codeBlock: boolean;
  /** How many distinct kinds of code syntax appear (calls, brackets, `==`, `def f(`, ...). */
  codeSyntax: number;
  codeIdentifier: boolean;
  codeLanguage: boolean;
  questionMarks: number;
  endsWithQuestion: boolean;
  multiline: boolean;
  quote: boolean;
}

const NUMBER = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*/gu;
const YEAR = /^(?:1[0-9]|20)\d\d$/;
const DATE_OR_RANGE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{4}\s*-\s*\d{2,4}\b/g;
const EXPRESSION = /\(?\s*\d[\d.,]*\s*\)?(?:\s*[-+*/^]\s*\(?\s*\d[\d.,]*\s*\)?)+/g;
/** The part every EXPRESSION holds, starting at a digit: a cheap first look on long prompts. */
const OPERATOR_BETWEEN_NUMBERS = /\d[\d.,]*\s*\)?\s*[-+*/^]\s*\(?\s*\d/;
const OPERATOR = /(?<=[\d)\s])[-+*/^](?=[\s(]*\d)/g;
// Operators written out or spelled as words, in the lexicon's languages: "3 x 4", "15 : 3" (German
// school notation), "23 mal 47", "100 minus 7", "12 divided by 4", "37 fois 24".
const SPELLED_OPERATORS: readonly [RegExp, string][] = [
  [
    /(\d)\s+(?:x|times|multiplied by|mal|multipliziert mit|fois|multiplie par|por|vezes|keer)\s+(?=\d)/g,
    '$1*',
  ],
  [
    /(\d)\s+(?::|divided by|geteilt durch|durch|divise par|dividido (?:por|entre)|diviso per|gedeeld door)\s+(?=\d)/g,
    '$1/',
  ],
  [/(\d)\s+(?:plus|mas|piu|mais)\s+(?=\d)/g, '$1+'],
  [/(\d)\s+(?:minus|moins|menos|meno)\s+(?=\d)/g, '$1-'],
  // "45 % of 920" multiplies; Chinese and Japanese put the base first ("920 的 45 %", "920 の 45 %").
  [/(\d)\s*%\s*(?:of|de|des|del|da|do|di|von|vom|от)\s+(?=\d)/gu, '$1*'],
  [/(\d)\s*(?:的|の)\s*(?=\d+\s*%)/gu, '$1*'],
  // Russian, Chinese, Japanese (folded: CJK words stand apart from digits).
  [/(\d)\s+(?:умножить на|умножь на|乘以|乘|掛ける|かける)\s+(?=\d)/gu, '$1*'],
  [/(\d)\s+(?:разделить на|подели на|除以|割る|わる)\s+(?=\d)/gu, '$1/'],
  [/(\d)\s+(?:плюс|加上|加|足す|たす)\s+(?=\d)/gu, '$1+'],
  [/(\d)\s+(?:минус|减去|减|引く|ひく)\s+(?=\d)/gu, '$1-'],
];
const DECIMAL_OR_FRACTION = /\d[.,]\d|(?<![\d/])\d+\/\d+(?![\d/])/;
const PERCENT =
  /\d\s*%|\d\s*(?:percent|per cent|prozent|pour ?cent|por ?ciento|per ?cento|por ?cento|procent)\b/;
const CURRENCY =
  /[$€£¥₹₽]\s*\d|\d\s*(?:[$€£¥₹₽]|(?:usd|eur|euros?|dollars?|cents?|yen|rupees?|franken|francs?|pesos?|reais)\b)/;
/** Units and currencies of Russian, Chinese and Japanese prompts (no \b: CJK is not \w). */
const NON_LATIN_UNIT =
  /\d\s*(?:км|кг|см|мм|час|минут|секунд|метр|литр|грамм|дн|недел|месяц|рубл|руб|евро|доллар|公里|千米|厘米|米|公斤|千克|克|升|小时|分钟|秒|天|周|个月|元|块|美元|欧元|キロ|メートル|センチ|グラム|リットル|時間|分|秒|日|週間|か月|ヶ月|円|ドル|ユーロ)/u;
const UNIT = new RegExp(
  String.raw`\d\s*(?:km/h|mph|kmh|km|cm|mm|m|kg|g|mg|lbs?|oz|l|ml|h|hrs?|mins?|s|secs?|°[cf]?|` +
    String.raw`hours?|minutes?|seconds?|days?|weeks?|months?|miles?|feet|foot|ft|inch(?:es)?|degrees?|grad|` +
    String.raw`meters?|metres?|kilometers?|kilometres?|liters?|litres?|gallons?|pounds?|ounces?|` +
    String.raw`grams?|kilograms?|stunden?|minuten?|sekunden?|tagen?|wochen?|monaten?|meilen|` +
    String.raw`metern?|kilometern?|litern?|gramm|heures?|jours?|semaines?|mois|metros?|horas?|` +
    String.raw`dias?|semanas?|meses|ore|giorni|settimane|mesi|uur|dagen|weken|maanden)\b`,
);
const EQUATION = [
  /\b\d*[a-z](?:\^\d+|[²³])?\s*(?:[-+*/]\s*-?\d+\s*=|=\s*-?\d)/,
  /\d\s*[-+*/]\s*\d*[xyz]\b/,
  /\b[a-z]\s*=\s*-?[\d(]/,
  /\b[fg]\(\s*[a-z\d]\s*\)/,
  /\b[a-z]\^-?\d/,
];
const MATH_SYMBOL = /[√∑∏∫π≤≥≠≈∞²³∈∀∃⊂∪∩^]|\\(?:frac|sqrt)|\b(?:sqrt|log|ln|sin|cos|tan)\(/;
const CODE_BLOCK = /```|\n(?: {2,}|\t)\S/;
const CODE_SYNTAX = [
  /\b(?:def|fn|func|function)\s+\w+\s*\(/,
  /=>|->|::|\+\+|&&|\|\||!==?|===?/,
  /[;{}]\s*$/m,
  /\b(?:console\.log|System\.out|printf|#include|import\s+\w+|from\s+\w+\s+import|public\s+static|elif|lambda|std::)/,
  /\bSELECT\s+[\w*,\s]+\s+FROM\b/,
  /\w\[\w*\]/,
  /\w\.\w+\(/,
  /\w\(\)|\b[a-z_]\w*\([\w\s,'"]*\)/,
  /\[\s*-?\d+\s*(?:,\s*-?\d+\s*){2,}\]/,
];
const CODE_IDENTIFIER = /\b[a-z][a-z\d]*_[a-z\d_]+\b|\b[a-z]{2,}[A-Z][a-z]+/;
/** What any CODE_IDENTIFIER holds (an underscore or a small letter before a capital). */
const MAYBE_CODE_IDENTIFIER = /_|[a-z][A-Z]/;
const CODE_LANGUAGE_NAMES = String.raw`python|javascript|typescript|java|c\+\+|c#|golang|rust|sql|bash|regex|html|css|kotlin|swift|php|ruby|haskell|scala|numpy|pandas|node\.?js`;
const CODE_LANGUAGE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${CODE_LANGUAGE_NAMES})(?![\p{L}+#])`,
  'u',
);
/**
 * The names alone: a cheap first look, since the Unicode letter classes around them make
 * CODE_LANGUAGE try every position of a long prompt.
 */
const CODE_LANGUAGE_NAME = new RegExp(CODE_LANGUAGE_NAMES);

/** A question mark, or a Chinese 吗 / 呢 or Japanese か that closes the prompt without one. */
const QUESTION_END = /(?:[?？؟]|[吗嗎呢か][。.]?)\s*$/u;

/** Counts non-year numbers and year-like numbers (1000–2099) in folded text. */
export function countNumbers(folded: string): { numbers: number; years: number } {
  let numbers = 0;
  let years = 0;
  for (const match of folded.matchAll(NUMBER)) {
    if (YEAR.test(match[0])) years++;
    else numbers++;
  }
  return { numbers, years };
}

/** Longest operator chain between numbers ("17 * 24 - 13" → 2); dates and year ranges excluded. */
export function operatorChain(folded: string): number {
  if (!/\d/.test(folded)) return 0;
  let text = folded.replace(DATE_OR_RANGE, ' ');
  for (const [pattern, replacement] of SPELLED_OPERATORS) text = text.replace(pattern, replacement);
  if (!OPERATOR_BETWEEN_NUMBERS.test(text)) return 0;
  let longest = 0;
  for (const match of text.matchAll(EXPRESSION)) {
    const operators = match[0].match(OPERATOR)?.length ?? 0;
    if (operators > longest) longest = operators;
  }
  return longest;
}

/** Number of distinct code-syntax patterns in the raw (case-preserved) prompt. */
export function codeSyntaxKinds(raw: string): number {
  return CODE_SYNTAX.reduce((n, re) => (re.test(raw) ? n + 1 : n), 0);
}

export function structureSignals(raw: string, folded: string): StructureSignals {
  const { numbers, years } = countNumbers(folded);
  return {
    numbers,
    years,
    decimalOrFraction: DECIMAL_OR_FRACTION.test(folded),
    percent: PERCENT.test(folded),
    currency:
      CURRENCY.test(folded) ||
      /\d\s*(?:рубл|руб|евро|доллар|元|块|美元|欧元|円|ドル|ユーロ)/u.test(folded),
    unit: UNIT.test(folded) || NON_LATIN_UNIT.test(folded),
    operatorChain: operatorChain(folded),
    equation: EQUATION.some((re) => re.test(folded)),
    // "km²" and "m³" are units, not math.
    mathSymbol: MATH_SYMBOL.test(raw.replace(/\b(?:[kcdm]?m|ft|in)[²³]/g, ' ')),
    codeBlock: CODE_BLOCK.test(raw),
    codeSyntax: codeSyntaxKinds(raw),
    codeIdentifier: MAYBE_CODE_IDENTIFIER.test(raw) && CODE_IDENTIFIER.test(raw),
    codeLanguage: CODE_LANGUAGE_NAME.test(folded) && CODE_LANGUAGE.test(folded),
    questionMarks: (raw.match(/[?？؟]/g) ?? []).length,
    endsWithQuestion: QUESTION_END.test(raw),
    multiline: /\n\s*\S/.test(raw.trim()),
    quote: /["“”„«»]/.test(raw),
  };
}
