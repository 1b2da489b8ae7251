import { describe, expect, it } from 'vitest';
import { addFormatter, addTexts, onLanguageChange, setLanguage, translate } from './translate';

addTexts('xx', {
  greeting: 'Hello {{name}}',
  nested: { deep: { text: 'deep' } },
  items_zero: 'no items',
  items_one: '{{count}} item',
  items_other: '{{count}} items',
  size: 'about {{value, twice}}',
  unit_one: 'one unit',
  unit_other: '{{count}} units',
});
addTexts('ru', {
  apples_one: 'one',
  apples_few: 'few',
  apples_many: 'many',
  apples_other: 'other',
});
addFormatter('twice', (value, language) => `${value * 2} (${language})`);

describe('translate', () => {
  it('finds nested texts and fills in values', () => {
    expect(translate('xx', 'nested.deep.text')).toBe('deep');
    expect(translate('xx', 'greeting', { name: 'Ada' })).toBe('Hello Ada');
  });

  it('returns the key when a text or a language is missing', () => {
    expect(translate('xx', 'nested.nothing')).toBe('nested.nothing');
    expect(translate('xx', 'nested.deep')).toBe('nested.deep');
    expect(translate('zz', 'greeting')).toBe('greeting');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(translate('xx', 'greeting', {})).toBe('Hello {{name}}');
  });

  it('picks the plural form by count, with a text of its own for zero', () => {
    expect(translate('xx', 'items', { count: 0 })).toBe('no items');
    expect(translate('xx', 'items', { count: 1 })).toBe('1 item');
    expect(translate('xx', 'items', { count: 5 })).toBe('5 items');
    expect(translate('xx', 'unit', { count: 0 })).toBe('0 units');
  });

  it("uses the language's own plural rules", () => {
    expect(translate('ru', 'apples', { count: 1 })).toBe('one');
    expect(translate('ru', 'apples', { count: 3 })).toBe('few');
    expect(translate('ru', 'apples', { count: 5 })).toBe('many');
    expect(translate('ru', 'apples', { count: 1.5 })).toBe('other');
  });

  it('formats a value with the named formatter in the language of the text', () => {
    expect(translate('xx', 'size', { value: 2 })).toBe('about 4 (xx)');
  });

  it('tells listeners when the shown language changes, once per change', () => {
    const seen: number[] = [];
    const stop = onLanguageChange(() => seen.push(seen.length));
    setLanguage('ru');
    setLanguage('ru');
    setLanguage('xx');
    stop();
    setLanguage('ru');
    expect(seen).toEqual([0, 1]);
  });
});
