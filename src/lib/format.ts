const MB = 1_000_000;
const GB = 1_000_000_000;

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, fractionDigits: number, unit?: 'megabyte' | 'gigabyte') {
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
 * A number with a fixed count of decimals in the locale's notation: "6.1" in English, "6,1" in
 * German. No grouping, so "1234.5" stays one token for readers and for tests.
 */
export function formatDecimal(value: number, locale = 'en', fractionDigits = 1): string {
  return numberFormat(locale, fractionDigits).format(value);
}

/** A size in MB below a gigabyte, else in GB with one decimal, with the locale's unit ("Go"). */
export function formatBytes(bytes: number, locale = 'en'): string {
  if (bytes >= GB) return numberFormat(locale, 1, 'gigabyte').format(bytes / GB);
  return numberFormat(locale, 0, 'megabyte').format(bytes / MB);
}
