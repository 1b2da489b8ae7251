import { englishness } from './language';
import { CUES } from './lexicon';
import { REASONING_CUES } from './lexicon-reasoning';
import { lexiconWords, matchCues } from './lexicon-matcher';
import { NAMED_FEATURES, namedFeatureIndex } from './feature-space';
import { maskNonQuantities } from './masking';
import { appendNgrams, wordTokens, type NgramOptions } from './ngrams';
import { foldText } from './normalize';
import { reasoningSignals, type ReasoningSignals } from './reasoning';
import { structureSignals, type StructureSignals } from './structure';

export interface FeatureConfig extends NgramOptions {
  /**
   * Share of the n-gram channels kept for a prompt with no English function words; English
   * prompts keep all of it (see language.ts).
   */
  ngramFloor: number;
}

export interface PromptFeatures {
  /** Values of `NAMED_FEATURES`, in that order, each in [0, 1]. */
  named: Float32Array;
  /** Hashed n-gram buckets (may repeat across channels) and their values. */
  indices: Int32Array;
  values: Float32Array;
  englishness: number;
  cueCounts: Uint16Array;
  structure: StructureSignals;
  reasoning: ReasoningSignals;
}

export interface ExtractOptions {
  /** false drops the n-gram channels (training uses this for its language-neutral view). */
  ngrams?: boolean;
}

const MAX_PROMPT_CHARS = 4000;
const NUMBER_CAP = 6;
const cueIndex = (id: string): number => CUES.findIndex((cue) => cue.id === id);
const STATEMENT_CAP = 8;
const YES_NO_CHANNEL_SALT = 0x2f6b9d13;
const REASONING_CUE_INDICES = REASONING_CUES.map((cue) => cueIndex(cue.id));
const LIST_ITEM_CAP = 6;
const TRANSFORM = cueIndex('cue:transform-text');
const FIND_IN_TEXT = cueIndex('cue:find-in-text');
const TRUTH_VALUE = cueIndex('cue:truth-value');
const INFERENCE = cueIndex('cue:inference');
const ARGUMENT = cueIndex('cue:argument');
/** Named features that describe reasoning structure (damped under a transform-only request). */
const REASONING_FEATURE_INDICES = NAMED_FEATURES.flatMap((feature, i) =>
  feature.id.startsWith('logic:') || REASONING_CUES.some((cue) => cue.id === feature.id) ? [i] : [],
);
/** Separators of an inline list: "carrot, apple, potato", "苹果、橙子、香蕉". */
const LIST_SEPARATOR = /[,、，;]/g;
/**
 * Beyond this many sentences a cue's value is diluted (× SENTENCE_SPAN / sentences): one "logic"
 * or "must" somewhere in a long passage says little, the same word in a short request says a lot.
 */
const SENTENCE_SPAN = 6;

const capped = (count: number, cap: number): number => Math.min(count, cap) / cap;
const flag = (value: boolean): number => (value ? 1 : 0);

/** Items of the longest inline list in one sentence (separators + 1; 0 without a list). */
function longestList(raw: string): number {
  let longest = 0;
  for (const sentence of raw.split(/[.!?。！？\n]/)) {
    const separators = sentence.match(LIST_SEPARATOR)?.length ?? 0;
    if (separators >= 2) longest = Math.max(longest, separators + 1);
  }
  return longest;
}

export function extractFeatures(
  prompt: string,
  config: FeatureConfig,
  options: ExtractOptions = {},
): PromptFeatures {
  // Only the head of a huge paste matters for the decision and it bounds the cost per call.
  const head = prompt.length > MAX_PROMPT_CHARS ? prompt.slice(0, MAX_PROMPT_CHARS) : prompt;
  const raw = maskNonQuantities(head);
  const folded = foldText(raw);
  const words = lexiconWords(folded);
  const cueCounts = matchCues(words, folded);
  const count = (cue: number): number => cueCounts[cue] ?? 0;
  const s = structureSignals(raw, folded);
  const r = reasoningSignals(raw);
  const named = new Float32Array(NAMED_FEATURES.length);
  const set = (id: string, value: number): void => {
    named[namedFeatureIndex(id)] = value;
  };

  set('num:count', Math.min(Math.log2(1 + s.numbers) / Math.log2(1 + NUMBER_CAP), 1));
  set('num:year', flag(s.years > 0));
  set('num:decimal-or-fraction', flag(s.decimalOrFraction));
  set('num:percent', flag(s.percent));
  set('num:currency', flag(s.currency));
  set('num:unit', flag(s.unit));
  set('math:operator', flag(s.operatorChain >= 1));
  set('math:operator-chain', flag(s.operatorChain >= 2));
  set('math:equation', flag(s.equation));
  set('math:symbol', flag(s.mathSymbol));
  set('code:block', flag(s.codeBlock));
  set('code:syntax', capped(s.codeSyntax, 3));
  set('code:identifier', flag(s.codeIdentifier));
  set('code:language', flag(s.codeLanguage));
  set('text:question-marks', capped(s.questionMarks, 3));
  set('text:ends-with-question', flag(s.endsWithQuestion));
  set('text:multiline', flag(s.multiline));
  set('text:quote', flag(s.quote));
  set('logic:symbolic', flag(r.symbolic));
  set('logic:recurring-entities', capped(r.recurringEntities, 4));
  // Premises and rules are short statements one after another; a passage has some among longer
  // sentences, so the count is weighted by their share of all sentences.
  const statementShare = Math.min(1, (2 * r.shortStatements) / Math.max(1, r.sentences));
  set(
    'logic:short-statements',
    statementShare * Math.min(Math.log2(1 + r.shortStatements) / Math.log2(1 + STATEMENT_CAP), 1),
  );
  set('text:numbered-steps', capped(r.numberedSteps, 4));
  set('text:yes-no-question', flag(r.yesNoQuestion));
  const dilution = Math.min(1, SENTENCE_SPAN / Math.max(1, r.sentences));
  CUES.forEach((cue, i) => set(cue.id, dilution * capped(count(i), cue.countCap ?? 1)));
  // Reasoning cues per sentence: high in a puzzle, low in a passage that mentions "if" once.
  const reasoningCues = REASONING_CUE_INDICES.reduce((sum, i) => sum + count(i), 0);
  set('logic:cue-density', Math.min(1, reasoningCues / (2 * Math.max(1, r.sentences))));
  // Plain facts about the prompt's shape; the model learns how they combine with the cues (a
  // passage plus "summarise", a yes/no question that links two facts, "how many" plus a list).
  set('text:one-sentence', flag(r.sentences <= 1));
  set('text:passage', flag(r.sentences >= 4));
  set('text:personal-question', flag(r.personalQuestion));
  set('text:hypothetical-question', flag(r.hypotheticalQuestion));
  set('text:linked-clause', flag(r.linkedClause));
  set('time:date-or-time', flag(/\b(?:DATE|TIME)\b/.test(raw)));
  set('text:list-items', capped(longestList(raw), LIST_ITEM_CAP));
  // A passage plus "summarise / translate / give it a title / based on the text, …" asks nothing of
  // the passage's own reasoning structure, unless the request itself asks to judge or deduce: that
  // structure is damped, so a rule-heavy passage does not read as a puzzle. (This removes evidence
  // that is not about the request; it adds none, and how the rest combines is learned.)
  const transformOnly =
    r.sentences >= 4 &&
    count(TRANSFORM) + count(FIND_IN_TEXT) >= 1 &&
    count(TRUTH_VALUE) + count(INFERENCE) + count(ARGUMENT) === 0;
  if (transformOnly) for (const i of REASONING_FEATURE_INDICES) named[i] = (named[i] ?? 0) * 0.25;
  const english = englishness(words);
  // German capitalises every noun, so capitals mark names only in English-looking questions.
  set('text:names-in-question', flag(r.namesInQuestion >= 1 && english >= 0.6));
  set('text:english', english);
  const indices: number[] = [];
  const values: number[] = [];
  if (options.ngrams !== false) {
    const scale = config.ngramFloor + (1 - config.ngramFloor) * english;
    const tokens = wordTokens(folded);
    appendNgrams(tokens, config, scale, indices, values);
    // A short yes/no question's words also go to channels of their own: "held in" or "good for"
    // mean a look-up in "Where was … held?" but two facts to combine in "Was … held in …?".
    if (r.yesNoQuestion && r.sentences <= 2)
      appendNgrams(tokens, config, scale, indices, values, YES_NO_CHANNEL_SALT);
  }
  return {
    named,
    indices: Int32Array.from(indices),
    values: Float32Array.from(values),
    englishness: english,
    cueCounts,
    structure: s,
    reasoning: r,
  };
}
