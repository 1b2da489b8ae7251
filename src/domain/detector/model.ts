import { NAMED_FEATURES } from './feature-space';
import type { PromptFeatures } from './features';
import type { DetectorWeights } from './weights-format';

export interface DetectorModel {
  config: DetectorWeights['config'];
  bias: number;
  named: Float32Array;
  hashed: Int8Array;
  hashedScale: number;
  /** Interaction layer: weights[j * inputs + i] for hidden unit j and named feature i. */
  hiddenWeights: Float32Array;
  hiddenBias: Float32Array;
  out: Float32Array;
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function decodeInteractions(
  weights: DetectorWeights,
): Pick<DetectorModel, 'hiddenWeights' | 'hiddenBias' | 'out'> {
  const { features, hidden, scale, int8Base64 } = weights.interactions;
  const stored = new Int8Array(decodeBase64(int8Base64).buffer);
  if (stored.length !== hidden * features.length) {
    throw new Error(
      `Detector interaction weights hold ${stored.length} values, expected ${hidden * features.length}`,
    );
  }
  // Inputs are stored by name, so a feature added later simply has no interaction weights.
  const inputs = NAMED_FEATURES.length;
  const hiddenWeights = new Float32Array(hidden * inputs);
  features.forEach((id, storedIndex) => {
    const i = NAMED_FEATURES.findIndex((feature) => feature.id === id);
    if (i < 0) return;
    for (let j = 0; j < hidden; j++) {
      hiddenWeights[j * inputs + i] = (stored[j * features.length + storedIndex] ?? 0) * scale;
    }
  });
  return {
    hiddenWeights,
    hiddenBias: Float32Array.from(weights.interactions.hiddenBias),
    out: Float32Array.from(weights.interactions.out),
  };
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
    ...decodeInteractions(weights),
  };
}

export interface ScoreParts {
  logit: number;
  /**
   * What each named feature adds, in `NAMED_FEATURES` order: its own weight × value plus its share
   * of the interaction layer, the mean of what the layer loses without it and what it gives with
   * the feature alone (0 for absent features).
   */
  namedContributions: Float32Array;
  ngramLogit: number;
  /** Part of the logit from the interaction layer. */
  interactionLogit: number;
}

/** Interaction layer output for the hidden pre-activations `pre` (hidden units in order). */
function interactionOutput(model: DetectorModel, pre: Float32Array): number {
  let sum = 0;
  for (let j = 0; j < pre.length; j++) sum += (model.out[j] ?? 0) * Math.tanh(pre[j] ?? 0);
  return sum;
}

export function scoreFeatures(model: DetectorModel, features: PromptFeatures): ScoreParts {
  const inputs = model.named.length;
  const hidden = model.hiddenBias.length;
  const namedContributions = new Float32Array(inputs);
  const pre = Float32Array.from(model.hiddenBias);
  let logit = model.bias;
  for (let i = 0; i < inputs; i++) {
    const x = features.named[i] ?? 0;
    if (x === 0) continue;
    const contribution = (model.named[i] ?? 0) * x;
    namedContributions[i] = contribution;
    logit += contribution;
    for (let j = 0; j < hidden; j++)
      pre[j] = (pre[j] ?? 0) + (model.hiddenWeights[j * inputs + i] ?? 0) * x;
  }
  const interactionLogit = interactionOutput(model, pre);
  const empty = interactionOutput(model, model.hiddenBias);
  // A feature's share of the interactions: the mean of leaving it out and of it alone (a two-sided
  // estimate; leaving out alone would credit "has numbers" for all that numbers and operators do).
  const without = new Float32Array(hidden);
  const alone = new Float32Array(hidden);
  for (let i = 0; i < inputs; i++) {
    const x = features.named[i] ?? 0;
    if (x === 0) continue;
    for (let j = 0; j < hidden; j++) {
      const wx = (model.hiddenWeights[j * inputs + i] ?? 0) * x;
      without[j] = (pre[j] ?? 0) - wx;
      alone[j] = (model.hiddenBias[j] ?? 0) + wx;
    }
    const share =
      (interactionLogit -
        interactionOutput(model, without) +
        interactionOutput(model, alone) -
        empty) /
      2;
    namedContributions[i] = (namedContributions[i] ?? 0) + share;
  }
  let ngramSum = 0;
  const { indices, values } = features;
  for (let i = 0; i < indices.length; i++) {
    ngramSum += (model.hashed[indices[i] ?? 0] ?? 0) * (values[i] ?? 0);
  }
  const ngramLogit = ngramSum * model.hashedScale;
  return {
    logit: logit + interactionLogit + ngramLogit,
    namedContributions,
    ngramLogit,
    interactionLogit,
  };
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
