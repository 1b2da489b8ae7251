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
const HOW_MANY = cueIndex('cue:how-many');
const NUMBER_WORD = cueIndex('cue:number-word');
const MATH_TERM = cueIndex('cue:math-term');
const CONDITIONAL = cueIndex('cue:conditional');
const QUANTIFIER = cueIndex('cue:quantifier');
const INFERENCE = cueIndex('cue:inference');
const TRUTH_VALUE = cueIndex('cue:truth-value');
const STATE_CHANGE = cueIndex('cue:state-change');
const ORDERING = cueIndex('cue:ordering');
const CONSTRAINT = cueIndex('cue:constraint');
const INSTRUCTIONS = cueIndex('cue:instructions');
const MULTI_HOP = cueIndex('cue:multi-hop');
const FACT_LINK = cueIndex('cue:fact-link');
const TRANSFORM = cueIndex('cue:transform-text');
const FIND_IN_TEXT = cueIndex('cue:find-in-text');
const ARGUMENT = cueIndex('cue:argument');
const STATEMENT_CAP = 8;
const YES_NO_CHANNEL_SALT = 0x2f6b9d13;
const REASONING_CUE_INDICES = REASONING_CUES.map((cue) => cueIndex(cue.id));
/** Named features that describe reasoning structure (damped under a transform-only request). */
const REASONING_FEATURE_INDICES = NAMED_FEATURES.flatMap((feature, i) =>
  /^(?:logic:|x:(?:rules|entities|steps))/.test(feature.id) ||
  REASONING_CUES.some((cue) => cue.id === feature.id)
    ? [i]
    : [],
);
/**
 * Beyond this many sentences a cue's value is diluted (× SENTENCE_SPAN / sentences): one "logic"
 * or "must" somewhere in a long passage says little, the same word in a short request says a lot.
 */
const SENTENCE_SPAN = 6;

const capped = (count: number, cap: number): number => Math.min(count, cap) / cap;
const flag = (value: boolean): number => (value ? 1 : 0);

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
  const cueCounts = matchCues(words);
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
  const howMany = (cueCounts[HOW_MANY] ?? 0) > 0;
  const numberWords = (cueCounts[NUMBER_WORD] ?? 0) > 0;
  set('x:numbers-and-question', flag(s.numbers >= 2 && (s.questionMarks > 0 || howMany)));
  set('x:how-many-and-number', flag(howMany && (s.numbers >= 1 || numberWords)));
  set(
    'x:math-term-and-number',
    flag((cueCounts[MATH_TERM] ?? 0) > 0 && (s.numbers >= 1 || numberWords)),
  );

  const rules = count(CONDITIONAL) + count(QUANTIFIER) + count(INFERENCE) + count(TRUTH_VALUE);
  set(
    'x:rules-and-question',
    flag(r.shortStatements >= 3 && rules >= 2 && 3 * rules >= r.sentences),
  );
  const order = count(ORDERING) + count(CONSTRAINT);
  set('x:entities-and-changes', flag(r.recurringEntities >= 1 && count(STATE_CHANGE) >= 2));
  set('x:entities-and-order', flag(order >= 3 || (r.recurringEntities >= 1 && order >= 2)));
  set(
    'x:steps-and-moves',
    flag(
      count(INSTRUCTIONS) >= 3 ||
        (count(INSTRUCTIONS) >= 2 &&
          (r.numberedSteps >= 2 || r.shortStatements >= 3 || count(STATE_CHANGE) >= 1)),
    ),
  );
  // Reasoning cues per sentence: high in a puzzle, low in a passage that mentions "if" once.
  const reasoningCues = REASONING_CUE_INDICES.reduce((sum, i) => sum + count(i), 0);
  const simpleRequests = count(TRANSFORM) + count(FIND_IN_TEXT);
  set('x:passage-and-transform', flag(r.sentences >= 4 && simpleRequests >= 1));
  set('logic:cue-density', Math.min(1, reasoningCues / (2 * Math.max(1, r.sentences))));
  set('x:yes-no-and-hops', flag(r.yesNoQuestion && count(MULTI_HOP) >= 1));
  set('x:yes-no-alone', flag(r.yesNoQuestion && r.sentences === 1));
  set('x:yes-no-personal', flag(r.yesNoQuestion && r.personalQuestion));
  const shortYesNo = r.yesNoQuestion && r.sentences <= 2;
  // "Could you …?" is a request, not a hypothesis; a question about the user is advice.
  const shortImpersonalYesNo = shortYesNo && !r.personalQuestion;
  set('x:yes-no-hypothetical', flag(shortImpersonalYesNo && r.hypotheticalQuestion));
  const links = count(FACT_LINK) + count(MULTI_HOP) + count(ORDERING) + flag(r.linkedClause);
  set('x:yes-no-linked-facts', shortImpersonalYesNo ? capped(links, 2) : 0);

  // A passage plus "summarise / translate / give it a title" is a quick request, however much
  // reasoning structure the passage has, unless the request itself asks to judge or deduce.
  const transformOnly =
    r.sentences >= 4 &&
    simpleRequests >= 1 &&
    count(TRUTH_VALUE) + count(INFERENCE) + count(ARGUMENT) === 0;
  if (transformOnly) for (const i of REASONING_FEATURE_INDICES) named[i] = (named[i] ?? 0) * 0.25;

  const english = englishness(words);
  // German capitalises every noun, so capitals mark names only in English-looking questions.
  set(
    'x:yes-no-about-names',
    flag(r.yesNoQuestion && r.sentences === 1 && r.namesInQuestion >= 1 && english >= 0.6),
  );
  const indices: number[] = [];
  const values: number[] = [];
  if (options.ngrams !== false) {
    const scale = config.ngramFloor + (1 - config.ngramFloor) * english;
    const tokens = wordTokens(folded);
    appendNgrams(tokens, config, scale, indices, values);
    // A short yes/no question's words also go to channels of their own: "held in" or "good for"
    // mean a look-up in "Where was … held?" but two facts to combine in "Was … held in …?".
    if (shortYesNo) appendNgrams(tokens, config, scale, indices, values, YES_NO_CHANNEL_SALT);
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
