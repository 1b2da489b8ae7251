import { gzipSync } from 'node:zlib';
import { extractFeatures } from '../../src/domain/detector/features';
import { decodeModel, scoreFeatures, sigmoid } from '../../src/domain/detector/model';
import type { TrainingPrompt } from './augment';
import { bandStats, formatReliability, reliabilityTable, tuneBand } from './calibration';
import { languageOf, lengthBucket, type Label, type LabeledRow } from './data';
import { formatSummary, summarize, type Outcome } from './metrics';
import { PROBES } from './probes';
import type { Candidate } from './train';
import { quantize, renderWeightsModule } from './weights-file';

/** Accuracy the prompts outside the refine band must reach on dev. */
const BAND_TARGET = 0.99;

const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;

/**
 * Evaluates exactly what the app will run (the quantised weights through the runtime scorer),
 * prints dev accuracy by source, language and length, the stress views, the probes, the
 * reliability table and the refine band, and returns the weights module to write.
 */
export function report(
  best: Candidate,
  dev: readonly LabeledRow[],
  stressViews: readonly TrainingPrompt[],
  description: string,
): string {
  const draft = decodeModel(quantize(best.model, best.config, { low: 0.5, high: 0.5 }));
  const probability = (prompt: string): number =>
    sigmoid(scoreFeatures(draft, extractFeatures(prompt, draft.config)).logit);
  const mode = (p: number): Label => (p >= 0.5 ? 'think' : 'quick');

  const devP = dev.map((r) => probability(r.prompt));
  const devY = dev.map((r) => (r.label === 'think' ? 1 : 0));
  const band = tuneBand(devP, devY, BAND_TARGET);
  const weights = quantize(best.model, best.config, { low: band.low, high: band.high });

  const outcomes = (key: (r: LabeledRow) => string): Outcome[] =>
    dev.map((r, i) => ({ label: r.label, mode: mode(devP[i] ?? 0), source: key(r) }));
  const bySource = summarize(outcomes((r) => `${r.source} (${r.label})`));
  const byLanguage = summarize(outcomes((r) => languageOf(r)));
  const byLength = summarize(outcomes((r) => `${lengthBucket(r.prompt)} ${r.label}`));
  const stress = summarize(
    stressViews.map((r) => ({ label: r.label, mode: mode(probability(r.prompt)), source: r.view })),
  );
  const probeOutcomes = PROBES.map((p) => ({
    label: p.label,
    mode: mode(probability(p.prompt)),
    source: p.group,
  }));
  const probes = summarize(probeOutcomes);
  const reliability = reliabilityTable(devP, devY);

  console.log('\ndev by source (quantised runtime model):');
  console.log(formatSummary(bySource));
  console.log('\ndev by language:');
  console.log(formatSummary(byLanguage));
  console.log('\ndev by length bucket (characters) and label:');
  console.log(formatSummary(byLength));
  console.log('\ndev stress views (built from dev prompts):');
  console.log(formatSummary(stress));
  console.log('\nhand-written probes (not used for fitting):');
  console.log(formatSummary(probes));
  PROBES.forEach((p, i) => {
    if (probeOutcomes[i]?.mode !== p.label)
      console.log(`    MISS [${p.group}] ${p.label}: ${p.prompt.slice(0, 90)}`);
  });
  console.log('\nreliability on dev (calibrated probability of think):');
  console.log(formatReliability(reliability));
  console.log(
    `\nrefine band [${band.low.toFixed(2)}, ${band.high.toFixed(2)}): ${pct(band.share)} of dev inside ` +
      `(plain decision ${pct(band.insideAccuracy)} right there), ${pct(band.outsideAccuracy)} right outside`,
  );
  for (const [low, high] of [
    [0.3, 0.7],
    [0.2, 0.8],
    [0.1, 0.9],
  ] as const) {
    const s = bandStats(devP, devY, low, high);
    console.log(
      `  for comparison [${low}, ${high}): ${pct(s.share)} inside, ${pct(s.outsideAccuracy)} right outside`,
    );
  }
  console.log('\nnamed weights:');
  const sorted = Object.entries(weights.named).sort(([, a], [, b]) => b - a);
  console.log(`  ${sorted.map(([id, w]) => `${id} ${w.toFixed(2)}`).join(', ')}`);

  const notes = [
    `dev accuracy ${pct(bySource.accuracy)} (${bySource.total} prompts); dev stress views ${pct(stress.accuracy)}`,
    ...bySource.perSource.map((s) => `  ${s.source}: ${pct(s.accuracy)} (n=${s.total})`),
    description,
    `refine band [${band.low}, ${band.high}): ${pct(band.share)} of dev inside, ${pct(band.outsideAccuracy)} right outside`,
  ];
  const moduleText = renderWeightsModule(weights, notes);
  const gzipped = gzipSync(moduleText, { level: 9 }).length;
  console.log(
    `\nsize ${(Buffer.byteLength(moduleText) / 1024).toFixed(1)} KiB, gzipped ${(gzipped / 1024).toFixed(1)} KiB (${gzipped} bytes)`,
  );
  return moduleText;
}
