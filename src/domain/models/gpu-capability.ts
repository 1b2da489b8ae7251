export interface GpuAdapterSummary {
  vendor: string;
  architecture: string;
  description: string;
  isFallbackAdapter: boolean;
  shaderF16: boolean;
  maxBufferSize: number;
  maxStorageBufferBindingSize: number;
}

export type GpuCapability =
  | { status: 'available'; adapter: GpuAdapterSummary }
  | { status: 'unavailable'; reason: 'no-api' | 'no-adapter' | 'device-failed'; detail: string };

/** Why "Automatic" chose its engine. */
export type AutomaticEngineReason = 'gpu' | 'no-webgpu' | 'software-adapter';

/**
 * The engine "Automatic" picks: WebGPU on a real GPU. A software (fallback) adapter runs WebGPU on
 * the CPU through an emulator, where llama.cpp's own CPU engine is the faster choice.
 */
export function automaticEngine(capability: GpuCapability | null): {
  engine: 'webgpu' | 'cpu';
  reason: AutomaticEngineReason;
} {
  if (capability?.status !== 'available') return { engine: 'cpu', reason: 'no-webgpu' };
  if (capability.adapter.isFallbackAdapter) return { engine: 'cpu', reason: 'software-adapter' };
  return { engine: 'webgpu', reason: 'gpu' };
}
