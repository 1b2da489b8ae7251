import type { LabeledRow } from '../data';
import { createRng, pick, shuffleInPlace, type Rng } from '../rng';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { JA } from './ja';
import { PT } from './pt';
import { RU } from './ru';
import {
  ENGLISH_THINK_KINDS,
  THINK_KINDS,
  type LanguageTemplates,
  type TemplateKind,
  type Wordings,
} from './types';
import { ZH } from './zh';

export const TEMPLATE_LANGUAGES: readonly LanguageTemplates[] = [
  EN,
  DE,
  ES,
  FR,
  IT,
  PT,
  RU,
  ZH,
  JA,
];

export type TemplateSplit = 'train' | 'dev' | 'test';

/** Which of the six wordings belong to a split (see types.ts). */
const WORDINGS: Readonly<Record<TemplateSplit, readonly number[]>> = {
  train: [0, 1, 2],
  dev: [3],
  test: [4, 5],
};
const SEEDS: Readonly<Record<TemplateSplit, number>> = { train: 101, dev: 202, test: 303 };

const THINK = new Set<TemplateKind>([...THINK_KINDS, ...ENGLISH_THINK_KINDS]);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CJK_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const int = (rng: Rng, min: number, max: number): number =>
  min + Math.floor(rng() * (max - min + 1));

function englishDate(rng: Rng): string {
  const month = int(rng, 1, 12);
  const day = int(rng, 1, 28);
  const year = int(rng, 2019, 2027);
  const name = MONTHS[month - 1] ?? 'May';
  const two = (n: number): string => String(n).padStart(2, '0');
  return pick(rng, [
    `${name} ${day}, ${year}`,
    `${day} ${name} ${year}`,
    `${year}-${two(month)}-${two(day)}`,
    `${name} ${day}`,
  ]);
}

/** 0 < n < 100000 in Chinese / Japanese numerals: 十二, 三百零五 is left as 三百〇五 (rare). */
export function cjkNumeral(n: number): string {
  if (n === 0) return '〇';
  const units: [number, string][] = [
    [10000, '万'],
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let rest = n;
  let out = '';
  for (const [value, sign] of units) {
    const digit = Math.floor(rest / value);
    if (digit > 0)
      out += (digit === 1 && value === 10 && out === '' ? '' : CJK_DIGITS[digit]) + sign;
    rest %= value;
  }
  return out + (rest > 0 ? (CJK_DIGITS[rest] ?? '') : '');
}

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

/** Writes some numbers the way Chinese and Japanese users do: numerals before a counter, full-width digits. */
function cjkNumbers(rng: Rng, text: string): string {
  const style = rng();
  if (style < 0.4) return text;
  if (style < 0.7) {
    return text.replace(/\d+/g, (digits) =>
      [...digits].map((d) => String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH_OFFSET)).join(''),
    );
  }
  // Numerals only where a counter or unit follows (三本, 十二个), not inside expressions.
  return text.replace(
    /(?<![\d.x+\-*/=×÷−（(])\d{1,4}(?=[\p{Script=Han}\p{Script=Katakana}])/gu,
    (d) => cjkNumeral(Number(d)),
  );
}

function fill(rng: Rng, t: LanguageTemplates, wording: string): string {
  const names = shuffleInPlace(rng, [...t.names]);
  const slots: Record<string, () => string> = {
    N: () => names[0] ?? '',
    M: () => names[1] ?? '',
    P: () => names[2] ?? '',
    a: () => String(int(rng, 2, 9)),
    b: () => String(int(rng, 10, 60)),
    c: () => String(int(rng, 2, 9)),
    X: () => pick(rng, t.countries),
    T: () => pick(rng, t.topics),
    W: () => pick(rng, t.words),
    S: () => pick(rng, t.passages),
    D: () => englishDate(rng),
    D2: () => englishDate(rng),
    WD: () => pick(rng, WEEKDAYS),
    h: () => String(int(rng, 7, 20)),
    mm: () => String(5 * int(rng, 0, 11)).padStart(2, '0'),
    d3: () => String(int(rng, 200, 989)),
    d4: () => String(int(rng, 1000, 9899)),
  };
  const values = new Map<string, string>();
  let text = wording.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const make = slots[slot];
    if (!make) throw new Error(`Unknown template slot {${slot}} in "${wording}"`);
    const value = values.get(slot) ?? make();
    values.set(slot, value);
    return value;
  });
  text = text.replace(/\[\[([^\]]+)\]\]/g, (_, list: string) => {
    const items = shuffleInPlace(rng, list.split('|'));
    return items.slice(0, int(rng, 3, items.length)).join(t.comma);
  });
  return t.cjkNumbers === true ? cjkNumbers(rng, text) : text;
}

/**
 * Prompts from the own templates of one split: `perWording` fillings of each wording of that split,
 * in every language, duplicates removed. Deterministic.
 */
export function templatePrompts(split: TemplateSplit, perWording: number): LabeledRow[] {
  const rng = createRng(SEEDS[split]);
  const rows: LabeledRow[] = [];
  const seen = new Set<string>();
  for (const t of TEMPLATE_LANGUAGES) {
    for (const [kind, wordings] of Object.entries(t.kinds) as [TemplateKind, Wordings][]) {
      for (const w of WORDINGS[split]) {
        const wording = wordings[w];
        if (wording === undefined) continue;
        for (let i = 0; i < perWording; i++) {
          const prompt = fill(rng, t, wording);
          if (seen.has(prompt)) continue;
          seen.add(prompt);
          rows.push({
            id: `tpl-${split}-${t.lang}-${kind}-${w}-${i}`,
            prompt,
            label: THINK.has(kind) ? 'think' : 'quick',
            lang: t.lang,
            source: `templates/${kind}`,
          });
        }
      }
    }
  }
  return rows;
}
