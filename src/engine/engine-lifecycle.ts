import type { EngineKind, LoadProgress, ModelSpec } from '@/domain/engine-types';
import { createEngine } from './create-engine';
import type { ChatEngine, LoadedModel } from './types';

/**
 * The one owner of the live engine and of what it is doing (a load, a generation). Kept outside
 * the store: none of it is data to render or persist.
 */
let engine: ChatEngine | null = null;
let loadController: AbortController | null = null;
let generationController: AbortController | null = null;

async function engineFor(kind: EngineKind): Promise<ChatEngine> {
  if (engine?.kind === kind) return engine;
  await engine?.unload();
  engine = await createEngine(kind);
  return engine;
}

export function currentEngine(): ChatEngine | null {
  return engine;
}

/**
 * Loads a model, cancelling any load still running. Rejects with the engine's error; a load
 * the user cancelled rejects with code 'cancelled'.
 */
export async function loadModel(
  model: ModelSpec,
  contextTokens: number,
  onProgress: (progress: LoadProgress) => void,
): Promise<LoadedModel> {
  loadController?.abort();
  const controller = new AbortController();
  loadController = controller;
  const target = await engineFor(model.engine);
  const loaded = await target.load(
    model,
    (progress) => {
      if (!controller.signal.aborted) onProgress(progress);
    },
    controller.signal,
    contextTokens,
  );
  if (loadController === controller) loadController = null;
  return loaded;
}

/** Token counts with the loaded model's tokenizer. */
export function countTokens(texts: string[]): Promise<number[]> {
  if (!engine) return Promise.reject(new Error('No engine is loaded'));
  return engine.countTokens(texts);
}

export function cancelLoad() {
  loadController?.abort();
  loadController = null;
}

export function beginGeneration(): AbortSignal {
  generationController?.abort();
  generationController = new AbortController();
  return generationController.signal;
}

export function stopGeneration() {
  generationController?.abort();
  generationController = null;
}

/** Stops whatever runs and frees the model's memory; the next load starts clean. */
export async function releaseEngine(): Promise<void> {
  stopGeneration();
  cancelLoad();
  await engine?.unload();
}
