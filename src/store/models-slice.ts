import type { StateCreator } from 'zustand';
import { loadWebLlmQwen3Records } from '@/engine/create-engine';
import { cachedModelInfo, deleteCachedModel } from '@/engine/model-cache';
import type { EngineKind, ModelSpec, WebGpuModelSpec } from '@/domain/engine-types';
import { probeWebGpu } from '@/engine/webgpu-probe';
import { CPU_DEFAULT_MODEL, recommendModelId, selectWebGpuModels } from '@/domain/models/catalog';
import {
  buildCustomModel,
  type CustomModelInput,
  type CustomModelResult,
  type ModelFileCheck,
} from '@/domain/models/custom-models';
import { downloadFits, estimateStorage, type StorageEstimateInfo } from '@/lib/storage-estimate';
import { formatBytes } from '@/lib/format';
import type { AppState } from './app-state';
import {
  activeEngine,
  allKnownModels,
  availableModels,
  contextTokensFor,
  deviceMemoryGB,
  modelRunsOnGpu,
} from './model-selectors';
import { engineSupervisor } from '@/engine/engine-supervisor';
import { checkModelFile } from '@/engine/model-file-check';
import { storeLocalModel, type StoreLocalModelResult } from '@/engine/local-models';
import {
  onModelReleaseRequested,
  releaseModelLock,
  takeOverModelLock,
  tryAcquireModelLock,
} from './model-lock';
import { EngineError } from '@/domain/engine-error';
import type { EngineState } from '@/domain/engine/engine-state';
import type { GpuCapability } from '@/domain/models/gpu-capability';
import type { GgufBackendChoice } from '@/domain/models/gguf-backend';

/** The engine supervisor's state machine, mirrored for rendering. */
export type LoadState = EngineState;

export type PersistenceState = 'unknown' | 'granted' | 'denied' | 'unsupported';

export interface ModelsSlice {
  capability: GpuCapability | null;
  /** The user's choice of engine; null follows the capability check. */
  engineOverride: EngineKind | null;
  /** Where GGUF models (wllama) run: Automatic, the GPU (WebGPU) or the CPU (WebAssembly). */
  ggufBackendChoice: GgufBackendChoice;
  webGpuModels: WebGpuModelSpec[];
  customModels: ModelSpec[];
  selectedModelId: string | null;
  /** The model last loaded in this browser; loads again on the next visit when cached. */
  lastLoadedModelId: string | null;
  /** The user's context length per model id; models without a choice use their default. */
  contextChoices: Record<string, number>;
  cachedModelIds: string[];
  /** Bytes on disk per cached model id, where the engine's cache can tell. */
  cachedBytes: Record<string, number | null>;
  load: LoadState;
  /** Set when another tab took the model over from this one. */
  modelMovedToOtherTab: boolean;
  storageEstimate: StorageEstimateInfo;
  persistence: PersistenceState;
  initModels: () => Promise<void>;
  setEngineOverride: (engine: EngineKind | null) => void;
  /** Sets where GGUF models run; a loaded GGUF model reloads there. */
  setGgufBackendChoice: (choice: GgufBackendChoice) => Promise<void>;
  selectModel: (id: string) => void;
  /** Sets a model's context length; a loaded model reloads with it. */
  setContextLength: (modelId: string, tokens: number) => Promise<void>;
  /**
   * Validates the form, then checks the file over the network (reachable, size, GGUF magic)
   * before adding it. `check` says what the network check found.
   */
  addCustomModel: (
    input: CustomModelInput,
  ) => Promise<CustomModelResult & { check: ModelFileCheck | null }>;
  /** Copies GGUF files from this computer into the browser's storage, adds and selects them. */
  addLocalModel: (files: File[]) => Promise<StoreLocalModelResult>;
  removeCustomModel: (id: string) => void;
  loadSelectedModel: () => Promise<void>;
  takeOverModel: () => Promise<void>;
  cancelModelLoad: () => void;
  refreshCachedModels: () => Promise<void>;
  deleteCachedModel: (id: string) => Promise<void>;
  requestPersistence: () => Promise<void>;
}

export const createModelsSlice: StateCreator<AppState, [], [], ModelsSlice> = (set, get) => {
  const supervisor = engineSupervisor;
  supervisor.subscribe((load) => {
    set({ load });
    // A model that failed for good lets go of the tab lock, as a cancelled load does.
    if (load.status === 'failed' || load.status === 'idle') releaseModelLock();
  });

  const failLoad = (model: ModelSpec, error: EngineError) => {
    supervisor.dispatch({ type: 'load-start', modelId: model.id, engine: model.engine });
    supervisor.dispatch({ type: 'load-failed', code: error.code, detail: error.detail });
  };

  /** Frees the model and the tab lock; the one way this tab lets go of a model. */
  const releaseModel = async () => {
    releaseModelLock();
    await supervisor.release();
  };

  const handOverToOtherTab = async () => {
    await releaseModel();
    set({ modelMovedToOtherTab: true });
  };

  return {
    capability: null,
    engineOverride: null,
    ggufBackendChoice: 'auto',
    webGpuModels: [],
    customModels: [],
    selectedModelId: null,
    lastLoadedModelId: null,
    contextChoices: {},
    cachedModelIds: [],
    cachedBytes: {},
    load: { status: 'idle' },
    modelMovedToOtherTab: false,
    storageEstimate: { usageBytes: null, quotaBytes: null },
    persistence: 'unknown',

    initModels: async () => {
      onModelReleaseRequested(() => void handOverToOtherTab());
      const capability = await probeWebGpu();
      let webGpuModels: WebGpuModelSpec[] = [];
      if (capability.status === 'available') {
        const records = await loadWebLlmQwen3Records();
        webGpuModels = selectWebGpuModels(records, capability.adapter.shaderF16);
      }
      set({ capability, webGpuModels });
      const state = get();
      const offered = availableModels(state);
      if (!offered.some((m) => m.id === state.selectedModelId)) {
        const recommended =
          activeEngine(state) === 'webgpu'
            ? recommendModelId(webGpuModels, capability, deviceMemoryGB())
            : CPU_DEFAULT_MODEL.id;
        set({ selectedModelId: recommended ?? offered[0]?.id ?? null });
      }
      const persisted = navigator.storage?.persisted ? await navigator.storage.persisted() : null;
      set({ persistence: persisted === null ? 'unsupported' : persisted ? 'granted' : 'unknown' });
      await get().refreshCachedModels();
      const { lastLoadedModelId, loadLastModelOnStart, cachedModelIds, load } = get();
      const offeredAgain = availableModels(get()).some((m) => m.id === lastLoadedModelId);
      if (
        loadLastModelOnStart &&
        load.status === 'idle' &&
        offeredAgain &&
        lastLoadedModelId &&
        cachedModelIds.includes(lastLoadedModelId)
      ) {
        set({ selectedModelId: lastLoadedModelId });
        await get().loadSelectedModel();
      }
    },

    setGgufBackendChoice: async (ggufBackendChoice) => {
      set({ ggufBackendChoice });
      const { load, selectedModelId } = get();
      const holdsGguf = load.status === 'ready' && load.engine === 'cpu';
      if (holdsGguf && load.modelId === selectedModelId) await get().loadSelectedModel();
    },

    setEngineOverride: (engineOverride) => {
      const before = activeEngine(get());
      set({ engineOverride });
      if (activeEngine(get()) !== before) void releaseModel();
      const offered = availableModels(get());
      if (!offered.some((m) => m.id === get().selectedModelId)) {
        set({ selectedModelId: offered[0]?.id ?? null });
      }
    },

    selectModel: (selectedModelId) => set({ selectedModelId }),

    setContextLength: async (modelId, tokens) => {
      set((state) => ({ contextChoices: { ...state.contextChoices, [modelId]: tokens } }));
      const { load } = get();
      if (load.status === 'ready' && load.modelId === modelId && load.contextTokens !== tokens) {
        await get().loadSelectedModel();
      }
    },

    addCustomModel: async (input) => {
      const before = get();
      const existing = [...availableModels(before), ...before.customModels].map((m) => m.id);
      const result = buildCustomModel(input, existing);
      if (!result.ok) return { ...result, check: null };
      const check = await checkModelFile(result.model);
      if (!check.ok && check.code !== 'offline') return { ...result, check };
      const model = check.ok ? { ...result.model, downloadBytes: check.bytes } : result.model;
      const state = get();
      if (state.customModels.some((m) => m.id === model.id)) return { ...result, check };
      const engine = activeEngine(state);
      set({
        customModels: [...state.customModels, model],
        selectedModelId: model.id,
        engineOverride: model.engine === engine ? state.engineOverride : model.engine,
      });
      void get().refreshCachedModels();
      return { ok: true, model, check };
    },

    addLocalModel: async (files) => {
      const result = await storeLocalModel(files);
      if (!result.ok) return result;
      const { customModels, engineOverride } = get();
      const known = customModels.some((m) => m.id === result.model.id);
      set({
        customModels: known ? customModels : [...customModels, result.model],
        selectedModelId: result.model.id,
        engineOverride: activeEngine(get()) === 'cpu' ? engineOverride : 'cpu',
      });
      await get().refreshCachedModels();
      return result;
    },

    removeCustomModel: (id) => {
      const state = get();
      set({ customModels: state.customModels.filter((m) => m.id !== id) });
      if (state.selectedModelId === id) {
        set({ selectedModelId: availableModels(get())[0]?.id ?? null });
      }
    },

    loadSelectedModel: async () => {
      const state = get();
      const model = availableModels(state).find((m) => m.id === state.selectedModelId);
      if (!model) return;
      const cached = state.cachedModelIds.includes(model.id);
      set({ modelMovedToOtherTab: false });
      if (!navigator.onLine && !cached) {
        const detail = `${model.label} is not downloaded yet and the browser is offline.`;
        return failLoad(model, new EngineError('offline', detail));
      }
      if (!cached) {
        const estimate = await estimateStorage();
        if (!downloadFits(model.downloadBytes, estimate)) {
          const free = (estimate.quotaBytes ?? 0) - (estimate.usageBytes ?? 0);
          const detail = `${model.label} needs about ${formatBytes(model.downloadBytes ?? 0)}, but only ${formatBytes(free)} of browser storage is free.`;
          return failLoad(model, new EngineError('quota-exceeded', detail));
        }
      }
      if (!(await tryAcquireModelLock())) {
        supervisor.dispatch({ type: 'locked', modelId: model.id });
        return;
      }
      // The supervisor reports every outcome through its state; nothing is left to catch here.
      const target =
        model.engine === 'cpu' ? { ...model, gpuOffload: modelRunsOnGpu(get(), model) } : model;
      await supervisor.load(target, contextTokensFor(get(), model)).catch(() => undefined);
      if (get().load.status === 'ready') set({ lastLoadedModelId: model.id });
      await get().refreshCachedModels();
      if (!cached && get().load.status === 'ready') await get().requestPersistence();
    },

    takeOverModel: async () => {
      await takeOverModelLock();
      await get().loadSelectedModel();
    },

    cancelModelLoad: () => {
      supervisor.cancelLoad();
      releaseModelLock();
    },

    refreshCachedModels: async () => {
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
    },

    deleteCachedModel: async (id) => {
      const state = get();
      const model = allKnownModels(state).find((m) => m.id === id);
      if (!model) return;
      if (state.load.status !== 'idle' && state.load.modelId === id) await releaseModel();
      await deleteCachedModel(model);
      await get().refreshCachedModels();
    },

    requestPersistence: async () => {
      if (!navigator.storage?.persist) return set({ persistence: 'unsupported' });
      const granted = await navigator.storage.persist();
      set({ persistence: granted ? 'granted' : 'denied' });
    },
  };
};
