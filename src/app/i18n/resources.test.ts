import { fixedT } from '@/lib/i18n/translate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DETECTOR_REASONS, reasonText } from '@/domain/detector/detector';
import { UI_LANGUAGES, type UiLanguage } from '@/domain/language/ui-languages';
import { reasonLabel } from '@/features/chat/reason-label';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { loadLanguage } from './i18n';
import { ja } from './ja';
import { zh } from './zh';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as `path → text`, in the file's order. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

/** `{{name}}` and `{{name, format}}` placeholders, sorted: a translation must keep both parts. */
const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*(?:,\s*(\w+)\s*)?}}/g)]
    .map(([, name, format]) => (format ? `${name}, ${format}` : (name ?? '')))
    .sort();

const english = leaves(en);
const TRANSLATIONS: Record<Exclude<UiLanguage, 'en'>, Map<string, string>> = {
  de: leaves(de),
  es: leaves(es),
  fr: leaves(fr),
  zh: leaves(zh),
  ja: leaves(ja),
};
const translated = Object.entries(TRANSLATIONS) as [UiLanguage, Map<string, string>][];

describe('translations', () => {
  // The app loads only the shown language; these tests read them all.
  beforeAll(async () => {
    for (const language of UI_LANGUAGES) await loadLanguage(language);
  });

  it('exist for every language the app offers', () => {
    expect(['en', ...Object.keys(TRANSLATIONS)].sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(translated)('%s has every key of en.ts and no other', (language, texts) => {
    const missing = [...english.keys()].filter((key) => !texts.has(key));
    const extra = [...texts.keys()].filter((key) => !english.has(key));
    expect(missing, `keys of en.ts missing in ${language}.ts`).toEqual([]);
    expect(extra, `keys in ${language}.ts that en.ts does not have`).toEqual([]);
  });

  it.each(translated)(
    '%s keeps the key order of en.ts, so merges add keys in one place',
    (_, texts) => {
      expect([...texts.keys()]).toEqual([...english.keys()]);
    },
  );

  it.each([['en', english] as const, ...translated])('%s has no empty text', (language, texts) => {
    const empty = [...texts].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty, `empty texts in ${language}.ts`).toEqual([]);
  });

  it.each(translated)('%s uses the same placeholders and formats as English', (language, texts) => {
    const differing = [...english]
      .filter(([key, text]) => {
        const translation = texts.get(key);
        return (
          translation !== undefined &&
          placeholders(translation).join() !== placeholders(text).join()
        );
      })
      .map(
        ([key, text]) =>
          `${key}: en ${placeholders(text).join(' ')} / ${language} ${placeholders(texts.get(key) ?? '').join(' ')}`,
      );
    expect(differing).toEqual([]);
  });

  it.each(UI_LANGUAGES)(
    '%s has a text with the count for every plural form it uses',
    (language) => {
      const t = fixedT(language);
      const pluralKeys = new Set(
        [...english.keys()].filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -6)),
      );
      // Counts that reach every category of these languages: 0, one, two, few, many, other.
      for (const key of pluralKeys) {
        for (const count of [1, 2, 3, 5, 11, 21, 101, 1_000_000]) {
          const text = t(key as never, { count, skipped: 2 });
          expect(text, `${language} ${key} ${count}`).not.toBe(key);
          expect(text, `${language} ${key} ${count}`).toContain(String(count));
          expect(text, `${language} ${key} ${count}`).not.toMatch(/{{/);
        }
        expect(t(key as never, { count: 0, skipped: 2 }), `${language} ${key} 0`).not.toMatch(/{{/);
      }
    },
  );

  it('format numbers the way each language writes them', () => {
    const done = (language: UiLanguage, seconds: number, count: number) => {
      const t = fixedT(language);
      return t('thinking.done', {
        time: t('units.seconds', { value: seconds }),
        tokens: t('units.tokens', { count }),
      });
    };
    expect(done('en', 0.3, 12)).toBe('Thought for 0.3 s · 12 tokens');
    expect(done('de', 6.06, 412)).toBe('Nachgedacht für 6,1 s · 412 Tokens');
    expect(done('es', 6.06, 1)).toBe('Pensó durante 6,1 s · 1 token');
    expect(done('fr', 6.06, 412)).toBe('A réfléchi pendant 6,1 s · 412 tokens');
    expect(done('zh', 6.06, 412)).toBe('已思考 6.1 秒 · 412 个 token');
    expect(done('ja', 6.06, 412)).toBe('思考時間 6.1 秒 · 412 トークン');
    expect(fixedT('en')('units.tokens', { count: 1 })).toBe('1 token');
    expect(fixedT('de')('units.tokens', { count: 1 })).toBe('1 Token');
    const size = { size: 1_230_000_000 };
    expect(fixedT('de')('models.picker.download', size)).toBe('≈ 1,2\u00a0GB Download');
    expect(fixedT('fr')('models.picker.download', size)).toBe('téléchargement de ≈ 1,2\u202fGo');
    expect(fixedT('ja')('models.picker.download', size)).toBe('ダウンロード 約 1.2 GB');
    expect(fixedT('de')('units.tokensPerSecond', { value: 4.7 })).toBe('4,7 Token/s');
    expect(fixedT('de')('units.tokensPerSecondShort', { value: 4.7 })).toBe('4,7 Token/s');
    expect(fixedT('es')('units.tokensPerSecond', { value: 4.7 })).toBe('4,7 tokens/s');
  });

  it('count in each language’s plural forms', () => {
    const imported = (language: UiLanguage, count: number) =>
      fixedT(language)('history.imported', { count });
    expect(imported('en', 0)).toBe('No conversations imported.');
    expect(imported('en', 1)).toBe('Imported 1 conversation.');
    expect(imported('en', 3)).toBe('Imported 3 conversations.');
    expect(imported('de', 1)).toBe('1 Unterhaltung importiert.');
    expect(imported('de', 2)).toBe('2 Unterhaltungen importiert.');
    expect(imported('es', 1)).toBe('Se importó 1 conversación.');
    expect(imported('es', 2)).toBe('Se importaron 2 conversaciones.');
    expect(imported('fr', 1)).toBe('1 conversation importée.');
    expect(imported('fr', 2)).toBe('2 conversations importées.');
    expect(imported('zh', 2)).toBe('已导入 2 个对话。');
    expect(imported('ja', 1)).toBe('1 件の会話をインポートしました。');
  });

  it('show Auto’s reasons in English exactly as the command line prints them', () => {
    const t = fixedT('en');
    for (const reason of DETECTOR_REASONS) {
      for (const mode of ['think', 'quick'] as const) {
        expect(reasonLabel(t, reason, mode)).toBe(reasonText(reason, mode));
      }
    }
    expect(reasonLabel(fixedT('de'), 'code', 'quick')).toBe('trotz „Programmieraufgabe“');
    expect(reasonLabel(fixedT('fr'), 'code', 'quick')).toBe(
      'malgré «\u00a0écriture de code\u00a0»',
    );
    expect(reasonLabel(fixedT('ja'), 'code', 'quick')).toBe('「コードの作成」にもかかわらず');
  });
});
