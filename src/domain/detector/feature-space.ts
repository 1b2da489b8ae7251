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
  // Numbers alone name no reason: operators (arithmetic) or question cues (word problem) do.
  { id: 'num:count', reason: null, prior: 0 },
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

/**
 * Plain facts about the prompt's shape. They carry no hand-made conjunctions: how they combine
 * with the cues ("how many" plus a list, a passage plus "summarise", a short yes/no question that
 * links two facts) is learned by the interaction layer of the model (model.ts).
 */
const SHAPE_FEATURES: readonly NamedFeature[] = [
  // A density of all reasoning cues: the cues themselves say which kind of reasoning it is.
  { id: 'logic:cue-density', reason: null, prior: 1 },
  { id: 'text:one-sentence', reason: null, prior: 0 },
  { id: 'text:passage', reason: null, prior: 0 },
  { id: 'text:personal-question', reason: 'general-quick', prior: 0 },
  { id: 'text:hypothetical-question', reason: 'multi-hop', prior: 0 },
  { id: 'text:linked-clause', reason: 'multi-hop', prior: 0 },
  { id: 'text:names-in-question', reason: 'multi-hop', prior: 0 },
  { id: 'time:date-or-time', reason: 'arithmetic', prior: 0 },
  { id: 'text:list-items', reason: 'word-problem', prior: 0 },
  { id: 'text:english', reason: null, prior: 0 },
];

export const NAMED_FEATURES: readonly NamedFeature[] = [
  ...STRUCTURAL_FEATURES,
  ...CUES.map(({ id, reason, prior }) => ({ id, reason, prior })),
  ...SHAPE_FEATURES,
];

const INDEX = new Map(NAMED_FEATURES.map((feature, i) => [feature.id, i]));

export function namedFeatureIndex(id: string): number {
  const index = INDEX.get(id);
  if (index === undefined) throw new Error(`Unknown detector feature: ${id}`);
  return index;
}
