import { createEngine } from '@/engine/create-engine';
import type { ChatEngine, EngineKind } from '@/engine/types';

/**
 * The live engine and the abort controllers of what it is doing. Kept outside the store state:
 * they are not data to render or persist.
 */
let engine: ChatEngine | null = null;
let loadController: AbortController | null = null;
let generationController: AbortController | null = null;

export async function engineFor(kind: EngineKind): Promise<ChatEngine> {
  if (engine?.kind === kind) return engine;
  await engine?.unload();
  engine = await createEngine(kind);
  return engine;
}

export function currentEngine(): ChatEngine | null {
  return engine;
}

export function beginLoad(): AbortSignal {
  loadController?.abort();
  loadController = new AbortController();
  return loadController.signal;
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
