import { describe, expect, it } from 'vitest';
import { resolveLanguage } from './languages';

describe('resolveLanguage', () => {
  it('follows the browser until the user picks a language', () => {
    expect(resolveLanguage(null, ['de-DE', 'en-US'])).toBe('de');
    expect(resolveLanguage(null, ['de-AT'])).toBe('de');
    expect(resolveLanguage(null, ['en-US', 'de'])).toBe('en');
    expect(resolveLanguage('en', ['de-DE'])).toBe('en');
    expect(resolveLanguage('de', ['en-US'])).toBe('de');
  });

  it('skips languages the app does not have and falls back to English', () => {
    expect(resolveLanguage(null, ['fr-FR', 'de-CH'])).toBe('de');
    expect(resolveLanguage(null, ['fr-FR', 'ja'])).toBe('en');
    expect(resolveLanguage(null, [])).toBe('en');
  });
});
