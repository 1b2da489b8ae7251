import { describe, expect, it } from 'vitest';
import { AUTO_TITLE_MAX_CHARS, autoTitle } from './auto-title';

describe('autoTitle', () => {
  it('keeps a short message whole', () => {
    expect(autoTitle('  What is   the capital of France? ')).toBe('What is the capital of France?');
  });

  it('keeps the first six words and adds an ellipsis', () => {
    expect(autoTitle('Explain how photosynthesis works in plants, step by step')).toBe(
      'Explain how photosynthesis works in plants…',
    );
  });

  it('drops punctuation before the ellipsis', () => {
    expect(autoTitle('Hello, can you help me, please, with this')).toBe(
      'Hello, can you help me, please…',
    );
  });

  it('cuts long words at a word boundary within 48 characters', () => {
    const title = autoTitle('Internationalization considerations for multilingual applications');
    expect(title).toBe('Internationalization considerations for…');
    expect(Array.from(title).length).toBeLessThanOrEqual(AUTO_TITLE_MAX_CHARS);
  });

  it('hard-cuts a single very long word', () => {
    const title = autoTitle('x'.repeat(100));
    expect(title).toBe(`${'x'.repeat(AUTO_TITLE_MAX_CHARS - 1)}…`);
  });

  it('does not split emoji', () => {
    const title = autoTitle('😀'.repeat(60));
    expect(Array.from(title)).toHaveLength(AUTO_TITLE_MAX_CHARS);
    expect(title.endsWith('😀…')).toBe(true);
  });

  it('returns an empty string for a blank message', () => {
    expect(autoTitle(' \n\t ')).toBe('');
  });
});
