/*
 * Scores the released detector on the repository's dev split and on the FROZEN test split:
 * `npm run detector:test`. Prints Markdown tables (per source, per language, per length, calibration)
 * with dev beside test, as quoted in src/domain/detector/README.md.
 *
 * The test split (data/detector/test.jsonl) is used for nothing else: not for training, not for
 * choosing hyperparameters, the band or features. Run it once per released detector and report
 * what it says.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectMode } from '../../src/domain/detector/detector';
import { REFINE_BAND_HIGH, REFINE_BAND_LOW } from '../../src/domain/detector/route-prompt';
import { bandStats, reliabilityTable } from './calibration';
import { DETECTOR_LANGUAGES, languageOf, lengthBucket, readLabeled, type LabeledRow } from './data';

const SPLITS = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/detector');

interface Scored {
  row: LabeledRow;
  p: number;
  correct: boolean;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

function score(rows: readonly LabeledRow[]): Scored[] {
  return rows.map((row) => {
    const { score: p, mode } = detectMode(row.prompt);
    return { row, p, correct: mode === row.label };
  });
}

function groups(
  scored: readonly Scored[],
  key: (row: LabeledRow) => string,
): Map<string, Scored[]> {
  const map = new Map<string, Scored[]>();
  for (const s of scored) {
    const k = key(s.row);
    map.set(k, [...(map.get(k) ?? []), s]);
  }
  return map;
}

function cell(items: readonly Scored[] | undefined): string {
  if (!items || items.length === 0) return '— | 0';
  return `${pct(items.filter((s) => s.correct).length / items.length)} | ${items.length}`;
}

function table(
  title: string,
  keys: readonly string[],
  dev: Map<string, Scored[]>,
  test: Map<string, Scored[]>,
): void {
  console.log(`\n| ${title} | test | test n | dev | dev n |`);
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const key of keys)
    console.log(`| ${key} | ${cell(test.get(key))} | ${cell(dev.get(key))} |`);
}

function main(): void {
  const dev = score(readLabeled(resolve(SPLITS, 'dev.jsonl')));
  const test = score(readLabeled(resolve(SPLITS, 'test.jsonl')));
  const all = (
    key: (row: LabeledRow) => string,
  ): [Map<string, Scored[]>, Map<string, Scored[]>] => [groups(dev, key), groups(test, key)];
  const overall = all(() => 'overall');
  table('split', ['overall'], ...overall);

  const language = all((row) => languageOf(row));
  table('language', [...DETECTOR_LANGUAGES, 'other'], ...language);

  const source = all((row) => `${row.source} (${row.label})`);
  const sources = [...new Set([...source[0].keys(), ...source[1].keys()])].sort();
  table('source', sources, ...source);

  const length = all((row) => `${lengthBucket(row.prompt)} ${row.label}`);
  const buckets = ['<60', '60–149', '150–299', '300–599', '600–1199', '≥1200'];
  table(
    'length (characters), label',
    buckets.flatMap((b) => [`${b} think`, `${b} quick`]),
    ...length,
  );

  console.log('\n| calibration | test | dev |');
  console.log('| --- | ---: | ---: |');
  const ece = (s: readonly Scored[]): number =>
    reliabilityTable(
      s.map((x) => x.p),
      s.map((x) => (x.row.label === 'think' ? 1 : 0)),
    ).ece;
  console.log(`| expected calibration error (10 bins) | ${pct(ece(test))} | ${pct(ece(dev))} |`);
  const band = (s: readonly Scored[]): ReturnType<typeof bandStats> =>
    bandStats(
      s.map((x) => x.p),
      s.map((x) => (x.row.label === 'think' ? 1 : 0)),
      REFINE_BAND_LOW,
      REFINE_BAND_HIGH,
    );
  const [bt, bd] = [band(test), band(dev)];
  console.log(
    `| share inside the refine band [${REFINE_BAND_LOW}, ${REFINE_BAND_HIGH}) | ${pct(bt.share)} | ${pct(bd.share)} |`,
  );
  console.log(
    `| accuracy outside the band | ${pct(bt.outsideAccuracy)} | ${pct(bd.outsideAccuracy)} |`,
  );
}

main();
