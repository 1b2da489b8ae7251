// The real-size model (Qwen3-0.6B's shapes, random Q4_0 weights) is written at bench time into a
// git-ignored folder, never committed; it is kept there between runs.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildRealSizeModel } from '../scripts/fixture-model/build-real-size-model';

export const REAL_SIZE_MODEL_PATH = resolve('bench/.models/qwen3-0.6b-shape-q4_0.gguf');

/** Writes the model unless it is already there; returns its path and size. */
export function ensureRealSizeModel(): { path: string; bytes: number; wroteSeconds: number } {
  const started = performance.now();
  if (!existsSync(REAL_SIZE_MODEL_PATH)) {
    mkdirSync(dirname(REAL_SIZE_MODEL_PATH), { recursive: true });
    writeFileSync(REAL_SIZE_MODEL_PATH, buildRealSizeModel());
  }
  return {
    path: REAL_SIZE_MODEL_PATH,
    bytes: statSync(REAL_SIZE_MODEL_PATH).size,
    wroteSeconds: (performance.now() - started) / 1000,
  };
}
