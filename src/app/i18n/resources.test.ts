import { fixedT } from '@/lib/i18n/translate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DETECTOR_REASONS, reasonText } from '@/domain/detector/detector';
import { reasonLabel } from '@/features/chat/reason-label';
import { de } from './de';
import { en } from './en';
import { loadLanguage } from './i18n';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as `path → text`. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('translations', () => {
  // The app loads only the shown language; these tests read both.
  beforeAll(() => loadLanguage('de'));
  const english = leaves(en);
  const german = leaves(de);

  it('have exactly the same keys in English and German', () => {
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty text', () => {
    for (const [path, text] of [...english, ...german]) {
      expect(text.trim(), path).not.toBe('');
    }
  });

  it('use the same interpolation variables in both languages', () => {
    for (const [path, text] of english) {
      expect(variables(german.get(path) ?? ''), path).toEqual(variables(text));
    }
  });

  it('format numbers the way each language writes them', () => {
    const t = fixedT('de');
    expect(
      t('thinking.done', {
        time: t('units.seconds', { value: 6.06 }),
        tokens: t('units.tokens', { count: 412 }),
      }),
    ).toBe('Nachgedacht für 6,1 s · 412 Tokens');
    expect(t('units.tokens', { count: 1 })).toBe('1 Token');
    expect(t('models.picker.download', { size: 1_230_000_000 })).toBe('≈ 1,2 GB Download');
    const tEn = fixedT('en');
    expect(
      tEn('thinking.done', {
        time: tEn('units.seconds', { value: 0.3 }),
        tokens: tEn('units.tokens', { count: 12 }),
      }),
    ).toBe('Thought for 0.3 s · 12 tokens');
    expect(tEn('units.tokens', { count: 1 })).toBe('1 token');
  });

  it('count in proper plural forms and name tokens per second one way', () => {
    const en = fixedT('en');
    expect(en('history.imported', { count: 0 })).toBe('No conversations imported.');
    expect(en('history.imported', { count: 1 })).toBe('Imported 1 conversation.');
    expect(en('history.imported', { count: 3 })).toBe('Imported 3 conversations.');
    const de = fixedT('de');
    expect(de('history.imported', { count: 1 })).toBe('1 Unterhaltung importiert.');
    expect(de('history.imported', { count: 2 })).toBe('2 Unterhaltungen importiert.');
    expect(de('units.tokensPerSecond', { value: 4.7 })).toBe('4,7 Token/s');
    expect(de('units.tokensPerSecondShort', { value: 4.7 })).toBe('4,7 Token/s');
  });

  it('show Auto’s reasons in English exactly as the command line prints them', () => {
    const t = fixedT('en');
    for (const reason of DETECTOR_REASONS) {
      for (const mode of ['think', 'quick'] as const) {
        expect(reasonLabel(t, reason, mode)).toBe(reasonText(reason, mode));
      }
    }
    expect(reasonLabel(fixedT('de'), 'code', 'quick')).toBe('trotz „Programmieraufgabe“');
  });
});
