import type { Label } from './data';

export interface Outcome {
  label: Label;
  mode: Label;
  source?: string;
}

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Summary {
  total: number;
  accuracy: number;
  perClass: Record<Label, ClassMetrics>;
  perSource: { source: string; total: number; accuracy: number }[];
}

function classMetrics(outcomes: readonly Outcome[], label: Label): ClassMetrics {
  let tp = 0;
  let predicted = 0;
  let support = 0;
  for (const o of outcomes) {
    if (o.mode === label) predicted++;
    if (o.label === label) support++;
    if (o.mode === label && o.label === label) tp++;
  }
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = support === 0 ? 0 : tp / support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support };
}

export function summarize(outcomes: readonly Outcome[]): Summary {
  const bySource = new Map<string, { total: number; correct: number }>();
  let correct = 0;
  for (const o of outcomes) {
    const hit = o.label === o.mode ? 1 : 0;
    correct += hit;
    if (o.source !== undefined) {
      const entry = bySource.get(o.source) ?? { total: 0, correct: 0 };
      entry.total++;
      entry.correct += hit;
      bySource.set(o.source, entry);
    }
  }
  return {
    total: outcomes.length,
    accuracy: outcomes.length === 0 ? 0 : correct / outcomes.length,
    perClass: { think: classMetrics(outcomes, 'think'), quick: classMetrics(outcomes, 'quick') },
    perSource: [...bySource.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([source, { total, correct: ok }]) => ({ source, total, accuracy: ok / total })),
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;

export function formatSummary(summary: Summary): string {
  const lines = [`accuracy ${pct(summary.accuracy)} (${summary.total} prompts)`];
  for (const label of ['think', 'quick'] as const) {
    const m = summary.perClass[label];
    lines.push(
      `  ${label.padEnd(5)} precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}  (n=${m.support})`,
    );
  }
  if (summary.perSource.length > 0) {
    lines.push('  per source:');
    for (const s of summary.perSource) {
      lines.push(`    ${s.source.padEnd(28)} ${pct(s.accuracy).padStart(7)}  (n=${s.total})`);
    }
  }
  return lines.join('\n');
}
