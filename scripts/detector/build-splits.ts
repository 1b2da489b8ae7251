/*
 * Writes the detector's evaluation splits into the repository: `npm run detector:splits`.
 * data/detector/dev.jsonl (tuning) and data/detector/test.jsonl (frozen; see splits.ts). Needs
 * routing data set v2 beside the checkout; the files it writes are committed, so tests and
 * `npm run detector:test` need nothing outside the repository. Deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabeledRow } from './data';
import { evaluationSplits } from './splits';

export const SPLITS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/detector');

const line = (r: LabeledRow): string =>
  JSON.stringify({ id: r.id, prompt: r.prompt, label: r.label, lang: r.lang, source: r.source });

function main(): void {
  const { dev, test } = evaluationSplits();
  mkdirSync(SPLITS_DIR, { recursive: true });
  for (const [name, rows] of [
    ['dev', dev],
    ['test', test],
  ] as const) {
    writeFileSync(resolve(SPLITS_DIR, `${name}.jsonl`), `${rows.map(line).join('\n')}\n`);
    console.log(`${name}: ${rows.length} rows`);
  }
}

main();
