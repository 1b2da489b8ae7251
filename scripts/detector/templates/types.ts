/*
 * Own multilingual prompt templates (written for this project, no data set behind them).
 *
 * Every kind lists six wordings: indices 0–2 are TRAIN wordings, 3 is the DEV wording and 4–5 are
 * the TEST wordings. A wording belongs to exactly one split, so the frozen test split
 * (data/detector/test.jsonl) is built from sentences the detector never trained or was tuned on;
 * only the slot vocabulary (names, countries, topics) is shared.
 *
 * Slots: {N} {M} {P} three different names, {a} {c} small numbers (2–9), {b} a larger number
 * (10–60), {X} a country, {T} a topic, {W} a word to translate or define, {S} a short passage,
 * [[x|y|z|…]] a shuffled subset of the items (at least three), joined by the language's comma.
 * English only: {D} {D2} dates, {WD} a weekday, {h}:{mm} a clock time, {d3} {d4} digit strings.
 */
export const THINK_KINDS = ['word-problem', 'arithmetic', 'logic', 'code', 'proof'] as const;
export const QUICK_KINDS = [
  'fact',
  'yes-no-lookup',
  'chat',
  'translate-define',
  'creative-summary',
] as const;
/** English kinds from issue 22: reasoning with dates and times, counting items in a list. */
export const ENGLISH_THINK_KINDS = ['date-arithmetic', 'list-counting'] as const;
/** English quick prompts that merely mention dates, versions and phone numbers. */
export const ENGLISH_QUICK_KINDS = ['dates-mentioned'] as const;

export type TemplateKind =
  | (typeof THINK_KINDS)[number]
  | (typeof QUICK_KINDS)[number]
  | (typeof ENGLISH_THINK_KINDS)[number]
  | (typeof ENGLISH_QUICK_KINDS)[number];

/** Six wordings: [train, train, train, dev, test, test]. */
export type Wordings = readonly [string, string, string, string, string, string];

export interface LanguageTemplates {
  lang: string;
  names: readonly string[];
  countries: readonly string[];
  topics: readonly string[];
  words: readonly string[];
  passages: readonly string[];
  /** Separator for [[…]] lists. */
  comma: string;
  /** Numbers may be written in CJK numerals or full-width digits. */
  cjkNumbers?: boolean;
  kinds: Partial<Record<TemplateKind, Wordings>>;
}
