// A small translator in place of i18next (about 14 KiB gzipped of the first paint): nested texts,
// `{{name}}` and `{{name, format}}` interpolation, plural keys (`_zero`, `_one`, `_other`, … by
// Intl.PluralRules) and one shown language that React components follow.

export interface Texts {
  readonly [key: string]: string | Texts;
}

/**
 * The texts' shape, declared by the app (module augmentation) so that keys are checked:
 * `interface TranslationResources { texts: typeof en }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TranslationResources {}

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPlural<K> : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

export type TranslationKey = TranslationResources extends { texts: infer T } ? Paths<T> : string;
export type TranslationValues = Readonly<Record<string, unknown>>;
export type TFunction = (key: TranslationKey, values?: TranslationValues) => string;
export type Formatter = (value: number, language: string) => string;

const bundles = new Map<string, Texts>();
const formatters = new Map<string, Formatter>();
const listeners = new Set<() => void>();
let shownLanguage = '';

export function addTexts(language: string, texts: Texts): void {
  bundles.set(language, texts);
}

export const hasTexts = (language: string): boolean => bundles.has(language);

/** `{{value, name}}` in a text calls `format(value, language)`. */
export function addFormatter(name: string, format: Formatter): void {
  formatters.set(name, format);
}

export const currentLanguage = (): string => shownLanguage;

/** Shows `language` (its texts must be added first); components using the texts render again. */
export function setLanguage(language: string): void {
  if (language === shownLanguage) return;
  shownLanguage = language;
  for (const listener of listeners) listener();
}

export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function lookUp(texts: Texts | undefined, key: string): string | undefined {
  let node: string | Texts | undefined = texts;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** One Intl.PluralRules per language: building one costs more than many lookups. */
function pluralCategory(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

function pluralText(texts: Texts | undefined, language: string, key: string, count: number) {
  const exact = count === 0 ? lookUp(texts, `${key}_zero`) : undefined;
  return (
    exact ??
    lookUp(texts, `${key}_${pluralCategory(language, count)}`) ??
    lookUp(texts, `${key}_other`)
  );
}

function interpolate(text: string, language: string, values: TranslationValues): string {
  return text.replace(
    /{{\s*(\w+)\s*(?:,\s*(\w+)\s*)?}}/g,
    (whole, name: string, format?: string) => {
      if (!(name in values)) return whole;
      const value = values[name];
      const formatter = format ? formatters.get(format) : undefined;
      return formatter && typeof value === 'number' ? formatter(value, language) : String(value);
    },
  );
}

/** The text of `key` in `language`, or the key itself when there is none. */
export function translate(language: string, key: string, values?: TranslationValues): string {
  const texts = bundles.get(language);
  const count = values?.count;
  const text =
    (typeof count === 'number' ? pluralText(texts, language, key, count) : undefined) ??
    lookUp(texts, key);
  if (text === undefined) return key;
  return values ? interpolate(text, language, values) : text;
}

/** A `t` bound to one language. */
export const fixedT =
  (language: string): TFunction =>
  (key, values) =>
    translate(language, key, values);
