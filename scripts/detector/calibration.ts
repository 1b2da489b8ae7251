import type { FloatModel } from './logistic';

/*
 * Probability calibration and the "Draft + refine" band.
 * - Platt scaling: p = σ(a·z + b), fitted by Newton's method on logits of prompts held out from
 *   training (never on dev). Because it is affine in the logit, it folds into the weights.
 * - The reliability table compares predicted probability with the observed share of think per bin.
 * - The refine band [low, high) is the narrowest band (least share of prompts) that leaves the
 *   prompts outside it at least `target` accurate.
 */

export interface Platt {
  a: number;
  b: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Fits a, b minimising log loss of σ(a·z + b) against y (0/1); deterministic. */
export function fitPlatt(logits: readonly number[], ys: readonly number[]): Platt {
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    logits.forEach((z, i) => {
      const p = sigmoid(a * z + b);
      const d = p - (ys[i] ?? 0);
      const w = p * (1 - p);
      ga += d * z;
      gb += d;
      haa += w * z * z;
      hab += w * z;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

/** The calibrated model: every weight times a, bias a·bias + b. */
export function applyPlatt(model: FloatModel, { a, b }: Platt): FloatModel {
  return {
    bias: a * model.bias + b,
    named: model.named.map((w) => a * w),
    hashed: model.hashed.map((w) => a * w),
    hiddenWeights: model.hiddenWeights,
    hiddenBias: model.hiddenBias,
    out: model.out.map((w) => a * w),
  };
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observedThink: number;
}

export function reliabilityTable(
  probabilities: readonly number[],
  ys: readonly number[],
  bins = 10,
): { bins: ReliabilityBin[]; ece: number } {
  const table: ReliabilityBin[] = Array.from({ length: bins }, (_, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    count: 0,
    meanPredicted: 0,
    observedThink: 0,
  }));
  probabilities.forEach((p, i) => {
    const bin = table[Math.min(bins - 1, Math.floor(p * bins))];
    if (!bin) return;
    bin.count++;
    bin.meanPredicted += p;
    bin.observedThink += ys[i] ?? 0;
  });
  let ece = 0;
  for (const bin of table) {
    if (bin.count === 0) continue;
    bin.meanPredicted /= bin.count;
    bin.observedThink /= bin.count;
    ece += (bin.count / probabilities.length) * Math.abs(bin.meanPredicted - bin.observedThink);
  }
  return { bins: table, ece };
}

export function formatReliability(table: { bins: ReliabilityBin[]; ece: number }): string {
  const lines = ['| predicted think | prompts | mean predicted | observed think |'];
  lines.push('| --- | ---: | ---: | ---: |');
  for (const bin of table.bins) {
    if (bin.count === 0) continue;
    lines.push(
      `| ${bin.from.toFixed(1)}–${bin.to.toFixed(1)} | ${bin.count} | ${bin.meanPredicted.toFixed(3)} | ${bin.observedThink.toFixed(3)} |`,
    );
  }
  lines.push(`expected calibration error ${(100 * table.ece).toFixed(2)} %`);
  return lines.join('\n');
}

export interface RefineBand {
  low: number;
  high: number;
  /** Share of prompts inside [low, high). */
  share: number;
  /** Accuracy of quick below low and think at or above high. */
  outsideAccuracy: number;
  /** Accuracy of the plain 0.5 decision on the prompts inside the band. */
  insideAccuracy: number;
}

export function bandStats(
  probabilities: readonly number[],
  ys: readonly number[],
  low: number,
  high: number,
): RefineBand {
  let inside = 0;
  let insideCorrect = 0;
  let outside = 0;
  let outsideCorrect = 0;
  probabilities.forEach((p, i) => {
    const correct = (p >= 0.5 ? 1 : 0) === ys[i];
    if (p >= low && p < high) {
      inside++;
      if (correct) insideCorrect++;
    } else {
      outside++;
      if (correct) outsideCorrect++;
    }
  });
  return {
    low,
    high,
    share: inside / Math.max(1, probabilities.length),
    outsideAccuracy: outside === 0 ? 1 : outsideCorrect / outside,
    insideAccuracy: inside === 0 ? 1 : insideCorrect / inside,
  };
}

/** Narrowest band (by share of prompts, then by width) whose outside accuracy reaches target. */
export function tuneBand(
  probabilities: readonly number[],
  ys: readonly number[],
  target: number,
): RefineBand {
  let best: RefineBand | undefined;
  for (let lo = 50; lo >= 2; lo--) {
    for (let hi = 50; hi <= 98; hi++) {
      const stats = bandStats(probabilities, ys, lo / 100, hi / 100);
      if (stats.outsideAccuracy < target) continue;
      const better =
        !best ||
        stats.share < best.share - 1e-12 ||
        (Math.abs(stats.share - best.share) < 1e-12 && hi - lo < 100 * (best.high - best.low));
      if (better) best = stats;
    }
  }
  return best ?? bandStats(probabilities, ys, 0.02, 0.98);
}
