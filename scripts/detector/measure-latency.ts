/*
 * Detector latency: `tsx scripts/detector/measure-latency.ts [file.jsonl] [--rounds=N]`.
 *
 * Two prompt sets, each measured call by call:
 * - "typed": the dev split (data/detector/dev.jsonl, or the given file; the hand-written probes when
 *   neither exists) as people typed them, 16 to 2,500 characters. The ≤ 1 ms p99 budget is for these.
 * - "pasted": prompts joined from the same split to 1,000, 2,000, 4,000 and 8,000 characters, the
 *   worst case (the detector reads the first 4,000 characters of any prompt).
 * Every call of every round counts (no trimming), after a warm-up; the order is shuffled each round
 * so no prompt always follows the same one. Prints p50 / p99 / max µs per call by the wall clock and
 * as CPU time of the process (on a shared machine the wall clock also counts the time other
 * processes held the core), with the machine and its load before and after.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { detectMode } from '../../src/domain/detector/detector';
import { readJsonl } from './data';
import { PROBES } from './probes';
import { createRng, shuffleInPlace } from './rng';

const PASTE_LENGTHS = [1000, 2000, 4000, 8000] as const;
const PASTES_PER_LENGTH = 25;

function loadPrompts(path: string | undefined): { prompts: string[]; from: string } {
  const file =
    path ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../data/detector/dev.jsonl');
  if (existsSync(file)) return { prompts: readJsonl(file).map((r) => r.prompt), from: file };
  return { prompts: PROBES.map((p) => p.prompt), from: 'hand-written probes' };
}

/** Prompts of about `length` characters, each joined from consecutive prompts of the split. */
function pastes(prompts: readonly string[], length: number, rng: () => number): string[] {
  return Array.from({ length: PASTES_PER_LENGTH }, () => {
    let text = '';
    let i = Math.floor(rng() * prompts.length);
    while (text.length < length) text += `${prompts[i++ % prompts.length] ?? ''}\n\n`;
    return text.slice(0, length);
  });
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const format = (sorted: Float64Array): string =>
  `p50 ${quantile(sorted, 0.5).toFixed(0)}, p99 ${quantile(sorted, 0.99).toFixed(0)}, ` +
  `max ${(sorted[sorted.length - 1] ?? 0).toFixed(0)} µs`;

function measure(name: string, prompts: readonly string[], rounds: number, seed: number): void {
  const order = [...prompts];
  const rng = createRng(seed);
  for (let i = 0; i < 3; i++) for (const prompt of order) detectMode(prompt);
  const wall = new Float64Array(order.length * rounds);
  const cpu = new Float64Array(order.length * rounds);
  let k = 0;
  let think = 0;
  for (let r = 0; r < rounds; r++) {
    shuffleInPlace(rng, order);
    for (const prompt of order) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const { mode } = detectMode(prompt);
      wall[k] = (performance.now() - t0) * 1000;
      const c = process.cpuUsage(c0);
      cpu[k++] = c.user + c.system;
      if (mode === 'think') think++;
    }
  }
  wall.sort();
  cpu.sort();
  const chars = prompts.reduce((a, p) => a + p.length, 0) / Math.max(prompts.length, 1);
  console.log(
    `${name}: ${prompts.length} prompts (mean ${chars.toFixed(0)} chars) × ${rounds} rounds = ${wall.length} calls`,
  );
  console.log(`  CPU time:   ${format(cpu)}`);
  console.log(`  wall clock: ${format(wall)}`);
  // Printing the share keeps the calls' results observable, so none can be optimised away.
  console.log(`  (think share ${((100 * think) / wall.length).toFixed(1)}%)`);
}

function main(): void {
  const args = process.argv.slice(2);
  const roundsArg = args.find((a) => a.startsWith('--rounds='));
  const rounds = roundsArg ? Number(roundsArg.slice('--rounds='.length)) : 50;
  const { prompts, from } = loadPrompts(args.find((a) => !a.startsWith('--')));
  const cpu = cpus();
  console.log(
    `machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ` +
      `load average ${loadavg()[0]?.toFixed(1)} before`,
  );

  const coldStart = performance.now();
  detectMode(prompts[0] ?? 'warm up');
  const cold = (performance.now() - coldStart) * 1000;
  console.log(`first call (decodes the weights, compiles the expressions): ${cold.toFixed(0)} µs`);

  measure(`typed (${from})`, prompts, rounds, 1);
  const rng = createRng(2);
  for (const length of PASTE_LENGTHS) {
    measure(`pasted, ${length} chars`, pastes(prompts, length, rng), rounds, 3 + length);
  }
  console.log(`load average ${loadavg()[0]?.toFixed(1)} after`);
}

main();
