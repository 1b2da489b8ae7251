import { CUES } from './lexicon';
import type { DetectorReason } from './reasons';

/** A named (not hashed) feature: its weight is readable and its contribution maps to a reason. */
export interface NamedFeature {
  id: string;
  /** Reason this feature stands for when it pushes the decision; null = no human reason. */
  reason: DetectorReason | null;
  /** Weight the training script pulls towards where the data has no evidence. */
  prior: number;
}

const STRUCTURAL_FEATURES: readonly NamedFeature[] = [
  { id: 'num:count', reason: 'word-problem', prior: 0 },
  { id: 'num:year', reason: 'short-factual', prior: 0 },
  { id: 'num:decimal-or-fraction', reason: 'arithmetic', prior: 0 },
  { id: 'num:percent', reason: 'word-problem', prior: 0 },
  { id: 'num:currency', reason: 'word-problem', prior: 0 },
  { id: 'num:unit', reason: 'word-problem', prior: 0 },
  { id: 'math:operator', reason: 'arithmetic', prior: 1.5 },
  { id: 'math:operator-chain', reason: 'arithmetic', prior: 1.5 },
  { id: 'math:equation', reason: 'math', prior: 2 },
  { id: 'math:symbol', reason: 'math', prior: 1 },
  { id: 'code:block', reason: 'code', prior: 2 },
  { id: 'code:syntax', reason: 'code', prior: 2 },
  { id: 'code:identifier', reason: 'code', prior: 0.5 },
  { id: 'code:language', reason: 'code', prior: 0 },
  { id: 'text:question-marks', reason: null, prior: 0 },
  { id: 'text:ends-with-question', reason: null, prior: 0 },
  { id: 'text:multiline', reason: null, prior: 0 },
  { id: 'text:quote', reason: null, prior: 0 },
  { id: 'logic:symbolic', reason: 'symbolic', prior: 2 },
  { id: 'logic:recurring-entities', reason: 'tracking-changes', prior: 0.3 },
  { id: 'logic:short-statements', reason: 'deduction', prior: 0.5 },
  { id: 'text:numbered-steps', reason: 'instructions', prior: 0 },
  { id: 'text:yes-no-question', reason: 'multi-hop', prior: 0 },
];

/** Conjunctions a linear model cannot form itself ("how many" is factual unless numbers follow). */
const CROSS_FEATURES: readonly NamedFeature[] = [
  { id: 'x:numbers-and-question', reason: 'word-problem', prior: 0.5 },
  { id: 'x:how-many-and-number', reason: 'word-problem', prior: 0.5 },
  { id: 'x:math-term-and-number', reason: 'math', prior: 1.5 },
  // Reasoning without numbers: the cue alone is common, together with the structure it is not.
  { id: 'x:rules-and-question', reason: 'deduction', prior: 1.5 },
  { id: 'x:entities-and-changes', reason: 'tracking-changes', prior: 2 },
  { id: 'x:entities-and-order', reason: 'constraints', prior: 2 },
  { id: 'x:steps-and-moves', reason: 'instructions', prior: 2 },
  { id: 'logic:cue-density', reason: 'deduction', prior: 1 },
  // A passage followed (or preceded) by "summarise / translate / give it a title" is quick, however
  // much reasoning structure the passage itself has.
  { id: 'x:passage-and-transform', reason: 'general-quick', prior: -2 },
  { id: 'x:yes-no-and-hops', reason: 'multi-hop', prior: 1 },
  { id: 'x:yes-no-alone', reason: 'multi-hop', prior: 0 },
  { id: 'x:yes-no-about-names', reason: 'multi-hop', prior: 0 },
  { id: 'x:yes-no-personal', reason: 'general-quick', prior: 0 },
  // A short yes/no question whose answer needs two facts put together: a hypothetical opener
  // ("Could a llama …?") or a link between two facts (time span, capacity, comparison, suitability).
  { id: 'x:yes-no-hypothetical', reason: 'multi-hop', prior: 1 },
  { id: 'x:yes-no-linked-facts', reason: 'multi-hop', prior: 1 },
];

export const NAMED_FEATURES: readonly NamedFeature[] = [
  ...STRUCTURAL_FEATURES,
  ...CUES.map(({ id, reason, prior }) => ({ id, reason, prior })),
  ...CROSS_FEATURES,
];

const INDEX = new Map(NAMED_FEATURES.map((feature, i) => [feature.id, i]));

export function namedFeatureIndex(id: string): number {
  const index = INDEX.get(id);
  if (index === undefined) throw new Error(`Unknown detector feature: ${id}`);
  return index;
}
