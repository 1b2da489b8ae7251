import { shuffleInPlace, type Rng } from './rng';

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
  epochs: number;
  batchSize: number;
  learningRate: number;
}

export interface FloatModel {
  bias: number;
  named: Float64Array;
  hashed: Float64Array;
}

export function logit(model: FloatModel, x: Example): number {
  let z = model.bias;
  for (let i = 0; i < x.named.length; i++) z += (model.named[i] ?? 0) * (x.named[i] ?? 0);
  for (let i = 0; i < x.indices.length; i++) {
    z += (model.hashed[x.indices[i] ?? 0] ?? 0) * (x.values[i] ?? 0);
  }
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

/**
 * L2-regularised logistic regression, mini-batch Adam with a linearly decaying learning rate.
 * Deterministic for a given rng seed (the only randomness is the example order).
 */
export function trainLogistic(
  examples: readonly Example[],
  options: TrainOptions,
  rng: Rng,
): FloatModel {
  const namedSize = options.namedPrior.length;
  const model: FloatModel = {
    bias: 0,
    named: Float64Array.from(options.namedPrior),
    hashed: new Float64Array(options.hashedSize),
  };
  const bias = new Float64Array(1);
  const gBias = new Float64Array(1);
  const gNamed = new Float64Array(namedSize);
  const gHashed = new Float64Array(options.hashedSize);
  const adamBias = new Adam(1);
  const adamNamed = new Adam(namedSize);
  const adamHashed = new Adam(options.hashedSize);
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
      let batchWeight = 0;
      for (
        let k = b * options.batchSize;
        k < Math.min((b + 1) * options.batchSize, order.length);
        k++
      ) {
        const x = examples[order[k] ?? 0];
        if (x === undefined) continue;
        const p = 1 / (1 + Math.exp(-logit(model, x)));
        const g = (p - x.y) * x.weight;
        batchWeight += x.weight;
        gBias[0] += g;
        for (let i = 0; i < namedSize; i++) gNamed[i] = (gNamed[i] ?? 0) + g * (x.named[i] ?? 0);
        for (let i = 0; i < x.indices.length; i++) {
          const index = x.indices[i] ?? 0;
          gHashed[index] = (gHashed[index] ?? 0) + g * (x.values[i] ?? 0);
        }
      }
      const inv = batchWeight > 0 ? 1 / batchWeight : 0;
      gBias[0] *= inv;
      for (let i = 0; i < namedSize; i++) {
        const w = model.named[i] ?? 0;
        gNamed[i] =
          (gNamed[i] ?? 0) * inv + options.lambdaNamed * (w - (options.namedPrior[i] ?? 0));
      }
      for (let i = 0; i < options.hashedSize; i++) {
        gHashed[i] = (gHashed[i] ?? 0) * inv + options.lambdaHashed * (model.hashed[i] ?? 0);
      }
      t++;
      const lr = options.learningRate * (1 - (t - 1) / totalSteps);
      bias[0] = model.bias;
      adamBias.step(bias, gBias, lr, t);
      model.bias = bias[0] ?? 0;
      adamNamed.step(model.named, gNamed, lr, t);
      adamHashed.step(model.hashed, gHashed, lr, t);
    }
  }
  return model;
}
