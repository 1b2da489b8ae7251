// `npm run bench`: first-paint size of the production build, then main-thread time per streamed
// token at ~1k and ~8k tokens, side by side in one run. Prints tables, writes bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { firstPaintTable, measureFirstPaint, topPackagesTable } from './first-paint-size';
import { formatTable } from './format-table';
import { curveTable, measureStream, profileTables, streamTable } from './stream-ui.bench';

const RESULTS = 'bench/results/latest.json';

const started = performance.now();
const profile = process.env.BENCH_PROFILE === '1';
const runs = Number(process.env.BENCH_RUNS ?? (profile ? 1 : 3));

const firstPaint = await measureFirstPaint();
const stream = await measureStream(runs, profile);

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  platform: `${process.platform} ${process.arch}`,
  node: process.version,
  chromium: stream.chromium,
};
const seconds = (performance.now() - started) / 1000;

console.log('\nFirst paint (production build, gzip -9):\n');
console.log(firstPaintTable(firstPaint));
console.log();
console.log(topPackagesTable(firstPaint));
console.log(
  `\nMain-thread ms per token, per ${stream.config.windowTokens}-token window of the answer (${runs} runs):\n`,
);
console.log(curveTable(stream));
if (profile) console.log(`\n${profileTables(stream)}`);
console.log('\nSummary:\n');
console.log(
  formatTable(
    ['measure', 'value'],
    [
      ['first paint JS, gzip', `${(firstPaint.firstPaint.jsGzipBytes / 1024).toFixed(1)} kB`],
      ['engines in first paint', firstPaint.violations.join(', ') || 'none'],
      ['synthetic engine in production', firstPaint.syntheticInProduction.join(', ') || 'no'],
      ['main ms/token at ~1k', stream.at1k.taskMsPerToken.toFixed(3)],
      ['main ms/token at ~8k', stream.at8k.taskMsPerToken.toFixed(3)],
      ['ratio 8k/1k', stream.ratio8kTo1k.task.toFixed(2)],
      [
        'long tasks while streaming, per run',
        stream.runs
          .map((r) => `${r.longTasks.count} (${r.longTasks.totalMs.toFixed(0)} ms)`)
          .join(', '),
      ],
      [
        'long tasks loading the page, per run',
        stream.runs
          .map((r) => `${r.longTasksBefore.count} (${r.longTasksBefore.totalMs.toFixed(0)} ms)`)
          .join(', '),
      ],
      ['bench wall time', `${seconds.toFixed(0)} s`],
    ],
  ),
);
console.log();
console.log(streamTable(stream));

mkdirSync('bench/results', { recursive: true });
writeFileSync(
  RESULTS,
  `${JSON.stringify({ date: new Date().toISOString(), machine, seconds, firstPaint, stream }, null, 2)}\n`,
);
console.log(`\nWrote ${RESULTS}`);

if (firstPaint.violations.length > 0 || firstPaint.syntheticInProduction.length > 0) {
  console.error('An engine or the synthetic engine is part of the production first paint.');
  process.exitCode = 1;
}
