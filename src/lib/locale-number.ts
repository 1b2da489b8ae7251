const formats = new Map<string, Intl.NumberFormat>();

/** A number as a person types it in `locale`: "0,7" in German, "0.7" in English, no grouping. */
export function formatNumberInput(value: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 });
    formats.set(locale, format);
  }
  return format.format(value);
}

/**
 * Reads a typed number; a comma or a point is the decimal separator (so "0,7" and "0.7" both
 * work whatever the language). Empty text gives null; anything else that is not a number, NaN.
 */
export function parseNumberInput(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}
