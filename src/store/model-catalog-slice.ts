import type { EngineKind, ModelSpec, WebGpuModelSpec } from '@/domain/engine-types';
import { CPU_DEFAULT_MODEL, recommendModelId, selectWebGpuModels } from '@/domain/models/catalog';
import {
  buildCustomModel,
  type CustomModelInput,
  type CustomModelResult,
  type ModelFileCheck,
} from '@/domain/models/custom-models';
import type { GgufBackendChoice } from '@/domain/models/gguf-backend';
import type { GpuCapability } from '@/domain/models/gpu-capability';
import { loadWebLlmQwen3Records } from '@/engine/create-engine';
import { storeLocalModel, type StoreLocalModelResult } from '@/engine/local-models';
import { checkModelFile } from '@/engine/model-file-check';
import { probeWebGpu } from '@/engine/webgpu-probe';
import { loadSelectedModel, releaseModel } from './engine-slice';
import { refreshCachedModels } from './model-storage-slice';
import { activeEngine, availableModels, deviceMemoryGB } from './model-selectors';
import type { StoreBase } from './store-context';

/** Which models this device offers and how each would run: the catalog and the fit. */
export interface ModelCatalogSlice {
  capability: GpuCapability | null;
  /** The user's choice of engine; null follows the capability check. */
  engineOverride: EngineKind | null;
  /** Where GGUF models (wllama) run: Automatic, the GPU (WebGPU) or the CPU (WebAssembly). */
  ggufBackendChoice: GgufBackendChoice;
  webGpuModels: WebGpuModelSpec[];
  customModels: ModelSpec[];
  selectedModelId: string | null;
  /** The user's context length per model id; models without a choice use their default. */
  contextChoices: Record<string, number>;
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
}

export function createModelCatalogSlice(ctx: StoreBase): ModelCatalogSlice {
  return {
    capability: null,
    engineOverride: null,
    ggufBackendChoice: 'auto',
    webGpuModels: [],
    customModels: [],
    selectedModelId: null,
    contextChoices: {},
    setEngineOverride: (engine) => setEngineOverride(ctx, engine),
    setGgufBackendChoice: (choice) => setGgufBackendChoice(ctx, choice),
    selectModel: (selectedModelId) => ctx.set({ selectedModelId }),
    setContextLength: (modelId, tokens) => setContextLength(ctx, modelId, tokens),
    addCustomModel: (input) => addCustomModel(ctx, input),
    addLocalModel: (files) => addLocalModel(ctx, files),
    removeCustomModel: (id) => removeCustomModel(ctx, id),
  };
}

/** Checks WebGPU, lists the models it can run, and picks one when the saved choice is gone. */
export async function probeModels({ set, get }: StoreBase) {
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
}

export async function setGgufBackendChoice(ctx: StoreBase, ggufBackendChoice: GgufBackendChoice) {
  ctx.set({ ggufBackendChoice });
  const { load, selectedModelId } = ctx.get();
  const holdsGguf = load.status === 'ready' && load.engine === 'cpu';
  if (holdsGguf && load.modelId === selectedModelId) await loadSelectedModel(ctx);
}

export function setEngineOverride(ctx: StoreBase, engineOverride: EngineKind | null) {
  const before = activeEngine(ctx.get());
  ctx.set({ engineOverride });
  if (activeEngine(ctx.get()) !== before) void releaseModel(ctx);
  const offered = availableModels(ctx.get());
  if (!offered.some((m) => m.id === ctx.get().selectedModelId)) {
    ctx.set({ selectedModelId: offered[0]?.id ?? null });
  }
}

export async function setContextLength(ctx: StoreBase, modelId: string, tokens: number) {
  ctx.set((state) => ({ contextChoices: { ...state.contextChoices, [modelId]: tokens } }));
  const { load } = ctx.get();
  if (load.status === 'ready' && load.modelId === modelId && load.contextTokens !== tokens) {
    await loadSelectedModel(ctx);
  }
}

export async function addCustomModel(ctx: StoreBase, input: CustomModelInput) {
  const before = ctx.get();
  const existing = [...availableModels(before), ...before.customModels].map((m) => m.id);
  const result = buildCustomModel(input, existing);
  if (!result.ok) return { ...result, check: null };
  const check = await checkModelFile(result.model);
  if (!check.ok && check.code !== 'offline') return { ...result, check };
  const model = check.ok ? { ...result.model, downloadBytes: check.bytes } : result.model;
  const state = ctx.get();
  if (state.customModels.some((m) => m.id === model.id)) return { ...result, check };
  const engine = activeEngine(state);
  ctx.set({
    customModels: [...state.customModels, model],
    selectedModelId: model.id,
    engineOverride: model.engine === engine ? state.engineOverride : model.engine,
  });
  void refreshCachedModels(ctx);
  return { ok: true as const, model, check };
}

export async function addLocalModel(ctx: StoreBase, files: File[]) {
  const result = await storeLocalModel(files);
  if (!result.ok) return result;
  const { customModels, engineOverride } = ctx.get();
  const known = customModels.some((m) => m.id === result.model.id);
  ctx.set({
    customModels: known ? customModels : [...customModels, result.model],
    selectedModelId: result.model.id,
    engineOverride: activeEngine(ctx.get()) === 'cpu' ? engineOverride : 'cpu',
  });
  await refreshCachedModels(ctx);
  return result;
}

export function removeCustomModel(ctx: StoreBase, id: string) {
  const state = ctx.get();
  ctx.set({ customModels: state.customModels.filter((m) => m.id !== id) });
  if (state.selectedModelId === id) {
    ctx.set({ selectedModelId: availableModels(ctx.get())[0]?.id ?? null });
  }
}
