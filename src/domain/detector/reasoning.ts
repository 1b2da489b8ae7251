/*
 * Language-neutral signs of reasoning structure that needs no numbers: symbolic logic, several
 * named entities that keep coming back, runs of short statements (premises, rules, facts), numbered
 * instructions and yes/no questions. Like structure.ts, every count is capped so that it measures
 * the shape of the prompt, not its length.
 */

import { CJK_CHARS, hasCjk } from './cjk';
import { forEachLetterRun } from './letter-runs';

export interface ReasoningSignals {
  /** Logic symbols (¬ ∧ ∨ → ⇒ ↔ ∀ ∃), boolean expressions ("not True and False") or bracket runs. */
  symbolic: boolean;
  /** Distinct names or letters (Anna, Ben, "F", "G") that occur at least twice, not sentence-initial. */
  recurringEntities: number;
  /** Short declarative sentences (3–12 words ending in "."): facts, rules, premises. */
  shortStatements: number;
  /** Lines that start like a list item of an instruction sequence ("1.", "2)", "- "). */
  numberedSteps: number;
  /** Capitalised words after the first word of the last sentence ("Snoop Dogg", "Elmo"). */
  namesInQuestion: number;
  /** The last sentence addresses the user ("Should I …?", "Can you …?", "Kann ich …?"). */
  personalQuestion: boolean;
  /** Sentences (or lines) in the prompt. */
  sentences: number;
  /** The prompt's last sentence is a yes/no question ("Could …?", "Ist …?", "¿Puede …?"). */
  yesNoQuestion: boolean;
  /** That yes/no question is hypothetical ("Could a …", "Would …", "Könnte …", "Hätte …"). */
  hypotheticalQuestion: boolean;
  /** That yes/no question joins a second clause ("… an adult when …", "… bevor …", "… than …"). */
  linkedClause: boolean;
}

const LOGIC_SYMBOL = /[¬∧∨→⇒⇔↔⊕⊢⊨∀∃⊤⊥]|<->|<=>|\b[A-Za-z]\s*->\s*[A-Za-z]\b/u;
// Boolean expressions, not the question "true or false?": a negated or bracketed operand, or a
// chain of two operators ("True and False or True").
const TRUTH = '(?:true|false|wahr|falsch)';
const JUNCTOR = '(?:and|or|xor|und|oder)';
const BOOLEAN_EXPRESSION = new RegExp(
  String.raw`\b(?:not|nicht)\s+\(?\s*${TRUTH}\b|\(\s*${TRUTH}\s+${JUNCTOR}\s|` +
    String.raw`\b${TRUTH}\s+${JUNCTOR}\s+\(?\s*${TRUTH}\s*\)?\s+${JUNCTOR}\s`,
  'i',
);
/** Six or more brackets in a row, spaces between them allowed. */
const BRACKET_RUN = /[[\]{}()<>](?:\s*[[\]{}()<>]){5}/;
/**
 * A name or a letter: a whole run of letters and digits that is one capital and up to 14 small
 * letters, or one capital alone (`(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}{1,14}|\p{Lu})(?![\p{L}\p{N}])`).
 */
const ENTITY = /^(?:\p{Lu}\p{Ll}{1,14}|\p{Lu})$/u;
/** Runs that cannot be an entity, told apart without a regular expression: ASCII not A-Z first. */
const startsOutsideAsciiCapitals = (run: string): boolean => {
  const first = run.charCodeAt(0);
  return first < 0x80 && (first < 0x41 || first > 0x5a);
};
const SENTENCE = /[^.!?。！？\n]+[.!?。！？]+|[^.!?。！？\n]+$/gmu;
const CJK_RUN = new RegExp(`[${CJK_CHARS}]+`, 'gu');
const NON_SPACE_RUN = /\S+/g;
const STEP_LINE = /^\s*(?:\d{1,2}[.)]|[-*•])\s+\S/gmu;
const PERSONAL =
  /(?<![\p{L}])(?:I|i|me|my|you|your|we|our|ich|mir|mich|mein\p{L}*|du|dir|dich|dein\p{L}*|wir|uns|je|tu|vous|yo|tu|usted)(?![\p{L}])/u;
/** Auxiliaries that open a yes/no question in the lexicon's languages (accents folded later). */
const YES_NO_OPENERS = new Set(
  (
    'is are was were am do does did can could would will should shall has have had may might must ' +
    'ist sind war waren bin bist hat haben hatte hatten kann kannst konnte konnten konnen wurde ' +
    'wurden wird werden sollte sollten soll darf durfen muss mussen gibt gab lebte lebten passt ' +
    'passen reicht reichen genugt est peut pourrait a es son fue puede podria tiene hay e sono era puo potrebbe ha pode ' +
    'poderia tem houve kan zou heeft'
  ).split(' '),
);

/** Openers of a hypothetical yes/no question; checked before folding (würde ≠ wurde). */
const HYPOTHETICAL_OPENERS = new Set(
  (
    'could would might könnte könnten würde würden hätte hätten wäre wären pourrait pourraient ' +
    'serait podría podrían sería potrebbe potrebbero sarebbe poderia seria zou zouden'
  ).split(' '),
);
/** Words that join a second clause or term inside a question (after its first three words). */
const CLAUSE_LINKS = new Set(
  (
    'when while if before after since until than whilst als wenn während bevor nachdem seit bis ' +
    'quand lorsque cuando mientras quando mentre wanneer toen terwijl'
  ).split(' '),
);

function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Words that are capitalised only because they start a sentence or are common function words. */
function sentenceStarts(raw: string): Set<number> {
  const starts = new Set<number>();
  for (const match of raw.matchAll(/(?:^|[.!?:\n]\s*)(\p{Lu})/gmu)) {
    starts.add((match.index ?? 0) + match[0].length - 1);
  }
  return starts;
}

function countRecurringEntities(raw: string): number {
  const starts = sentenceStarts(raw);
  const seen = new Map<string, number>();
  const counted = new Set<string>();
  forEachLetterRun(raw, (name, index) => {
    if (name.length > 30 || startsOutsideAsciiCapitals(name) || !ENTITY.test(name)) return;
    if (name === 'I' || name === 'A') return;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (!starts.has(index) && n >= 2) counted.add(name);
  });
  return counted.size;
}

/** Words of a sentence; Chinese and Japanese count one word per two characters. */
function wordCount(sentence: string): number {
  let cjk = 0;
  const rest = !hasCjk(sentence)
    ? sentence
    : sentence.replace(CJK_RUN, (run) => {
        cjk += Math.ceil(run.length / 2);
        return ' ';
      });
  let words = 0;
  NON_SPACE_RUN.lastIndex = 0;
  while (NON_SPACE_RUN.test(rest)) words++;
  return cjk + words;
}

function countShortStatements(sentences: readonly string[]): number {
  let count = 0;
  for (const raw of sentences) {
    const sentence = raw.trim();
    if (!/[.。]$/.test(sentence)) continue;
    const words = wordCount(sentence);
    if (words >= 3 && words <= 12) count++;
  }
  return count;
}

/**
 * German "Was …?" asks "what", English "Was …?" asks yes or no; German puts a verb or "für" right
 * after it ("Was kann …", "Was ist …"), English a subject ("Was Snoop Dogg …", "Was the …").
 */
const GERMAN_AFTER_WAS = new Set(
  (
    'ist sind war waren kann konnen konnte hat haben hatte bedeutet bedeuten heisst macht machen ' +
    'passiert passierte geschah gibt gab fur wird werden wurde sollte sollten soll muss mussen darf ' +
    'will wollen versteht verstehen tut tun sagt sagen zeigt zeigen beschreibt unterscheidet'
  ).split(' '),
);

/**
 * "Can you give me …?" / "Kannst du mir …?" is a polite request, not a yes/no question: the
 * user wants the thing done. "Could you make a cake without eggs?" stays a question.
 */
const REQUEST_VERBS =
  'give|tell|suggest|offer|analy[sz]e|explain|write|help|list|recommend|describe|show|provide|' +
  'summari[sz]e|translate|name|share|create|generate|compose|draft|find|check|correct|fix|' +
  'rewrite|outline|compare|teach|send|remind|play|set|book|turn';
const REQUEST = new RegExp(
  [
    String.raw`^(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:${REQUEST_VERBS})\b`,
    String.raw`^(?:kannst|k[oö]nntest|w[uü]rdest)\s+du\s+(?:\p{L}+\s+)?(?:mir|uns|bitte)\b`,
    String.raw`^(?:k[oö]nnen|k[oö]nnten|w[uü]rden)\s+sie\s+(?:\p{L}+\s+)?(?:mir|uns|bitte)\b`,
  ].join('|'),
  'iu',
);

/** Question words of Japanese, which otherwise closes both kinds of question with か. */
const JAPANESE_QUESTION_WORD =
  /何|誰|だれ|どこ|いつ|どう|なぜ|どれ|どの|どちら|いくつ|いくら|どんな/u;

/** Russian "… ли …?", Chinese "…吗？", Japanese "…ですか？" without a question word. */
function isNonLatinYesNo(last: string): boolean {
  if (/(?:^|\s)ли(?:\s|[?,])/iu.test(last)) return true;
  if (/[吗嗎][?？。]?$/u.test(last)) return true;
  return /(?:ます|です|でした|ました)か[?？。]?$/u.test(last) && !JAPANESE_QUESTION_WORD.test(last);
}

function isYesNoQuestion(last: string, words: readonly string[]): boolean {
  if (isNonLatinYesNo(last)) return true;
  if (!/[?？]$/.test(last) || REQUEST.test(last)) return false;
  const [first, second] = words.slice(0, 2).map(foldWord);
  if (first === undefined || !YES_NO_OPENERS.has(first)) return false;
  return !(first === 'was' && second !== undefined && GERMAN_AFTER_WAS.has(second));
}

function isHypothetical(words: readonly string[]): boolean {
  const first = words[0];
  return first !== undefined && HYPOTHETICAL_OPENERS.has(first.toLowerCase());
}

function hasLinkedClause(words: readonly string[]): boolean {
  return words.slice(3).some((w) => CLAUSE_LINKS.has(w.toLowerCase()));
}

function countNames(words: readonly string[]): number {
  return words.slice(1).filter((w) => w !== 'I' && /^\p{Lu}\p{Ll}/u.test(w)).length;
}

export function reasoningSignals(raw: string): ReasoningSignals {
  const sentences = raw.trim().match(SENTENCE) ?? [];
  const last = (sentences[sentences.length - 1] ?? '').trim();
  const lastWords = last.match(/\p{L}+/gu) ?? [];
  const yesNoQuestion = isYesNoQuestion(last, lastWords);
  return {
    symbolic: LOGIC_SYMBOL.test(raw) || BOOLEAN_EXPRESSION.test(raw) || BRACKET_RUN.test(raw),
    recurringEntities: countRecurringEntities(raw),
    shortStatements: countShortStatements(sentences),
    numberedSteps: (raw.match(STEP_LINE) ?? []).length,
    yesNoQuestion,
    hypotheticalQuestion: yesNoQuestion && isHypothetical(lastWords),
    linkedClause: yesNoQuestion && hasLinkedClause(lastWords),
    namesInQuestion: countNames(lastWords),
    personalQuestion: PERSONAL.test(last),
    sentences: sentences.length,
  };
}
