import { describe, expect, it } from 'vitest';
import { resolveLanguage } from './languages';

describe('resolveLanguage', () => {
  it('follows the browser until the user picks a language', () => {
    expect(resolveLanguage(null, ['de-DE', 'en-US'])).toBe('de');
    expect(resolveLanguage(null, ['de-AT'])).toBe('de');
    expect(resolveLanguage(null, ['en-US', 'de'])).toBe('en');
    expect(resolveLanguage(null, ['fr-FR'])).toBe('fr');
    expect(resolveLanguage(null, ['es-MX', 'en'])).toBe('es');
    expect(resolveLanguage(null, ['ja-JP'])).toBe('ja');
    expect(resolveLanguage(null, ['zh-CN'])).toBe('zh');
    expect(resolveLanguage(null, ['zh-Hans-CN'])).toBe('zh');
    expect(resolveLanguage('en', ['de-DE'])).toBe('en');
    expect(resolveLanguage('ja', ['en-US'])).toBe('ja');
  });

  it('skips languages the app does not have and falls back to English', () => {
    expect(resolveLanguage(null, ['it-IT', 'fr-CH'])).toBe('fr');
    expect(resolveLanguage(null, ['pt-BR', 'ru'])).toBe('en');
    expect(resolveLanguage(null, [])).toBe('en');
  });
});
