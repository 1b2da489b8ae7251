import type { EngineKind, ModelSpec } from '@/domain/engine-types';
import { CPU_DEFAULT_MODEL, estimateGpuBudgetMB, fitVerdict } from '@/domain/models/catalog';
import { contextOptions, defaultContextTokens } from '@/domain/models/context-length';
import { automaticEngine, type GpuCapability } from '@/domain/models/gpu-capability';
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

/** Memory a model may use here: an estimate of the GPU's, or half the RAM for the CPU engine. */
export function memoryBudgetMB(capability: GpuCapability | null, model: ModelSpec): number {
  if (model.engine === 'webgpu' && capability?.status === 'available') {
    return estimateGpuBudgetMB(capability.adapter, deviceMemoryGB());
  }
  return ((deviceMemoryGB() ?? 4) * 1024) / 2;
}

/** The context length a model runs with: the user's choice, else its default on this machine. */
export function contextTokensFor(
  state: Pick<AppState, 'capability' | 'contextChoices'>,
  model: ModelSpec,
): number {
  const options = contextOptions(model);
  const chosen = state.contextChoices[model.id];
  if (chosen !== undefined && options.includes(chosen)) return chosen;
  const budget = memoryBudgetMB(state.capability, model);
  return defaultContextTokens(model, (memoryMB) => fitVerdict(memoryMB, budget) === 'fits');
}
