import { join } from 'node:path';
import { ROUTING_DATA_DIR, readLabeled, type LabeledRow } from './data';
import { templatePrompts } from './templates/generate';

/*
 * Which rows go where (issue 22). Reserved for independent evaluation and used nowhere here:
 * databricks-dolly-15k, Natural Questions (NQ-open), and XQuAD beyond v2's English train rows.
 *
 * - train: v2 train.jsonl without the reserved sources, the v2 dev rows that may not be copied
 *   into the repository (FOLIO, AR-LSAT, LSAT-LR, AdversarialQA, DBpedia) and the own templates'
 *   train wordings;
 * - dev (tuning) and test (frozen): the v2 dev rows of sources whose licence lets them be copied
 *   (MIT, Apache-2.0, CC BY), split in half by a hash of the id, plus the templates' dev and test
 *   wordings respectively. Both are written to data/detector/ by build-splits.ts.
 */
export const RESERVED_SOURCES: readonly string[] = [
  'databricks-dolly-15k',
  'nq-open/efficientqa-dev',
  'nq-open/efficientqa-test',
];
/** v2 sources whose rows may be redistributed in this repository (see data/detector/README.md). */
export const REDISTRIBUTABLE_SOURCES: readonly string[] = [
  'gsm8k/train',
  'mbpp',
  'strategyqa/train',
  'proofwriter/depth-5-owa',
  'prontoqa/5hop-fictional',
  'humaneval',
  'humaneval-xl/python-de',
  'clinc150/train',
  'oasst1-prompts/en',
  'oasst1-prompts/multilingual',
  'self-instruct/seed+user-oriented',
  'germandpr/passage-question',
  'germandpr/question',
  'germandpr/summarise-translate',
];
/** XQuAD's dev rows are beyond "the English rows already in v2's train split". */
const DEV_ONLY_RESERVED = ['xquad/en'];

const TEMPLATE_FILLS = { train: 12, dev: 8, test: 8 } as const;

function hashShare(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % 1000) / 1000;
}

const isReserved = (row: LabeledRow): boolean => RESERVED_SOURCES.includes(row.source);

export function trainingRows(): LabeledRow[] {
  const train = readLabeled(join(ROUTING_DATA_DIR, 'train.jsonl')).filter((r) => !isReserved(r));
  const devExtra = readLabeled(join(ROUTING_DATA_DIR, 'dev.jsonl')).filter(
    (r) =>
      !isReserved(r) &&
      !DEV_ONLY_RESERVED.includes(r.source) &&
      !REDISTRIBUTABLE_SOURCES.includes(r.source),
  );
  return [...train, ...devExtra, ...templatePrompts('train', TEMPLATE_FILLS.train)];
}

/** The evaluation splits as written to data/detector/{dev,test}.jsonl. */
export function evaluationSplits(): { dev: LabeledRow[]; test: LabeledRow[] } {
  const v2 = readLabeled(join(ROUTING_DATA_DIR, 'dev.jsonl')).filter((r) =>
    REDISTRIBUTABLE_SOURCES.includes(r.source),
  );
  return {
    dev: [
      ...v2.filter((r) => hashShare(r.id) < 0.5),
      ...templatePrompts('dev', TEMPLATE_FILLS.dev),
    ],
    test: [
      ...v2.filter((r) => hashShare(r.id) >= 0.5),
      ...templatePrompts('test', TEMPLATE_FILLS.test),
    ],
  };
}
