import { NAMED_FEATURES } from './feature-space';
import type { PromptFeatures } from './features';
import type { DetectorWeights } from './weights-format';

export interface DetectorModel {
  config: DetectorWeights['config'];
  bias: number;
  named: Float32Array;
  hashed: Int8Array;
  hashedScale: number;
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function decodeModel(weights: DetectorWeights): DetectorModel {
  const hashed = new Int8Array(decodeBase64(weights.hashedInt8Base64).buffer);
  if (hashed.length !== 1 << weights.config.hashBits) {
    throw new Error(
      `Detector weights hold ${hashed.length} buckets, expected 2^${weights.config.hashBits}`,
    );
  }
  const named = Float32Array.from(NAMED_FEATURES, (feature) => weights.named[feature.id] ?? 0);
  return {
    config: weights.config,
    bias: weights.bias,
    named,
    hashed,
    hashedScale: weights.hashedScale,
  };
}

export interface ScoreParts {
  logit: number;
  /** Contribution of each named feature (weight × value), in `NAMED_FEATURES` order. */
  namedContributions: Float32Array;
  ngramLogit: number;
}

export function scoreFeatures(model: DetectorModel, features: PromptFeatures): ScoreParts {
  const namedContributions = new Float32Array(model.named.length);
  let logit = model.bias;
  for (let i = 0; i < model.named.length; i++) {
    const contribution = (model.named[i] ?? 0) * (features.named[i] ?? 0);
    namedContributions[i] = contribution;
    logit += contribution;
  }
  let ngramSum = 0;
  const { indices, values } = features;
  for (let i = 0; i < indices.length; i++) {
    ngramSum += (model.hashed[indices[i] ?? 0] ?? 0) * (values[i] ?? 0);
  }
  const ngramLogit = ngramSum * model.hashedScale;
  return { logit: logit + ngramLogit, namedContributions, ngramLogit };
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
