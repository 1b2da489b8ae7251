import type { ModelSpec } from '@/domain/engine-types';
import { fitVerdict, type FitVerdict } from '@/domain/models/catalog';
import { memoryWithContextMB } from '@/domain/models/context-length';
import { useAppStore } from '@/store';
import { contextTokensFor, memoryBudgetMB, modelRunsOnGpu } from '@/store/model-selectors';

export interface Fit {
  verdict: FitVerdict;
  /** Memory the model needs (with the KV cache of its context length) and the estimate of what
   * this machine offers it, in MB. */
  neededMB: number;
  availableMB: number;
  /** What was compared: the GPU's memory (web-llm, or GGUF on WebGPU), or the machine's RAM. */
  memory: 'gpu' | 'ram';
}

/** How each model fits this machine: the verdict and the two numbers it compares. */
export function useFit(): (model: ModelSpec) => Fit | null {
  const capability = useAppStore((s) => s.capability);
  const contextChoices = useAppStore((s) => s.contextChoices);
  const ggufBackendChoice = useAppStore((s) => s.ggufBackendChoice);
  return (model) => {
    const backend = { capability, ggufBackendChoice };
    const neededMB = memoryWithContextMB(
      model,
      contextTokensFor({ ...backend, contextChoices }, model),
    );
    if (neededMB === null) return null;
    const availableMB = memoryBudgetMB(backend, model);
    const onGpu = modelRunsOnGpu(backend, model);
    return {
      verdict: fitVerdict(neededMB, availableMB),
      neededMB,
      availableMB,
      memory: onGpu ? 'gpu' : 'ram',
    };
  };
}
