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
