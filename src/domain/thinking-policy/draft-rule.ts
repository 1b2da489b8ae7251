import { draftConfidence } from './confidence';

/**
 * Draft + refine refines only an unsure draft (AutoMix, Aggarwal et al. 2023, arXiv 2310.12963:
 * the small model's own confidence decides whether the slower pass is worth it). The draft's
 * length-normalised likelihood (see confidence.ts) must reach this to be kept. 0.85 is a starting
 * value: `scripts/thinking-accuracy` measures on a real model where keeping costs accuracy.
 */
export const DRAFT_KEEP_CONFIDENCE = 0.85;

export type DraftVerdict =
  /** Confident: keep the draft as the answer ("Draft was confident, not refined"). */
  | { verdict: 'keep'; confidence: number }
  | { verdict: 'refine'; confidence: number }
  /** The engine gave no log-probabilities: refine, as before this rule existed. */
  | { verdict: 'refine'; confidence: null };

export function draftVerdict(
  logprobs: readonly number[],
  threshold: number = DRAFT_KEEP_CONFIDENCE,
): DraftVerdict {
  const confidence = draftConfidence(logprobs);
  if (confidence === null) return { verdict: 'refine', confidence: null };
  return confidence >= threshold
    ? { verdict: 'keep', confidence }
    : { verdict: 'refine', confidence };
}
