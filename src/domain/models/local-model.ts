import type { CpuModelSpec, ModelSpec } from '@/domain/engine-types';

/** What the app knows of a file the user picked or dropped before reading it. */
export interface PickedFile {
  name: string;
  size: number;
}

/** Why files from this computer were not opened; each names what the user can fix. */
export type LocalModelError =
  | { code: 'not-gguf'; name: string }
  | { code: 'empty'; name: string }
  | { code: 'split-incomplete'; name: string; count: number; missing: string[] }
  | { code: 'several-models' }
  | { code: 'quota'; bytes: number }
  | { code: 'failed'; detail: string };

export type LocalModelPlan<File extends PickedFile> =
  | { ok: true; label: string; shards: File[]; bytes: number }
  | { ok: false; error: LocalModelError };

/** `name-00001-of-00003.gguf`, llama.cpp's gguf-split naming (as wllama reads it). */
const SPLIT_NAME = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/iu;

function shardName(base: string, index: number, count: number): string {
  const pad = (n: number) => String(n).padStart(5, '0');
  return `${base}-${pad(index)}-of-${pad(count)}.gguf`;
}

/**
 * Checks which model the picked files make: one GGUF file, or every part of one split GGUF
 * (opened together). The files' first bytes are checked when they are read.
 */
export function planLocalModel<File extends PickedFile>(
  files: readonly File[],
): LocalModelPlan<File> {
  const empty = files.find((file) => file.size === 0);
  if (empty) return { ok: false, error: { code: 'empty', name: empty.name } };
  const [first] = files;
  if (!first) return { ok: false, error: { code: 'failed', detail: 'No file was chosen' } };
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const split = SPLIT_NAME.exec(first.name);
  if (!split) {
    if (files.length > 1) return { ok: false, error: { code: 'several-models' } };
    return { ok: true, label: first.name.replace(/\.gguf$/iu, ''), shards: [first], bytes };
  }
  const [, base = '', , countText = ''] = split;
  const count = Number(countText);
  const expected = Array.from({ length: count }, (_, i) => shardName(base, i + 1, count));
  const byName = new Map(files.map((file) => [file.name, file]));
  if (files.some((file) => !expected.includes(file.name))) {
    return { ok: false, error: { code: 'several-models' } };
  }
  const missing = expected.filter((name) => !byName.has(name));
  if (missing.length > 0) {
    return { ok: false, error: { code: 'split-incomplete', name: base, count, missing } };
  }
  const shards = expected.map((name) => byName.get(name)).filter((file) => file !== undefined);
  return { ok: true, label: base, shards, bytes };
}

export function isLocalModel(model: ModelSpec): model is CpuModelSpec & { localFolder: string } {
  return model.engine === 'cpu' && model.localFolder !== undefined;
}
