/*
 * Routes prompts with the app's detector: `tsx scripts/detector/route.ts <file.jsonl>`.
 * Input lines need `id` and `prompt`; output (stdout) is one JSON line per prompt:
 * {"id","mode","score","reason"}. Where inputs carry `label`, a summary goes to stderr.
 */
import { detectMode, reasonText } from '../../src/domain/detector/detector';
import { readJsonl } from './data';
import { formatSummary, summarize, type Outcome } from './metrics';

function main(): void {
  // `route.ts dev.jsonl | head` closes stdout early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const path = process.argv[2];
  if (path === undefined) {
    console.error('usage: tsx scripts/detector/route.ts <file.jsonl>');
    process.exit(2);
  }
  const rows = readJsonl(path);
  const lines: string[] = [];
  const outcomes: Outcome[] = [];
  for (const row of rows) {
    const { mode, score, reason } = detectMode(row.prompt);
    lines.push(
      JSON.stringify({
        id: row.id,
        mode,
        score: Number(score.toFixed(4)),
        reason: reasonText(reason, mode),
      }),
    );
    if (row.label !== undefined) outcomes.push({ label: row.label, mode, source: row.source });
  }
  process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  if (outcomes.length > 0) {
    const unlabeled = rows.length - outcomes.length;
    const note = unlabeled > 0 ? ` (${unlabeled} unlabelled lines not scored)` : '';
    console.error(`${formatSummary(summarize(outcomes))}${note}`);
  }
}

main();
