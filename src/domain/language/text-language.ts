import type { UiLanguage } from './ui-languages';

/*
 * Which of the app's languages a text is written in, for the few sentences the app itself says to
 * the model (the refinement request, the thinking budget's closing sentence): they go in the
 * language the model is already using, so that its answer stays in that language. Chinese and
 * Japanese are told apart by script (kana are Japanese only); the Latin-script languages by common
 * function words. Words shared by two of them ("la", "que", "die", "was", "des") count for none.
 */
const FUNCTION_WORDS: Record<'en' | 'de' | 'es' | 'fr', ReadonlySet<string>> = {
  en: words(
    'the an of and to is are were what who how which when where why does did do for with that ' +
      'this it from by at be can you your please write explain calculate if then or not my',
  ),
  de: words(
    'der das und ist nicht ein eine einen einem wie wer wo warum welche welcher ich du sie wir mit ' +
      'von zu auf für bitte schreibe erkläre berechne wenn dann oder aber dass den dem im sind gibt ' +
      'auch sich noch nur kann viele',
  ),
  es: words(
    'el los las y una del por para con como cómo qué cuál cuánto cuántos cuántas quién dónde ' +
      'porque yo tú su sus está este esta muy pero hay lo al escribe explica calcula si son',
  ),
  fr: words(
    'le les et est une du qui pour dans pas je tu il elle avec sur ce cette quel quelle sont nous ' +
      'vous au aux où comment pourquoi combien écris écrivez explique expliquez calcule calculez',
  ),
};

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

const KANA = /[\u3040-\u30ff]/gu;
const HAN = /\p{Script=Han}/gu;

/** The language of `text`, or null when it gives too little to tell. */
export function textLanguage(text: string): UiLanguage | null {
  const kana = text.match(KANA)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  const latinWords = text.toLowerCase().match(/\p{Script=Latin}+/gu) ?? [];
  if (kana + han > latinWords.length) {
    // Japanese writes kana between its kanji; Chinese has none.
    return kana >= (kana + han) * 0.1 ? 'ja' : 'zh';
  }
  let best: UiLanguage | null = null;
  let bestCount = 0;
  for (const [language, known] of Object.entries(FUNCTION_WORDS) as [
    UiLanguage,
    ReadonlySet<string>,
  ][]) {
    const count = latinWords.filter((word) => known.has(word)).length;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}
