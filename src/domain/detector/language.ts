/*
 * A rough "how English is this prompt" estimate from function words. The hashed word and character
 * n-gram weights are learned from English prompts only; on a German prompt they mostly add noise
 * (hash collisions with unrelated English n-grams), so the detector trusts them in proportion to
 * this estimate and lets the language-neutral features (numbers, operators, code syntax, cue
 * lexicon) decide instead. Words that are common in English *and* another listed language
 * ("in", "die", "was", "a", "de", "me", "per", "so") are left out of both lists.
 */
import { hasCjk } from './cjk';

const ENGLISH_WORDS = new Set(
  (
    'the of and to is are were what who how which when where why does did do for with that this it ' +
    'from by at be can many much my you your please write give tell have has there their they he ' +
    'she his an or on if than then not each after into about would could should'
  ).split(' '),
);

const OTHER_WORDS = new Set(
  // German
  (
    'der die und ist ein eine einen einem einer nicht mit von zu den dem des wie wer wo ich du ' +
    'sie fur auf im sind gibt auch oder aber dass wenn nach bei aus uber unter sich noch nur kann ' +
    'viele welche warum schreibe berechne es ' +
    // French
    'le la les et est un une des du que qui pour dans pas je tu il elle avec sur ce cette quelle ' +
    'quel sont nous vous mon ton au aux ou comment pourquoi combien ' +
    // Spanish
    'el los las y una del por para con como cual quien cuantos yo su sus esta este muy pero hay ' +
    // Italian
    'il lo gli della delle che chi non sono questo quanti perche di da ' +
    // Portuguese
    'os um uma do da dos das nao com qual quantos voce isso ' +
    // Dutch
    'het een en van wat hoe niet met voor zijn ik je jij welke waarom hoeveel op aan bij uit naar ook'
  ).split(' '),
);

const LATIN = /[a-z]/;

/**
 * Share of recognised function words that are English, in [0, 1]; 1 when there are none. Words in
 * other scripts (Cyrillic, Chinese, Japanese, …) count against it by their share of the text (a run
 * of CJK characters as one word per two characters), so a Russian or Chinese prompt is not English.
 */
export function englishness(words: readonly string[]): number {
  let english = 0;
  let other = 0;
  let latin = 0;
  let nonLatin = 0;
  for (const word of words) {
    if (ENGLISH_WORDS.has(word)) english++;
    else if (OTHER_WORDS.has(word)) other++;
    if (LATIN.test(word)) latin++;
    else if (hasCjk(word)) nonLatin += Math.ceil(word.length / 2);
    else if (/\p{L}/u.test(word)) nonLatin++;
  }
  const latinShare = latin + nonLatin === 0 ? 1 : latin / (latin + nonLatin);
  return (latinShare * (english + 0.5)) / (english + other + 0.5);
}
