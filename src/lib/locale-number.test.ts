import { describe, expect, it } from 'vitest';
import { formatNumberInput, parseNumberInput } from './locale-number';

describe('locale numbers', () => {
  it('writes decimals the way the language does', () => {
    expect(formatNumberInput(0.7, 'de')).toBe('0,7');
    expect(formatNumberInput(0.7, 'en')).toBe('0.7');
    expect(formatNumberInput(1000, 'de')).toBe('1000');
  });

  it('reads a comma or a point as the decimal separator', () => {
    expect(parseNumberInput('0,7')).toBe(0.7);
    expect(parseNumberInput(' 0.7 ')).toBe(0.7);
    expect(parseNumberInput(',5')).toBe(0.5);
    expect(parseNumberInput('-1')).toBe(-1);
  });

  it('tells empty input from input that is not a number', () => {
    expect(parseNumberInput('  ')).toBeNull();
    expect(parseNumberInput('abc')).toBeNaN();
    expect(parseNumberInput('1,000.5')).toBeNaN();
    expect(parseNumberInput('1e3')).toBeNaN();
  });
});
