import type { FeatureConfig } from './features';

/** Shape of `weights.generated.ts`, written by `scripts/detector/train.ts`. */
export interface DetectorWeights {
  version: 1;
  config: FeatureConfig;
  /** Logit offset; the tuned decision threshold is already folded in, so think ⇔ score ≥ 0.5. */
  bias: number;
  /** Weights of the named features by id (see feature-space.ts). */
  named: Readonly<Record<string, number>>;
  /** Hashed n-gram weights: int8 per bucket, base64, times `hashedScale`. */
  hashedScale: number;
  hashedInt8Base64: string;
}
