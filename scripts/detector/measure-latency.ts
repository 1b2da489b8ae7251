/*
 * Detector latency: `tsx scripts/detector/measure-latency.ts [file.jsonl] [--rounds=N]`.
 * Runs detectMode over the repository's dev split (data/detector/dev.jsonl; or the given file; the hand-written probes when neither
 * exists) many times and prints mean / p50 / p99 / max microseconds per call, by the wall clock and
 * as CPU time of the process.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { detectMode } from '../../src/domain/detector/detector';
import { readJsonl } from './data';
import { PROBES } from './probes';

function loadPrompts(path: string | undefined): { prompts: string[]; from: string } {
  const file =
    path ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../data/detector/dev.jsonl');
  if (existsSync(file)) return { prompts: readJsonl(file).map((r) => r.prompt), from: file };
  return { prompts: PROBES.map((p) => p.prompt), from: 'hand-written probes' };
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function main(): void {
  const args = process.argv.slice(2);
  const roundsArg = args.find((a) => a.startsWith('--rounds='));
  const rounds = roundsArg ? Number(roundsArg.slice('--rounds='.length)) : 50;
  const { prompts, from } = loadPrompts(args.find((a) => !a.startsWith('--')));

  const coldStart = performance.now();
  detectMode(prompts[0] ?? 'warm up');
  const cold = (performance.now() - coldStart) * 1000;
  for (let i = 0; i < 3; i++) for (const prompt of prompts) detectMode(prompt);

  const times = new Float64Array(prompts.length * rounds);
  // CPU time of this process per call as well: on a shared, loaded machine the wall clock also
  // counts the time other processes held the core, CPU time does not.
  const cpuTimes = new Float64Array(prompts.length * rounds);
  let k = 0;
  let think = 0;
  for (let r = 0; r < rounds; r++) {
    for (const prompt of prompts) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const { mode } = detectMode(prompt);
      times[k] = (performance.now() - t0) * 1000;
      const c = process.cpuUsage(c0);
      cpuTimes[k++] = c.user + c.system;
      if (mode === 'think') think++;
    }
  }
  times.sort();
  cpuTimes.sort();
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const cpuMean = cpuTimes.reduce((a, b) => a + b, 0) / cpuTimes.length;
  const chars = prompts.reduce((a, p) => a + p.length, 0) / Math.max(prompts.length, 1);
  console.log(
    `prompts: ${prompts.length} from ${from} (mean ${chars.toFixed(0)} chars), rounds: ${rounds}`,
  );
  console.log(`first call (includes decoding the weights): ${cold.toFixed(0)} µs`);
  console.log(
    `per call, wall clock: mean ${mean.toFixed(1)} µs, p50 ${quantile(times, 0.5).toFixed(1)} µs, ` +
      `p99 ${quantile(times, 0.99).toFixed(1)} µs, max ${(times[times.length - 1] ?? 0).toFixed(1)} µs`,
  );
  console.log(
    `per call, CPU time: mean ${cpuMean.toFixed(1)} µs, p50 ${quantile(cpuTimes, 0.5).toFixed(1)} µs, ` +
      `p99 ${quantile(cpuTimes, 0.99).toFixed(1)} µs, max ${(cpuTimes[cpuTimes.length - 1] ?? 0).toFixed(1)} µs`,
  );
  console.log(
    `(think share ${((100 * think) / times.length).toFixed(1)}%, ignore; keeps the work observable)`,
  );
}

main();
