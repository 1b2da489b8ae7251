import type { ModelSpec } from '@/domain/engine-types';
import { deleteLocalModel, localModelBytes } from './local-models';

/**
 * What is downloaded, independent of which engine is loaded: checking or deleting a CPU model's
 * cache must not unload a model running on the GPU, and vice versa.
 */
export interface CachedModelInfo {
  cached: boolean;
  /** Bytes on disk, where the engine's cache can tell. */
  bytes: number | null;
}

export async function cachedModelInfo(model: ModelSpec): Promise<CachedModelInfo> {
  if (model.engine === 'cpu' && model.localFolder !== undefined) {
    const bytes = await localModelBytes(model.localFolder);
    return { cached: bytes !== null, bytes };
  }
  if (model.engine === 'cpu') {
    const { wllamaCachedModel } = await import('./wllama/wllama-cache');
    const cached = await wllamaCachedModel(model.ggufUrl);
    return { cached: cached !== null, bytes: cached?.size ?? null };
  }
  const { webLlmIsCached } = await import('./webllm/webllm-cache');
  return { cached: await webLlmIsCached(model), bytes: null };
}

export async function deleteCachedModel(model: ModelSpec): Promise<void> {
  if (model.engine === 'cpu' && model.localFolder !== undefined) {
    await deleteLocalModel(model.localFolder);
    return;
  }
  if (model.engine === 'cpu') {
    const { wllamaCachedModel } = await import('./wllama/wllama-cache');
    await (await wllamaCachedModel(model.ggufUrl))?.remove();
    return;
  }
  const { webLlmDeleteCached } = await import('./webllm/webllm-cache');
  await webLlmDeleteCached(model);
}
