import { describe, expect, it } from 'vitest';
import { formatBytes, formatDecimal } from './format';

describe('number formatting', () => {
  it('writes decimals in the locale’s notation', () => {
    expect(formatDecimal(6.06)).toBe('6.1');
    expect(formatDecimal(6.06, 'de')).toBe('6,1');
    expect(formatDecimal(1234.56, 'en')).toBe('1234.6');
    expect(formatDecimal(1234.56, 'de')).toBe('1234,6');
    expect(formatDecimal(0.3, 'en', 2)).toBe('0.30');
  });

  it('writes sizes in MB below a gigabyte and in GB with one decimal above', () => {
    expect(formatBytes(17_200_000)).toBe('17 MB');
    expect(formatBytes(639_000_000)).toBe('639 MB');
    expect(formatBytes(1_230_000_000)).toBe('1.2 GB');
    // Intl keeps number and unit together with a no-break space where the locale wants one.
    expect(formatBytes(1_230_000_000, 'de')).toBe('1,2\u00a0GB');
  });

  it('writes sizes with each locale’s unit and separator', () => {
    expect(formatBytes(1_230_000_000, 'fr')).toBe('1,2\u202fGo');
    expect(formatBytes(639_000_000, 'fr')).toBe('639\u202fMo');
    expect(formatBytes(1_230_000_000, 'es')).toBe('1,2 GB');
    expect(formatBytes(1_230_000_000, 'ja')).toBe('1.2 GB');
  });
});

describe('the written-out notations', () => {
  const languages = ['en', 'de', 'es', 'fr', 'zh', 'ja'];
  const values = [
    0,
    -0,
    0.04,
    0.05,
    0.45,
    1,
    1.45,
    1.5,
    2.5,
    6.06,
    9.95,
    9.96,
    99.95,
    0.3,
    12.345,
    639,
    999.5,
    1234.56,
    12_345.678,
    1e20,
    1e21,
    Number.NaN,
    -1.25,
    -0.4,
    17.2,
    397.49,
    1_230_000_000 / 1e9,
  ];

  it.each(languages)('write decimals exactly as Intl does in %s', (language) => {
    for (const digits of [0, 1, 2]) {
      const intl = new Intl.NumberFormat(language, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        useGrouping: false,
      });
      for (const value of values) {
        expect(formatDecimal(value, language, digits), `${value}, ${digits} digits`).toBe(
          intl.format(value),
        );
      }
    }
  });

  it.each(languages)('write sizes exactly as Intl does in %s', (language) => {
    const unitFormat = (unit: string, digits: number) =>
      new Intl.NumberFormat(language, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        useGrouping: false,
        style: 'unit',
        unit,
      });
    for (const bytes of [0, 499_999, 500_000, 17_200_000, 639_500_000, 999_999_999]) {
      expect(formatBytes(bytes, language)).toBe(unitFormat('megabyte', 0).format(bytes / 1e6));
    }
    for (const bytes of [1e9, 1_049_999_999, 1_050_000_000, 1_230_000_000, 16e9, 123.45e9]) {
      expect(formatBytes(bytes, language)).toBe(unitFormat('gigabyte', 1).format(bytes / 1e9));
    }
  });

  it('leaves any other locale to Intl', () => {
    expect(formatDecimal(1234.5, 'es-MX')).toBe('1234.5');
    expect(formatBytes(1_230_000_000, 'ar-EG')).toBe(
      new Intl.NumberFormat('ar-EG', {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        useGrouping: false,
        style: 'unit',
        unit: 'gigabyte',
      }).format(1.23),
    );
  });
});
