/**
 * Threads for llama.cpp's CPU decoding. Without cross-origin isolation WebAssembly has no shared
 * memory, so one thread. Measured rule (bench/README.md, "CPU threads"): decoding is fastest
 * with every core, because the page renders at most once per frame while tokens stream and
 * needs little CPU; cap 8 (beyond that a 0.6B model gains little and the machine stays usable).
 */
export function threadCount(cores: number, crossOriginIsolated: boolean): number {
  if (!crossOriginIsolated) return 1;
  return Math.max(1, Math.min(8, cores));
}
