const MB = 1_000_000;
const GB = 1_000_000_000;

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number with a fixed count of decimals in the locale's notation: "6.1" in English, "6,1" in
 * German. No grouping, so "1234.5" stays one token for readers and for tests.
 */
export function formatDecimal(value: number, locale = 'en', fractionDigits = 1): string {
  const key = `${locale}:${fractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      useGrouping: false,
    });
    formats.set(key, format);
  }
  return format.format(value);
}

export function formatBytes(bytes: number, locale = 'en'): string {
  if (bytes >= GB) return `${formatDecimal(bytes / GB, locale)} GB`;
  return `${formatDecimal(bytes / MB, locale, 0)} MB`;
}
