import type { EngineKind, ModelSpec } from '@/domain/engine-types';
import { CPU_DEFAULT_MODEL, estimateGpuBudgetMB, fitVerdict } from '@/domain/models/catalog';
import { contextOptions, defaultContextTokens } from '@/domain/models/context-length';
import { automaticEngine } from '@/domain/models/gpu-capability';
import { ggufBackend } from '@/domain/models/gguf-backend';
import type { AppState } from './app-state';

export function activeEngine(state: Pick<AppState, 'capability' | 'engineOverride'>): EngineKind {
  return state.engineOverride ?? automaticEngine(state.capability).engine;
}

/** Models the picker offers for the active engine: built-ins first, then the user's own. */
export function availableModels(
  state: Pick<AppState, 'capability' | 'engineOverride' | 'webGpuModels' | 'customModels'>,
): ModelSpec[] {
  const engine = activeEngine(state);
  const builtIn: ModelSpec[] = engine === 'webgpu' ? state.webGpuModels : [CPU_DEFAULT_MODEL];
  return [...builtIn, ...state.customModels.filter((m) => m.engine === engine)];
}

/** Every model the app knows, on either engine (for the storage view). */
export function allKnownModels(
  state: Pick<AppState, 'webGpuModels' | 'customModels'>,
): ModelSpec[] {
  return [CPU_DEFAULT_MODEL, ...state.webGpuModels, ...state.customModels];
}

export function deviceMemoryGB(): number | undefined {
  return (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
}

type BackendState = Pick<AppState, 'capability' | 'ggufBackendChoice'>;

/** Whether a model will run on the GPU here: web-llm always, a GGUF model per the GGUF backend. */
export function modelRunsOnGpu(state: BackendState, model: ModelSpec): boolean {
  if (state.capability?.status !== 'available') return false;
  if (model.engine === 'webgpu') return true;
  return ggufBackend(state.capability, state.ggufBackendChoice).backend === 'gpu';
}

/** Memory a model may use here: an estimate of the GPU's on the GPU, else half the RAM. */
export function memoryBudgetMB(state: BackendState, model: ModelSpec): number {
  if (state.capability?.status === 'available' && modelRunsOnGpu(state, model)) {
    return estimateGpuBudgetMB(state.capability.adapter, deviceMemoryGB());
  }
  return ((deviceMemoryGB() ?? 4) * 1024) / 2;
}

/** The context length a model runs with: the user's choice, else its default on this machine. */
export function contextTokensFor(
  state: Pick<AppState, 'capability' | 'contextChoices' | 'ggufBackendChoice'>,
  model: ModelSpec,
): number {
  const options = contextOptions(model);
  const chosen = state.contextChoices[model.id];
  if (chosen !== undefined && options.includes(chosen)) return chosen;
  const budget = memoryBudgetMB(state, model);
  return defaultContextTokens(model, (memoryMB) => fitVerdict(memoryMB, budget) === 'fits');
}
