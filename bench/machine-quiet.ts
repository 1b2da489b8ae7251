// Waits for the machine to be quiet between two measured runs: closing a page that held a model
// ends its workers and frees hundreds of megabytes in the background, and on two cores that work
// would still be running in the next run's measured window.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Busy and total CPU time of the whole machine so far, from /proc/stat (clock ticks). */
function cpuTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  // user nice system idle iowait …: idle and iowait are not busy.
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * Resolves once the machine's CPUs were at most `busyShare` busy over a `windowMs` window, or
 * after `maxMs` (it says so on stderr then: something else keeps the machine busy).
 */
export async function machineQuiet({ busyShare = 0.1, windowMs = 500, maxMs = 15_000 } = {}) {
  const started = Date.now();
  for (;;) {
    const before = cpuTicks();
    await sleep(windowMs);
    const after = cpuTicks();
    const total = after.total - before.total;
    if (total > 0 && (after.busy - before.busy) / total <= busyShare) return;
    if (Date.now() - started > maxMs) {
      console.error(`The machine stayed busy for ${maxMs / 1000} s between two runs.`);
      return;
    }
  }
}
