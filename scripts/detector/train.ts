/*
 * Trains the Auto-mode detector: `tsx scripts/detector/train.ts`.
 * Reads ../shared/data/routing/{train,dev}.jsonl, fits an L2-regularised logistic regression on
 * train (plus length-breaking views of it), picks hyperparameters and the threshold on dev, and
 * writes src/features/thinking/detector/weights.generated.ts. Deterministic: same bytes every run.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { NAMED_FEATURES } from '../../src/domain/detector/feature-space';
import { extractFeatures, type FeatureConfig } from '../../src/domain/detector/features';
import { decodeModel, scoreFeatures } from '../../src/domain/detector/model';
import { buildViews, type TrainingPrompt } from './augment';
import { ROUTING_DATA_DIR, readLabeled, type Label } from './data';
import { logit, trainLogistic, type Example, type FloatModel } from './logistic';
import { formatSummary, summarize, type Outcome } from './metrics';
import { PROBES } from './probes';
import { createRng } from './rng';
import { quantize, renderWeightsModule } from './weights-file';

const SEED = 20261128;
const OUTPUT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../src/features/thinking/detector/weights.generated.ts',
);
/** Share of training prompts also shown without n-grams, so the neutral features can decide alone. */
const NEUTRAL_VIEW_SHARE = 0.5;
/** Synthetic views count a little less than real prompts. */
const AUGMENTED_WEIGHT = 0.7;
/**
 * Fixed by hand rather than tuned: dev is English only, so it cannot measure this trade-off (see
 * language.ts for what it does).
 */
const NGRAM_FLOOR = 0.15;
const GRID = {
  hashBits: [13, 14],
  charNgrams: [
    [3, 5],
    [2, 4],
  ],
  lambdaHashed: [3e-5, 1e-4, 3e-4],
  lambdaNamed: [3e-4, 3e-3],
};
const TRAIN_SETTINGS = { epochs: 12, batchSize: 64, learningRate: 0.02 };

interface Candidate {
  config: FeatureConfig;
  lambdaHashed: number;
  lambdaNamed: number;
  model: FloatModel;
  threshold: number;
  devAccuracy: number;
  stressAccuracy: number;
  objective: number;
}

const yOf = (label: Label): number => (label === 'think' ? 1 : 0);

function toExample(
  prompt: string,
  label: Label,
  config: FeatureConfig,
  weight: number,
  ngrams = true,
): Example {
  const f = extractFeatures(prompt, config, { ngrams });
  return { named: f.named, indices: f.indices, values: f.values, y: yOf(label), weight };
}

function buildExamples(views: readonly TrainingPrompt[], config: FeatureConfig): Example[] {
  const rng = createRng(SEED + 7);
  const examples: Example[] = [];
  for (const view of views) {
    const weight = view.view === 'original' ? 1 : AUGMENTED_WEIGHT;
    examples.push(toExample(view.prompt, view.label, config, weight));
    if (rng() < NEUTRAL_VIEW_SHARE)
      examples.push(toExample(view.prompt, view.label, config, weight, false));
  }
  return examples;
}

function accuracyAt(
  logits: readonly number[],
  examples: readonly Example[],
  threshold: number,
): number {
  let correct = 0;
  logits.forEach((z, i) => {
    if ((z >= threshold ? 1 : 0) === examples[i]?.y) correct++;
  });
  return logits.length === 0 ? 0 : correct / logits.length;
}

/** Threshold on the logit that maximises the mean of dev and dev-stress accuracy (ties: nearest 0). */
function tuneThreshold(
  model: FloatModel,
  dev: readonly Example[],
  stress: readonly Example[],
): { threshold: number; dev: number; stress: number } {
  const devLogits = dev.map((x) => logit(model, x));
  const stressLogits = stress.map((x) => logit(model, x));
  let best = { threshold: 0, dev: 0, stress: 0, objective: -1 };
  for (let k = 0; k <= 40; k++) {
    const offset = Math.round(k / 2) * 0.05 * (k % 2 === 0 ? 1 : -1);
    const d = accuracyAt(devLogits, dev, offset);
    const s = accuracyAt(stressLogits, stress, offset);
    const objective = (d + s) / 2;
    if (objective > best.objective + 1e-12)
      best = { threshold: offset, dev: d, stress: s, objective };
  }
  return best;
}

function describe(c: Candidate): string {
  const { hashBits, charNgramMin, charNgramMax } = c.config;
  return (
    `bits=${hashBits} chars=${charNgramMin}-${charNgramMax} λh=${c.lambdaHashed} λn=${c.lambdaNamed} ` +
    `thr=${c.threshold.toFixed(2)} dev=${(100 * c.devAccuracy).toFixed(2)}% ` +
    `stress=${(100 * c.stressAccuracy).toFixed(2)}%`
  );
}

function main(): void {
  const started = Date.now();
  const train = readLabeled(join(ROUTING_DATA_DIR, 'train.jsonl'));
  const dev = readLabeled(join(ROUTING_DATA_DIR, 'dev.jsonl'));
  const views = buildViews(createRng(SEED), train, {
    longQuick: 1200,
    mixedThink: 1000,
    storyQuick: 1000,
  });
  const stressViews = buildViews(createRng(SEED + 1), dev, {
    longQuick: 200,
    mixedThink: 150,
    storyQuick: 150,
  }).filter((v) => v.view !== 'original');
  console.log(
    `train ${train.length} rows → ${views.length} views; dev ${dev.length}; dev stress ${stressViews.length}`,
  );
  const namedPrior = Float64Array.from(NAMED_FEATURES, (f) => f.prior);

  let best: Candidate | undefined;
  for (const hashBits of GRID.hashBits) {
    for (const [charNgramMin = 3, charNgramMax = 5] of GRID.charNgrams) {
      const config: FeatureConfig = {
        hashBits,
        charNgramMin,
        charNgramMax,
        ngramFloor: NGRAM_FLOOR,
      };
      const examples = buildExamples(views, config);
      const devExamples = dev.map((r) => toExample(r.prompt, r.label, config, 1));
      const stressExamples = stressViews.map((r) => toExample(r.prompt, r.label, config, 1));
      for (const lambdaHashed of GRID.lambdaHashed) {
        for (const lambdaNamed of GRID.lambdaNamed) {
          const model = trainLogistic(
            examples,
            { ...TRAIN_SETTINGS, hashedSize: 1 << hashBits, namedPrior, lambdaHashed, lambdaNamed },
            createRng(SEED + 3),
          );
          const tuned = tuneThreshold(model, devExamples, stressExamples);
          const candidate: Candidate = {
            config,
            lambdaHashed,
            lambdaNamed,
            model,
            threshold: tuned.threshold,
            devAccuracy: tuned.dev,
            stressAccuracy: tuned.stress,
            objective: (tuned.dev + tuned.stress) / 2,
          };
          console.log(`  ${describe(candidate)}`);
          if (!best || candidate.objective > best.objective + 1e-9) best = candidate;
        }
      }
    }
  }
  if (!best) throw new Error('empty hyperparameter grid');
  console.log(`\nselected: ${describe(best)}; bias ${best.model.bias.toFixed(3)}`);

  // Evaluate exactly what the app will run: the quantised weights through the runtime scorer.
  const weights = quantize(best.model, best.config, best.threshold);
  const runtime = decodeModel(weights);
  const predict = (prompt: string): Label =>
    scoreFeatures(runtime, extractFeatures(prompt, runtime.config)).logit >= 0 ? 'think' : 'quick';
  const devOutcomes: Outcome[] = dev.map((r) => ({
    label: r.label,
    mode: predict(r.prompt),
    source: r.source,
  }));
  const stressOutcomes: Outcome[] = stressViews.map((r) => ({
    label: r.label,
    mode: predict(r.prompt),
    source: r.view,
  }));
  const probeOutcomes: Outcome[] = PROBES.map((p) => ({
    label: p.label,
    mode: predict(p.prompt),
    source: p.group,
  }));
  const devSummary = summarize(devOutcomes);
  const stressSummary = summarize(stressOutcomes);
  const probeSummary = summarize(probeOutcomes);

  const notes = [
    `dev accuracy ${(100 * devSummary.accuracy).toFixed(2)}% (${devSummary.total} prompts); ` +
      `dev stress views ${(100 * stressSummary.accuracy).toFixed(2)}%`,
    ...devSummary.perSource.map(
      (s) => `  ${s.source}: ${(100 * s.accuracy).toFixed(2)}% (n=${s.total})`,
    ),
    `λ hashed ${best.lambdaHashed}, λ named ${best.lambdaNamed}, threshold logit ${best.threshold.toFixed(2)}`,
  ];
  const moduleText = renderWeightsModule(weights, notes);
  writeFileSync(OUTPUT, moduleText);

  console.log('\ndev (quantised runtime model):');
  console.log(formatSummary(devSummary));
  console.log('\ndev stress views (short GSM8K questions, long quick prompts, mixed):');
  console.log(formatSummary(stressSummary));
  console.log('\nhand-written probes (not used for fitting):');
  console.log(formatSummary(probeSummary));
  PROBES.forEach((p, i) => {
    if (probeOutcomes[i]?.mode !== p.label)
      console.log(`    MISS [${p.group}] ${p.label}: ${p.prompt.slice(0, 90)}`);
  });
  console.log('\nnamed weights:');
  const sorted = Object.entries(weights.named).sort(([, a], [, b]) => b - a);
  console.log(`  ${sorted.map(([id, w]) => `${id} ${w.toFixed(2)}`).join(', ')}`);
  const bytes = Buffer.byteLength(moduleText);
  const gzipped = gzipSync(moduleText, { level: 9 }).length;
  console.log(`\nwrote ${OUTPUT}`);
  console.log(
    `size ${(bytes / 1024).toFixed(1)} KiB, gzipped ${(gzipped / 1024).toFixed(1)} KiB (${gzipped} bytes)`,
  );
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
