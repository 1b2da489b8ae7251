import type { GpuCapability } from './gpu-capability';

/** Where a model's weights and math run. */
export type RunBackend = 'gpu' | 'cpu';

/** The user's choice for GGUF models (wllama): Automatic, or one backend explicitly. */
export type GgufBackendChoice = 'auto' | RunBackend;

/** Why a GGUF model runs where it runs. */
export type GgufBackendReason =
  'gpu' | 'chosen-cpu' | 'no-webgpu' | 'no-shader-f16' | 'software-adapter';

/**
 * Where wllama should try to run a GGUF model. llama.cpp's WebGPU backend (ggml-webgpu) writes
 * its shaders with `enable f16;` and skips an adapter without shader-f16 (it never asks it for a
 * device), so Automatic uses the CPU there. Automatic also keeps a software (fallback) adapter
 * off: it emulates the GPU on the CPU, where llama.cpp's own CPU code is faster. An explicit GPU
 * choice tries the GPU wherever WebGPU has an adapter; the engine falls back to the CPU and says
 * why when llama.cpp cannot use it.
 */
export function ggufBackend(
  capability: GpuCapability | null,
  choice: GgufBackendChoice,
): { backend: RunBackend; reason: GgufBackendReason } {
  if (choice === 'cpu') return { backend: 'cpu', reason: 'chosen-cpu' };
  if (capability?.status !== 'available') return { backend: 'cpu', reason: 'no-webgpu' };
  if (choice === 'gpu') return { backend: 'gpu', reason: 'gpu' };
  if (!capability.adapter.shaderF16) return { backend: 'cpu', reason: 'no-shader-f16' };
  if (capability.adapter.isFallbackAdapter) return { backend: 'cpu', reason: 'software-adapter' };
  return { backend: 'gpu', reason: 'gpu' };
}

const OFFLOADED = /offloaded (\d+)\/(\d+) layers to GPU/;

/**
 * What llama.cpp actually did, read from its load log: with no usable GPU it loads on the CPU
 * without an error, and prints "offloaded N/M layers to GPU" only when a GPU device took layers.
 */
export function offloadedLayers(logLines: readonly string[]): number {
  for (const line of logLines) {
    const match = OFFLOADED.exec(line);
    if (match) return Number(match[1]);
  }
  return 0;
}
