import type { WllamaLogger } from '@wllama/wllama';

/** More layers than any model has: llama.cpp then offloads all of them. */
export const ALL_LAYERS = 999;

/**
 * Keeps llama.cpp's load log (it says where the layers went) until `stop`, and shows only its
 * errors in the console.
 */
export function loadLogger(): { logger: WllamaLogger; lines: string[]; stop: () => void } {
  const lines: string[] = [];
  let keeping = true;
  const keep = (...args: unknown[]) => {
    if (keeping && lines.length < 2_000) lines.push(args.map(String).join(' '));
  };
  const stop = () => {
    keeping = false;
    lines.length = 0;
  };
  return { logger: { debug: keep, log: keep, warn: keep, error: console.error }, lines, stop };
}
