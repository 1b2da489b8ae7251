import { shuffleInPlace, type Rng } from './rng';

/*
 * The detector's model: a logistic regression over named features and hashed n-grams, plus one
 * small hidden tanh layer over the named features that learns their interactions (what the hand-made
 * cross features did before):
 *   z = bias + Σ named_i · x_i + Σ hashed_k · v_k + Σ_j out_j · tanh(hb_j + Σ_i W_ji · x_i)
 * Trained jointly by mini-batch Adam with L2; deterministic for a given rng.
 */

export interface Example {
  named: Float32Array;
  indices: Int32Array;
  values: Float32Array;
  /** 1 = think, 0 = quick. */
  y: number;
  weight: number;
}

export interface TrainOptions {
  hashedSize: number;
  /** Prior means of the named weights (regularised towards these, not towards 0). */
  namedPrior: Float64Array;
  lambdaHashed: number;
  lambdaNamed: number;
  /** L2 on the interaction layer's weights. */
  lambdaInteractions: number;
  hidden: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
}

export interface FloatModel {
  bias: number;
  named: Float64Array;
  hashed: Float64Array;
  /** hidden × named, row-major. */
  hiddenWeights: Float64Array;
  hiddenBias: Float64Array;
  out: Float64Array;
}

/** Hidden activations for one example (tanh), written into `h`. */
function hiddenLayer(model: FloatModel, x: Example, h: Float64Array): void {
  const inputs = model.named.length;
  for (let j = 0; j < h.length; j++) {
    let a = model.hiddenBias[j] ?? 0;
    const row = j * inputs;
    for (let i = 0; i < inputs; i++) {
      const v = x.named[i] ?? 0;
      if (v !== 0) a += (model.hiddenWeights[row + i] ?? 0) * v;
    }
    h[j] = Math.tanh(a);
  }
}

function linearLogit(model: FloatModel, x: Example): number {
  let z = model.bias;
  for (let i = 0; i < x.named.length; i++) z += (model.named[i] ?? 0) * (x.named[i] ?? 0);
  for (let i = 0; i < x.indices.length; i++) {
    z += (model.hashed[x.indices[i] ?? 0] ?? 0) * (x.values[i] ?? 0);
  }
  return z;
}

export function logit(model: FloatModel, x: Example): number {
  const h = new Float64Array(model.out.length);
  hiddenLayer(model, x, h);
  let z = linearLogit(model, x);
  for (let j = 0; j < h.length; j++) z += (model.out[j] ?? 0) * (h[j] ?? 0);
  return z;
}

/** Adam optimiser state for one parameter vector. */
class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;

  constructor(size: number) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }

  step(params: Float64Array, grad: Float64Array, lr: number, t: number): void {
    const b1 = 0.9;
    const b2 = 0.999;
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    for (let i = 0; i < params.length; i++) {
      const g = grad[i] ?? 0;
      const m = b1 * (this.m[i] ?? 0) + (1 - b1) * g;
      const v = b2 * (this.v[i] ?? 0) + (1 - b2) * g * g;
      this.m[i] = m;
      this.v[i] = v;
      params[i] = (params[i] ?? 0) - (lr * (m / c1)) / (Math.sqrt(v / c2) + 1e-8);
    }
  }
}

function initialModel(options: TrainOptions, rng: Rng): FloatModel {
  const inputs = options.namedPrior.length;
  // Small seeded weights break the symmetry between hidden units.
  const hiddenWeights = Float64Array.from(
    { length: options.hidden * inputs },
    () => (rng() - 0.5) * 0.4,
  );
  const out = Float64Array.from({ length: options.hidden }, () => (rng() - 0.5) * 0.2);
  return {
    bias: 0,
    named: Float64Array.from(options.namedPrior),
    hashed: new Float64Array(options.hashedSize),
    hiddenWeights,
    hiddenBias: new Float64Array(options.hidden),
    out,
  };
}

/**
 * Mini-batch Adam with a linearly decaying learning rate. Deterministic for a given rng seed (it
 * draws the initial interaction weights, then the example order).
 */
export function trainModel(
  examples: readonly Example[],
  options: TrainOptions,
  rng: Rng,
): FloatModel {
  const inputs = options.namedPrior.length;
  const hidden = options.hidden;
  const model = initialModel(options, rng);
  const bias = new Float64Array(1);
  const gBias = new Float64Array(1);
  const gNamed = new Float64Array(inputs);
  const gHashed = new Float64Array(options.hashedSize);
  const gHiddenWeights = new Float64Array(hidden * inputs);
  const gHiddenBias = new Float64Array(hidden);
  const gOut = new Float64Array(hidden);
  const adam = {
    bias: new Adam(1),
    named: new Adam(inputs),
    hashed: new Adam(options.hashedSize),
    hiddenWeights: new Adam(hidden * inputs),
    hiddenBias: new Adam(hidden),
    out: new Adam(hidden),
  };
  const h = new Float64Array(hidden);
  const order = examples.map((_, i) => i);
  const batches = Math.ceil(examples.length / options.batchSize);
  const totalSteps = options.epochs * batches;
  let t = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(rng, order);
    for (let b = 0; b < batches; b++) {
      gBias[0] = 0;
      gNamed.fill(0);
      gHashed.fill(0);
      gHiddenWeights.fill(0);
      gHiddenBias.fill(0);
      gOut.fill(0);
      let batchWeight = 0;
      for (
        let k = b * options.batchSize;
        k < Math.min((b + 1) * options.batchSize, order.length);
        k++
      ) {
        const x = examples[order[k] ?? 0];
        if (x === undefined) continue;
        hiddenLayer(model, x, h);
        let z = linearLogit(model, x);
        for (let j = 0; j < hidden; j++) z += (model.out[j] ?? 0) * (h[j] ?? 0);
        const g = (1 / (1 + Math.exp(-z)) - x.y) * x.weight;
        batchWeight += x.weight;
        gBias[0] += g;
        for (let i = 0; i < inputs; i++) gNamed[i] = (gNamed[i] ?? 0) + g * (x.named[i] ?? 0);
        for (let i = 0; i < x.indices.length; i++) {
          const index = x.indices[i] ?? 0;
          gHashed[index] = (gHashed[index] ?? 0) + g * (x.values[i] ?? 0);
        }
        for (let j = 0; j < hidden; j++) {
          const hj = h[j] ?? 0;
          gOut[j] = (gOut[j] ?? 0) + g * hj;
          const gPre = g * (model.out[j] ?? 0) * (1 - hj * hj);
          gHiddenBias[j] = (gHiddenBias[j] ?? 0) + gPre;
          const row = j * inputs;
          for (let i = 0; i < inputs; i++) {
            const v = x.named[i] ?? 0;
            if (v !== 0) gHiddenWeights[row + i] = (gHiddenWeights[row + i] ?? 0) + gPre * v;
          }
        }
      }
      const inv = batchWeight > 0 ? 1 / batchWeight : 0;
      gBias[0] *= inv;
      for (let i = 0; i < inputs; i++) {
        const w = model.named[i] ?? 0;
        gNamed[i] =
          (gNamed[i] ?? 0) * inv + options.lambdaNamed * (w - (options.namedPrior[i] ?? 0));
      }
      for (let i = 0; i < options.hashedSize; i++) {
        gHashed[i] = (gHashed[i] ?? 0) * inv + options.lambdaHashed * (model.hashed[i] ?? 0);
      }
      const l = options.lambdaInteractions;
      for (let i = 0; i < gHiddenWeights.length; i++) {
        gHiddenWeights[i] = (gHiddenWeights[i] ?? 0) * inv + l * (model.hiddenWeights[i] ?? 0);
      }
      for (let j = 0; j < hidden; j++) {
        gHiddenBias[j] = (gHiddenBias[j] ?? 0) * inv;
        gOut[j] = (gOut[j] ?? 0) * inv + l * (model.out[j] ?? 0);
      }
      t++;
      const lr = options.learningRate * (1 - (t - 1) / totalSteps);
      bias[0] = model.bias;
      adam.bias.step(bias, gBias, lr, t);
      model.bias = bias[0] ?? 0;
      adam.named.step(model.named, gNamed, lr, t);
      adam.hashed.step(model.hashed, gHashed, lr, t);
      adam.hiddenWeights.step(model.hiddenWeights, gHiddenWeights, lr, t);
      adam.hiddenBias.step(model.hiddenBias, gHiddenBias, lr, t);
      adam.out.step(model.out, gOut, lr, t);
    }
  }
  return model;
}
