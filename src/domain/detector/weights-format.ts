import type { FeatureConfig } from './features';

/** Shape of `weights.generated.ts`, written by `scripts/detector/train.ts`. */
export interface DetectorWeights {
  version: 3;
  config: FeatureConfig;
  /** Logit offset. The calibration (Platt scaling) is folded into all weights and the bias. */
  bias: number;
  /**
   * Calibrated probabilities between which Auto is unsure ("Draft + refine"), tuned on dev:
   * quick below `low`, think at or above `high`.
   */
  refineBand: { low: number; high: number };
  /** Weights of the named features by id (see feature-space.ts). */
  named: Readonly<Record<string, number>>;
  /** Hashed n-gram weights: int8 per bucket, base64, times `hashedScale`. */
  hashedScale: number;
  hashedInt8Base64: string;
  /**
   * The learned interactions: one hidden tanh layer over the named features,
   * logit += Σ_j out[j] · tanh(hiddenBias[j] + Σ_i W[j][i] · named[i]).
   * `features` names the inputs in order; W is int8, row-major (hidden × inputs), times `scale`.
   */
  interactions: {
    features: readonly string[];
    hidden: number;
    scale: number;
    int8Base64: string;
    hiddenBias: readonly number[];
    out: readonly number[];
  };
}
