/**
 * Threads for llama.cpp's CPU decoding (see bench/README.md, "CPU threads").
 * - Without cross-origin isolation WebAssembly has no shared memory: one thread.
 * - Two cores: both. Leaving one idle halves decoding (Qwen3-0.6B's shapes in bare wllama on an
 *   idle 2-core machine: 3.3 tokens/s with 1 thread, 6.0 with 2), and the page now renders at
 *   most once per frame, so it needs little CPU while tokens stream.
 * - More cores: all but one, at most 8. The spare core keeps the browser's own threads from
 *   preempting a decode thread, which stalls all of them (llama.cpp's threads wait for each other
 *   after every layer); it costs at most a quarter of the speed, and a 0.6B model gains little
 *   beyond 8 threads.
 */
export function threadCount(cores: number, crossOriginIsolated: boolean): number {
  if (!crossOriginIsolated) return 1;
  if (cores <= 2) return Math.max(1, cores);
  return Math.min(8, cores - 1);
}
