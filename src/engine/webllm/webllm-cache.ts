import { deleteModelAllInfoInCache, hasModelInCache } from '@mlc-ai/web-llm';
import type { WebGpuModelSpec } from '@/domain/engine-types';
import { appConfigFor } from './app-config';

export function webLlmIsCached(model: WebGpuModelSpec): Promise<boolean> {
  return hasModelInCache(model.id, appConfigFor(model));
}

export function webLlmDeleteCached(model: WebGpuModelSpec): Promise<void> {
  return deleteModelAllInfoInCache(model.id, appConfigFor(model));
}
