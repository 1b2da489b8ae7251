import type { StateCreator } from 'zustand';
import { loadWebLlmQwen3Records } from '@/engine/create-engine';
import { EngineError, classifyError, type EngineErrorCode } from '@/engine/errors';
import type { EngineKind, LoadProgress, ModelSpec, WebGpuModelSpec } from '@/engine/types';
import { probeWebGpu, type GpuCapability } from '@/engine/webgpu-probe';
import { CPU_DEFAULT_MODEL, recommendModelId, selectWebGpuModels } from '@/features/models/catalog';
import {
  buildCustomModel,
  type CustomModelInput,
  type CustomModelResult,
} from '@/features/models/custom-models';
import { beginLoad, cancelLoad, engineFor } from './engine-session';
import type { AppState } from './app-state';

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; modelId: string; progress: LoadProgress | null }
  | { status: 'ready'; modelId: string; engine: EngineKind }
  | { status: 'error'; modelId: string; code: EngineErrorCode; detail: string };

export interface ModelsSlice {
  capability: GpuCapability | null;
  /** The user's choice of engine; null follows the capability check. */
  engineOverride: EngineKind | null;
  webGpuModels: WebGpuModelSpec[];
  customModels: ModelSpec[];
  selectedModelId: string | null;
  cachedModelIds: string[];
  load: LoadState;
  initModels: () => Promise<void>;
  setEngineOverride: (engine: EngineKind | null) => void;
  selectModel: (id: string) => void;
  addCustomModel: (input: CustomModelInput) => CustomModelResult;
  removeCustomModel: (id: string) => void;
  loadSelectedModel: () => Promise<void>;
  cancelModelLoad: () => void;
  refreshCachedModels: () => Promise<void>;
}

export function activeEngine(state: Pick<AppState, 'capability' | 'engineOverride'>): EngineKind {
  if (state.engineOverride) return state.engineOverride;
  return state.capability?.status === 'available' ? 'webgpu' : 'cpu';
}

/** Models the picker offers for the active engine: built-ins first, then the user's own. */
export function availableModels(
  state: Pick<AppState, 'capability' | 'engineOverride' | 'webGpuModels' | 'customModels'>,
): ModelSpec[] {
  const engine = activeEngine(state);
  const builtIn: ModelSpec[] = engine === 'webgpu' ? state.webGpuModels : [CPU_DEFAULT_MODEL];
  return [...builtIn, ...state.customModels.filter((m) => m.engine === engine)];
}

function deviceMemoryGB(): number | undefined {
  return (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
}

export const createModelsSlice: StateCreator<AppState, [], [], ModelsSlice> = (set, get) => ({
  capability: null,
  engineOverride: null,
  webGpuModels: [],
  customModels: [],
  selectedModelId: null,
  cachedModelIds: [],
  load: { status: 'idle' },

  initModels: async () => {
    const capability = await probeWebGpu();
    let webGpuModels: WebGpuModelSpec[] = [];
    if (capability.status === 'available') {
      webGpuModels = selectWebGpuModels(
        await loadWebLlmQwen3Records(),
        capability.adapter.shaderF16,
      );
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
    await get().refreshCachedModels();
  },

  setEngineOverride: (engineOverride) => {
    const before = activeEngine(get());
    set({ engineOverride });
    if (activeEngine(get()) !== before) {
      cancelLoad();
      set({ load: { status: 'idle' } });
    }
    const offered = availableModels(get());
    if (!offered.some((m) => m.id === get().selectedModelId)) {
      set({ selectedModelId: offered[0]?.id ?? null });
    }
    void get().refreshCachedModels();
  },

  selectModel: (selectedModelId) => set({ selectedModelId }),

  addCustomModel: (input) => {
    const state = get();
    const existing = [...availableModels(state), ...state.customModels].map((m) => m.id);
    const result = buildCustomModel(input, existing);
    if (result.ok) {
      set({
        customModels: [...state.customModels, result.model],
        selectedModelId: result.model.id,
        engineOverride:
          result.model.engine === activeEngine(state) ? state.engineOverride : result.model.engine,
      });
    }
    return result;
  },

  removeCustomModel: (id) => {
    const state = get();
    set({ customModels: state.customModels.filter((m) => m.id !== id) });
    if (state.selectedModelId === id)
      set({ selectedModelId: availableModels(get())[0]?.id ?? null });
  },

  loadSelectedModel: async () => {
    const state = get();
    const model = availableModels(state).find((m) => m.id === state.selectedModelId);
    if (!model) return;
    if (!navigator.onLine && !state.cachedModelIds.includes(model.id)) {
      const detail = `${model.label} is not downloaded yet and the browser is offline.`;
      set({ load: { status: 'error', modelId: model.id, code: 'offline', detail } });
      return;
    }
    const signal = beginLoad();
    set({ load: { status: 'loading', modelId: model.id, progress: null } });
    try {
      const engine = await engineFor(model.engine);
      await engine.load(
        model,
        (progress) => {
          if (!signal.aborted) set({ load: { status: 'loading', modelId: model.id, progress } });
        },
        signal,
      );
      set({ load: { status: 'ready', modelId: model.id, engine: model.engine } });
    } catch (err) {
      const error = err instanceof EngineError ? err : classifyError(err, !navigator.onLine);
      set({
        load:
          error.code === 'cancelled'
            ? { status: 'idle' }
            : { status: 'error', modelId: model.id, code: error.code, detail: error.detail },
      });
    }
    await get().refreshCachedModels();
  },

  cancelModelLoad: () => {
    cancelLoad();
    set({ load: { status: 'idle' } });
  },

  refreshCachedModels: async () => {
    const state = get();
    const engine = await engineFor(activeEngine(state));
    const models = availableModels(state);
    const cached = await Promise.all(
      models.map(async (m) => ((await engine.isCached(m).catch(() => false)) ? m.id : null)),
    );
    set({ cachedModelIds: cached.filter((id): id is string => id !== null) });
  },
});
