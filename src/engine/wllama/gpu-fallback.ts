import type { RunBackend } from '@/domain/models/gguf-backend';

/** One load attempt: how many layers llama.cpp put on the GPU. */
export interface BackendAttempt {
  offloadedLayers: number;
}

export interface BackendOutcome<T> {
  loaded: T;
  runsOn: RunBackend;
  /** Why the GPU was asked for but the model runs on the CPU; null when it was not. */
  gpuFallback: string | null;
}

/**
 * Loads on the GPU when asked, and on the CPU when the GPU load fails or llama.cpp quietly left
 * every layer on the CPU (it does so when ggml-webgpu finds no adapter it can use). A load the
 * user cancelled is not retried.
 */
export async function loadOnBestBackend<T extends BackendAttempt>(
  wantGpu: boolean,
  attempt: (gpu: boolean) => Promise<T>,
  signal: AbortSignal,
): Promise<BackendOutcome<T>> {
  if (!wantGpu) return { loaded: await attempt(false), runsOn: 'cpu', gpuFallback: null };
  let reason: string;
  try {
    const loaded = await attempt(true);
    if (loaded.offloadedLayers > 0) return { loaded, runsOn: 'gpu', gpuFallback: null };
    reason = "llama.cpp's WebGPU backend found no adapter it can use (it needs shader-f16)";
    return { loaded, runsOn: 'cpu', gpuFallback: reason };
  } catch (err) {
    if (signal.aborted) throw err;
    reason = err instanceof Error ? err.message : String(err);
  }
  return { loaded: await attempt(false), runsOn: 'cpu', gpuFallback: reason };
}
