import { NAMED_FEATURES } from './feature-space';
import { extractFeatures } from './features';
import { decodeModel, scoreFeatures, sigmoid, type DetectorModel, type ScoreParts } from './model';
import { reasonMode, type DetectorMode, type DetectorReason } from './reasons';
import { DETECTOR_WEIGHTS } from './weights.generated';

export { DETECTOR_REASONS, QUICK_REASONS, THINK_REASONS, reasonText } from './reasons';
export type { DetectorMode, DetectorReason } from './reasons';

export interface Detection {
  mode: DetectorMode;
  /** Probability that the prompt needs thinking, 0..1; mode is 'think' iff score >= 0.5. */
  score: number;
  reason: DetectorReason;
}

export interface DetectionExplanation extends Detection {
  logit: number;
  /** Part of the logit from hashed word/character n-grams (not attributable to one reason). */
  ngramLogit: number;
  /** Named features that moved the logit, largest magnitude first. */
  contributions: { feature: string; contribution: number }[];
}

/** A reason group must add at least this much logit in the decided direction to be named. */
const MIN_REASON_LOGIT = 0.4;

let model: DetectorModel | undefined;

function getModel(): DetectorModel {
  // Decoded on first use, not at import, so loading the app does not pay for it.
  model ??= decodeModel(DETECTOR_WEIGHTS);
  return model;
}

/**
 * The reason is the human category whose named features pushed hardest towards the chosen mode
 * (sum of weight × value per category). If no category pushed clearly, the decision came from
 * the hashed n-grams and the generic reason of that mode is returned.
 */
export function chooseReason(mode: DetectorMode, contributions: ArrayLike<number>): DetectorReason {
  const sign = mode === 'think' ? 1 : -1;
  const totals = new Map<DetectorReason, number>();
  NAMED_FEATURES.forEach((feature, i) => {
    if (feature.reason === null || reasonMode(feature.reason) !== mode) return;
    const push = sign * (contributions[i] ?? 0);
    if (push > 0) totals.set(feature.reason, (totals.get(feature.reason) ?? 0) + push);
  });
  let best: DetectorReason = mode === 'think' ? 'general-think' : 'general-quick';
  let bestPush = MIN_REASON_LOGIT;
  for (const [reason, push] of totals) {
    if (push > bestPush) {
      best = reason;
      bestPush = push;
    }
  }
  return best;
}

function evaluate(prompt: string): { detection: Detection; parts: ScoreParts } {
  const current = getModel();
  const parts = scoreFeatures(current, extractFeatures(prompt, current.config));
  const score = sigmoid(parts.logit);
  const mode: DetectorMode = score >= 0.5 ? 'think' : 'quick';
  return {
    detection: { mode, score, reason: chooseReason(mode, parts.namedContributions) },
    parts,
  };
}

export function explainDetection(prompt: string): DetectionExplanation {
  const { detection, parts } = evaluate(prompt);
  const contributions = NAMED_FEATURES.map((feature, i) => ({
    feature: feature.id,
    contribution: parts.namedContributions[i] ?? 0,
  }))
    .filter(({ contribution }) => contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return { ...detection, logit: parts.logit, ngramLogit: parts.ngramLogit, contributions };
}

/** Decides quick vs think for one prompt; pure, synchronous, tens of microseconds per call. */
export function detectMode(prompt: string): Detection {
  if (prompt.trim() === '') return { mode: 'quick', score: 0, reason: 'general-quick' };
  return evaluate(prompt).detection;
}
