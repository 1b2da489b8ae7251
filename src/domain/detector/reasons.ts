export type DetectorMode = 'think' | 'quick';

/** Stable reason codes; the UI translates them, so never rename one (add new codes instead). */
export const THINK_REASONS = [
  'arithmetic',
  'word-problem',
  'math',
  'code',
  'logic-puzzle',
  'proof-or-derivation',
  'planning-or-analysis',
  'step-by-step',
  'general-think',
  'deduction',
  'tracking-changes',
  'constraints',
  'instructions',
  'symbolic',
  'argument-analysis',
  'multi-hop',
] as const;

export const QUICK_REASONS = [
  'short-factual',
  'definition',
  'explanation',
  'list-or-brainstorm',
  'classification',
  'creative-writing',
  'chit-chat',
  'general-quick',
] as const;

/** Reasons of `routePrompt` for the band between quick and think ("Draft + refine"). */
export const REFINE_REASONS = ['uncertain'] as const;

export type ThinkReason = (typeof THINK_REASONS)[number];
export type QuickReason = (typeof QUICK_REASONS)[number];
export type RefineReason = (typeof REFINE_REASONS)[number];
export type DetectorReason = ThinkReason | QuickReason | RefineReason;

export const DETECTOR_REASONS: readonly DetectorReason[] = [
  ...THINK_REASONS,
  ...QUICK_REASONS,
  ...REFINE_REASONS,
];

/** English text per reason: the command line's, and the UI's English (`reasons` in i18n/en.ts). */
export const REASON_TEXT: Record<DetectorReason, string> = {
  arithmetic: 'multi-step arithmetic',
  'word-problem': 'math word problem',
  math: 'math question',
  code: 'writing code',
  'logic-puzzle': 'logic puzzle',
  'proof-or-derivation': 'proof or derivation',
  'planning-or-analysis': 'planning or analysis',
  'step-by-step': 'asks for step-by-step reasoning',
  'general-think': 'needs careful reasoning',
  deduction: 'chain of deductions',
  'tracking-changes': 'keeping track of changes',
  constraints: 'ordering or scheduling constraints',
  instructions: 'following a sequence of instructions',
  symbolic: 'symbolic expression',
  'argument-analysis': 'analysing an argument',
  'multi-hop': 'combining several facts',
  'short-factual': 'short factual question',
  definition: 'definition of a term',
  explanation: 'general explanation',
  'list-or-brainstorm': 'list or brainstorm',
  classification: 'simple classification',
  'creative-writing': 'creative writing',
  'chit-chat': 'chit-chat',
  'general-quick': 'simple request',
  uncertain: 'not sure this needs thinking',
};

const THINK_SET: ReadonlySet<DetectorReason> = new Set(THINK_REASONS);
const REFINE_SET: ReadonlySet<DetectorReason> = new Set(REFINE_REASONS);

/** The mode a reason argues for; the refine reasons argue for neither and answer null. */
export function reasonMode(reason: DetectorReason): DetectorMode | null {
  if (REFINE_SET.has(reason)) return null;
  return THINK_SET.has(reason) ? 'think' : 'quick';
}

/**
 * English text for a reason code, e.g. "multi-step arithmetic". `mode` only matters for the
 * rare case where a reason is shown against the other mode (the user overrode Auto); then the
 * text says so, because "Quick: writing code" would read as a contradiction.
 */
export function reasonText(reason: DetectorReason, mode: DetectorMode): string {
  const text = REASON_TEXT[reason];
  const argued = reasonMode(reason);
  return argued === null || argued === mode ? text : `despite ${text}`;
}
