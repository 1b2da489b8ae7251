// The real-size models (Qwen3's shapes, random Q4_0 weights) are written at bench time into a
// git-ignored folder, never committed; they are kept there between runs.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  buildRealSizeModel,
  type RealSizeShape,
} from '../scripts/fixture-model/build-real-size-model';
import { loadQwen3Tokenizer } from '../scripts/fixture-model/qwen3-tokenizer';

export function realSizeModelPath(shape: RealSizeShape = '0.6b'): string {
  return resolve(`bench/.models/qwen3-${shape}-shape-q4_0.gguf`);
}

/** Writes the model unless it is already there; returns its path and size. */
export function ensureRealSizeModel(shape: RealSizeShape = '0.6b'): {
  path: string;
  bytes: number;
  wroteSeconds: number;
} {
  const started = performance.now();
  const path = realSizeModelPath(shape);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, buildRealSizeModel(loadQwen3Tokenizer(), shape));
  }
  return { path, bytes: statSync(path).size, wroteSeconds: (performance.now() - started) / 1000 };
}
