import { detectMode } from './detector';
import type { DetectorReason } from './reasons';
import { DETECTOR_WEIGHTS } from './weights.generated';

/** Auto's three ways to answer: direct, draft then refine, or think step by step. */
export type PromptRoute = 'quick' | 'refine' | 'think';

export interface RouteDecision {
  route: PromptRoute;
  /** Calibrated probability that the prompt needs thinking, 0..1 (as `detectMode`'s score). */
  score: number;
  /** The detector's reason when it is sure; `uncertain` inside the band. */
  reason: DetectorReason;
}

/**
 * Edges of the uncertain band, as calibrated probabilities of think: below the low edge Auto
 * answers quick, at or above the high edge it thinks, in between it drafts and refines. Tuned on the
 * routing dev set by `npm run detector:train` (see README.md, "Draft + refine band").
 */
export const REFINE_BAND_LOW: number = DETECTOR_WEIGHTS.refineBand.low;
export const REFINE_BAND_HIGH: number = DETECTOR_WEIGHTS.refineBand.high;

export function routeForScore(score: number): PromptRoute {
  if (score < REFINE_BAND_LOW) return 'quick';
  if (score >= REFINE_BAND_HIGH) return 'think';
  return 'refine';
}

/** Chooses quick, refine or think for one prompt; pure and synchronous like `detectMode`. */
export function routePrompt(prompt: string): RouteDecision {
  const { score, reason } = detectMode(prompt);
  const route = routeForScore(score);
  return { route, score, reason: route === 'refine' ? 'uncertain' : reason };
}
