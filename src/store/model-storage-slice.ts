import { cachedModelInfo, deleteCachedModel as deleteFromCache } from '@/engine/model-cache';
import { estimateStorage, type StorageEstimateInfo } from '@/lib/storage-estimate';
import { releaseModel } from './engine-slice';
import { allKnownModels } from './model-selectors';
import type { StoreBase } from './store-context';

export type PersistenceState = 'unknown' | 'granted' | 'denied' | 'unsupported';

/** The models' downloads in the browser's storage, and whether the browser keeps them. */
export interface ModelStorageSlice {
  cachedModelIds: string[];
  /** Bytes on disk per cached model id, where the engine's cache can tell. */
  cachedBytes: Record<string, number | null>;
  storageEstimate: StorageEstimateInfo;
  persistence: PersistenceState;
  refreshCachedModels: () => Promise<void>;
  deleteCachedModel: (id: string) => Promise<void>;
  requestPersistence: () => Promise<void>;
}

export function createModelStorageSlice(ctx: StoreBase): ModelStorageSlice {
  return {
    cachedModelIds: [],
    cachedBytes: {},
    storageEstimate: { usageBytes: null, quotaBytes: null },
    persistence: 'unknown',
    refreshCachedModels: () => refreshCachedModels(ctx),
    deleteCachedModel: (id) => deleteCachedModel(ctx, id),
    requestPersistence: () => requestPersistence(ctx),
  };
}

/** Whether the browser already keeps this site's storage (asked once at start). */
export async function checkPersistence({ set }: StoreBase) {
  const persisted = navigator.storage?.persisted ? await navigator.storage.persisted() : null;
  set({ persistence: persisted === null ? 'unsupported' : persisted ? 'granted' : 'unknown' });
}

export async function refreshCachedModels({ set, get }: StoreBase) {
  const models = allKnownModels(get());
  const infos = await Promise.all(
    models.map(async (m) => [m.id, await cachedModelInfo(m).catch(() => null)] as const),
  );
  const cachedBytes: Record<string, number | null> = {};
  for (const [id, info] of infos) if (info?.cached) cachedBytes[id] = info.bytes;
  set({
    cachedModelIds: Object.keys(cachedBytes),
    cachedBytes,
    storageEstimate: await estimateStorage(),
  });
}

export async function deleteCachedModel(ctx: StoreBase, id: string) {
  const state = ctx.get();
  const model = allKnownModels(state).find((m) => m.id === id);
  if (!model) return;
  if (state.load.status !== 'idle' && state.load.modelId === id) await releaseModel(ctx);
  await deleteFromCache(model);
  await refreshCachedModels(ctx);
}

export async function requestPersistence({ set }: StoreBase) {
  if (!navigator.storage?.persist) return set({ persistence: 'unsupported' });
  const granted = await navigator.storage.persist();
  set({ persistence: granted ? 'granted' : 'denied' });
}
