import { EngineError } from '@/domain/engine-error';
import type { EngineState } from '@/domain/engine/engine-state';
import { downloadFits, estimateStorage } from '@/lib/storage-estimate';
import { formatBytes } from '@/lib/format';
import { probeModels } from './model-catalog-slice';
import { checkPersistence, refreshCachedModels, requestPersistence } from './model-storage-slice';
import { availableModels, contextTokensFor, modelRunsOnGpu } from './model-selectors';
import { loadRunningSpeed } from './speed-slice';
import type { StoreBase } from './store-context';

/** The engine supervisor's state machine, mirrored for rendering. */
export type LoadState = EngineState;

/** Loading a model and its life in this tab; its state comes only from the supervisor. */
export interface EngineSlice {
  load: LoadState;
  /** The model last loaded in this browser; loads again on the next visit when cached. */
  lastLoadedModelId: string | null;
  /** Set when another tab took the model over from this one. */
  modelMovedToOtherTab: boolean;
  initModels: () => Promise<void>;
  loadSelectedModel: () => Promise<void>;
  takeOverModel: () => Promise<void>;
  cancelModelLoad: () => void;
}

export function createEngineSlice(ctx: StoreBase): EngineSlice {
  return {
    load: ctx.deps.supervisor.state(),
    lastLoadedModelId: null,
    modelMovedToOtherTab: false,
    initModels: () => initModels(ctx),
    loadSelectedModel: () => loadSelectedModel(ctx),
    takeOverModel: () => takeOverModel(ctx),
    cancelModelLoad: () => cancelModelLoad(ctx),
  };
}

/** Mirrors the supervisor's state into the store; returns the unsubscribe. */
export function mirrorSupervisor(base: StoreBase): () => void {
  const { set, deps } = base;
  return deps.supervisor.subscribe((load) => {
    set({ load });
    if (load.status === 'ready') void loadRunningSpeed(base).catch(() => undefined);
    // A model that failed for good lets go of the tab lock, as a cancelled load does.
    if (load.status === 'failed' || load.status === 'idle') deps.modelLock.release();
  });
}

/** Frees the model and the tab lock; the one way this tab lets go of a model. */
export async function releaseModel({ deps }: StoreBase) {
  deps.modelLock.release();
  await deps.supervisor.release();
}

export async function initModels(ctx: StoreBase) {
  ctx.deps.modelLock.onReleaseRequested(() => {
    void releaseModel(ctx).then(() => ctx.set({ modelMovedToOtherTab: true }));
  });
  await probeModels(ctx);
  await checkPersistence(ctx);
  await refreshCachedModels(ctx);
  const { lastLoadedModelId, loadLastModelOnStart, cachedModelIds, load } = ctx.get();
  const offeredAgain = availableModels(ctx.get()).some((m) => m.id === lastLoadedModelId);
  if (
    loadLastModelOnStart &&
    load.status === 'idle' &&
    offeredAgain &&
    lastLoadedModelId &&
    cachedModelIds.includes(lastLoadedModelId)
  ) {
    ctx.set({ selectedModelId: lastLoadedModelId });
    await loadSelectedModel(ctx);
  }
}

export async function loadSelectedModel(ctx: StoreBase) {
  const { supervisor, modelLock } = ctx.deps;
  const state = ctx.get();
  const model = availableModels(state).find((m) => m.id === state.selectedModelId);
  if (!model) return;
  const cached = state.cachedModelIds.includes(model.id);
  ctx.set({ modelMovedToOtherTab: false });
  if (!navigator.onLine && !cached) {
    const detail = `${model.label} is not downloaded yet and the browser is offline.`;
    return supervisor.refuseLoad(model, new EngineError('offline', detail));
  }
  if (!cached) {
    const estimate = await estimateStorage();
    if (!downloadFits(model.downloadBytes, estimate)) {
      const free = (estimate.quotaBytes ?? 0) - (estimate.usageBytes ?? 0);
      const detail = `${model.label} needs about ${formatBytes(model.downloadBytes ?? 0)}, but only ${formatBytes(free)} of browser storage is free.`;
      return supervisor.refuseLoad(model, new EngineError('quota-exceeded', detail));
    }
  }
  if (!(await modelLock.tryAcquire())) return supervisor.markLocked(model.id);
  // The supervisor reports every outcome through its state; nothing is left to catch here.
  const target =
    model.engine === 'cpu' ? { ...model, gpuOffload: modelRunsOnGpu(ctx.get(), model) } : model;
  await supervisor.load(target, contextTokensFor(ctx.get(), model)).catch(() => undefined);
  if (ctx.get().load.status === 'ready') ctx.set({ lastLoadedModelId: model.id });
  await refreshCachedModels(ctx);
  if (!cached && ctx.get().load.status === 'ready') await requestPersistence(ctx);
}

export async function takeOverModel(ctx: StoreBase) {
  await ctx.deps.modelLock.takeOver();
  await loadSelectedModel(ctx);
}

export function cancelModelLoad({ deps }: StoreBase) {
  deps.supervisor.cancelLoad();
  deps.modelLock.release();
}
