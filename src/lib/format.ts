const MB = 1_000_000;
const GB = 1_000_000_000;

type SizeUnit = 'megabyte' | 'gigabyte';

interface Notation {
  decimal: string;
  /** What follows the number, with the space the locale wants (a no-break one in places). */
  units: Record<SizeUnit, string>;
}

const MB_GB = { megabyte: ' MB', gigabyte: ' GB' };

/**
 * What Intl.NumberFormat writes for the app's six UI languages (format.test.ts checks every one
 * against Intl). Written out because the first Intl.NumberFormat in a page costs 20–35 ms of ICU
 * set-up on the main thread, and the model picker formats sizes in the first render: a long task
 * in the middle of start-up (bench/README.md, Lighthouse). Any other locale goes to Intl.
 */
const NOTATIONS: Readonly<Record<string, Notation>> = {
  en: { decimal: '.', units: MB_GB },
  de: { decimal: ',', units: { megabyte: ' MB', gigabyte: '\u00a0GB' } },
  es: { decimal: ',', units: MB_GB },
  fr: { decimal: ',', units: { megabyte: '\u202fMo', gigabyte: '\u202fGo' } },
  zh: { decimal: '.', units: MB_GB },
  ja: { decimal: '.', units: MB_GB },
};

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, fractionDigits: number, unit?: SizeUnit) {
  const key = `${locale}:${fractionDigits}:${unit ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      useGrouping: false,
      ...(unit ? { style: 'unit', unit } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * `value` rounded to `fractionDigits` as Intl rounds: half away from zero on the number's shortest
 * decimal form (so 1.45 gives "1.5", where `toFixed` gives "1.4"). Digits and "." only.
 */
function roundedDigits(value: number, fractionDigits: number): string {
  const shortest = Math.abs(value).toString();
  const [whole = '0', fraction = ''] = shortest.split('.');
  const kept = `${whole}${fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0')}`;
  const roundsUp = (fraction[fractionDigits] ?? '0') >= '5';
  const digits = roundsUp ? (BigInt(kept) + 1n).toString().padStart(kept.length, '0') : kept;
  if (fractionDigits === 0) return digits;
  const point = digits.length - fractionDigits;
  return `${digits.slice(0, point) || '0'}.${digits.slice(point)}`;
}

/** The locale's written-out notation, where it has one and the number is written without exponent. */
function notationFor(locale: string, value: number): Notation | undefined {
  const plain = Number.isFinite(value) && Math.abs(value) < 1e21;
  return plain ? NOTATIONS[locale] : undefined;
}

function written(value: number, notation: Notation, fractionDigits: number): string {
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return sign + roundedDigits(value, fractionDigits).replace('.', notation.decimal);
}

/**
 * A number with a fixed count of decimals in the locale's notation: "6.1" in English, "6,1" in
 * German. No grouping, so "1234.5" stays one token for readers and for tests.
 */
export function formatDecimal(value: number, locale = 'en', fractionDigits = 1): string {
  const notation = notationFor(locale, value);
  if (!notation) return numberFormat(locale, fractionDigits).format(value);
  return written(value, notation, fractionDigits);
}

/** A size in MB below a gigabyte, else in GB with one decimal, with the locale's unit ("Go"). */
export function formatBytes(bytes: number, locale = 'en'): string {
  const [value, fractionDigits, unit]: [number, number, SizeUnit] =
    bytes >= GB ? [bytes / GB, 1, 'gigabyte'] : [bytes / MB, 0, 'megabyte'];
  const notation = notationFor(locale, value);
  if (!notation) return numberFormat(locale, fractionDigits, unit).format(value);
  return `${written(value, notation, fractionDigits)}${notation.units[unit]}`;
}
