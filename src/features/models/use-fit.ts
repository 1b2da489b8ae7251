import type { ModelSpec } from '@/domain/engine-types';
import { estimateGpuBudgetMB, fitVerdict, type FitVerdict } from '@/domain/models/catalog';
import { useAppStore } from '@/store';

export interface Fit {
  verdict: FitVerdict;
  /** Memory the model needs and the estimate of what this machine offers it, in MB. */
  neededMB: number;
  availableMB: number;
  /** What was compared: the GPU's memory, or (CPU engine, no WebGPU) the machine's RAM. */
  memory: 'gpu' | 'ram';
}

function deviceMemoryGB(): number | undefined {
  return (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
}

/** How each model fits this machine: the verdict and the two numbers it compares. */
export function useFit(): (model: ModelSpec) => Fit | null {
  const capability = useAppStore((s) => s.capability);
  return (model) => {
    if (model.memoryMB === null) return null;
    if (model.engine === 'cpu' || capability?.status !== 'available') {
      const availableMB = ((deviceMemoryGB() ?? 4) * 1024) / 2;
      return {
        verdict: fitVerdict(model.memoryMB, availableMB),
        neededMB: model.memoryMB,
        availableMB,
        memory: 'ram',
      };
    }
    const availableMB = estimateGpuBudgetMB(capability.adapter, deviceMemoryGB());
    return {
      verdict: fitVerdict(model.memoryMB, availableMB),
      neededMB: model.memoryMB,
      availableMB,
      memory: 'gpu',
    };
  };
}
