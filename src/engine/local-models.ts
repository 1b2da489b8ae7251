/**
 * Models opened from this computer live in the browser's origin-private file system (OPFS), one
 * folder each, and never leave it. A folder counts only once its `manifest.json` is written, after
 * every file was copied and its size checked: a copy cut short (the tab closed, the disk full) is
 * never listed as a model, and is removed the next time a file is opened.
 */
import type { CpuModelSpec } from '@/domain/engine-types';
import { EngineError } from '@/domain/engine-error';
import { planLocalModel, type LocalModelError, type PickedFile } from '@/domain/models/local-model';
import { isGgufBlob } from './model-file-check';

const ROOT = 'local-models';
const MANIFEST = 'manifest.json';
const CONTEXT_TOKENS = 4096;

interface Manifest {
  label: string;
  files: PickedFile[];
}

export type StoreLocalModelResult =
  { ok: true; model: CpuModelSpec } | { ok: false; error: LocalModelError };

async function rootFolder(): Promise<FileSystemDirectoryHandle> {
  const opfs = await navigator.storage.getDirectory();
  return opfs.getDirectoryHandle(ROOT, { create: true });
}

async function readManifest(folder: FileSystemDirectoryHandle): Promise<Manifest | null> {
  try {
    const file = await (await folder.getFileHandle(MANIFEST)).getFile();
    return JSON.parse(await file.text()) as Manifest;
  } catch {
    return null;
  }
}

async function folderNames(root: FileSystemDirectoryHandle): Promise<string[]> {
  const names: string[] = [];
  for await (const [name, handle] of root.entries()) {
    if (handle.kind === 'directory') names.push(name);
  }
  return names;
}

/** Copies that never finished take space and are no model: they go. */
async function removeUnfinishedCopies(root: FileSystemDirectoryHandle): Promise<void> {
  for (const name of await folderNames(root)) {
    const folder = await root.getDirectoryHandle(name);
    if (!(await readManifest(folder))) await root.removeEntry(name, { recursive: true });
  }
}

function modelSpec(folder: string, manifest: Manifest): CpuModelSpec {
  return {
    engine: 'cpu',
    id: `local:${folder}`,
    label: manifest.label,
    ggufUrl: manifest.files[0]?.name ?? '',
    localFolder: folder,
    downloadBytes: manifest.files.reduce((sum, file) => sum + file.size, 0),
    memoryMB: null,
    contextTokens: CONTEXT_TOKENS,
  };
}

/** The stored model with the same files (names and sizes), if this one was opened before. */
async function storedCopy(root: FileSystemDirectoryHandle, files: PickedFile[]) {
  const key = JSON.stringify(files.map(({ name, size }) => ({ name, size })));
  for (const name of await folderNames(root)) {
    const manifest = await readManifest(await root.getDirectoryHandle(name));
    if (manifest && JSON.stringify(manifest.files) === key) return modelSpec(name, manifest);
  }
  return null;
}

async function copyInto(folder: FileSystemDirectoryHandle, file: File): Promise<void> {
  const handle = await folder.getFileHandle(file.name, { create: true });
  // The writable goes to a temporary file that replaces this one only when it is closed.
  await file.stream().pipeTo(await handle.createWritable());
  const copied = await handle.getFile();
  if (copied.size !== file.size) {
    throw new Error(`${file.name}: ${copied.size} of ${file.size} bytes were stored`);
  }
}

/** Checks the picked files, then copies them into the browser's storage as one model. */
export async function storeLocalModel(files: File[]): Promise<StoreLocalModelResult> {
  const plan = planLocalModel(files);
  if (!plan.ok) return plan;
  const { shards } = plan;
  for (const shard of shards) {
    if (!(await isGgufBlob(shard))) {
      return { ok: false, error: { code: 'not-gguf', name: shard.name } };
    }
  }
  const manifest: Manifest = {
    label: plan.label,
    files: shards.map(({ name, size }) => ({ name, size })),
  };
  const root = await rootFolder();
  await removeUnfinishedCopies(root);
  const existing = await storedCopy(root, manifest.files);
  if (existing) return { ok: true, model: existing };
  const name = crypto.randomUUID();
  const folder = await root.getDirectoryHandle(name, { create: true });
  try {
    for (const shard of shards) await copyInto(folder, shard);
    const writable = await (
      await folder.getFileHandle(MANIFEST, { create: true })
    ).createWritable();
    await writable.write(JSON.stringify(manifest));
    await writable.close();
  } catch (err) {
    await root.removeEntry(name, { recursive: true }).catch(() => undefined);
    if (err instanceof DOMException && err.name === 'QuotaExceededError') {
      return { ok: false, error: { code: 'quota', bytes: plan.bytes } };
    }
    return { ok: false, error: { code: 'failed', detail: String(err) } };
  }
  return { ok: true, model: modelSpec(name, manifest) };
}

/** The stored files of a model opened from this computer, or null where any is missing. */
async function storedFiles(folderName: string): Promise<File[] | null> {
  try {
    const folder = await (await rootFolder()).getDirectoryHandle(folderName);
    const manifest = await readManifest(folder);
    if (!manifest) return null;
    const files = await Promise.all(
      manifest.files.map(async ({ name }) => (await folder.getFileHandle(name)).getFile()),
    );
    const complete = files.every((file, i) => file.size === manifest.files[i]?.size);
    return complete ? files : null;
  } catch {
    return null;
  }
}

export async function localModelBytes(folderName: string): Promise<number | null> {
  const files = await storedFiles(folderName);
  return files ? files.reduce((sum, file) => sum + file.size, 0) : null;
}

/** The files to load; `local-file-missing` when the browser no longer has them. */
export async function openLocalModel(folderName: string): Promise<File[]> {
  const files = await storedFiles(folderName);
  if (!files) {
    throw new EngineError('local-file-missing', `local-models/${folderName} is gone or incomplete`);
  }
  return files;
}

export async function deleteLocalModel(folderName: string): Promise<void> {
  const root = await rootFolder();
  await root.removeEntry(folderName, { recursive: true }).catch((err: unknown) => {
    if (!(err instanceof DOMException && err.name === 'NotFoundError')) throw err;
  });
}
