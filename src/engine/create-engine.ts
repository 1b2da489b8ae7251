import type { EngineKind } from '@/domain/engine-types';
import type { ChatEngine } from './types';

/** Engines load lazily: neither inference library is part of the first paint. */
export async function createEngine(kind: EngineKind): Promise<ChatEngine> {
  // Bench builds only (`vite build --mode bench`, see bench/README.md): MODE is a build-time
  // constant, so every other build drops this branch and the synthetic engine's chunk with it.
  if (import.meta.env.MODE === 'bench') {
    const { withSyntheticEngine } = await import('./synthetic/bench-engine');
    return withSyntheticEngine(kind, () => createInferenceEngine(kind));
  }
  return createInferenceEngine(kind);
}

async function createInferenceEngine(kind: EngineKind): Promise<ChatEngine> {
  if (kind === 'webgpu') {
    const { WebLlmEngine } = await import('./webllm/webllm-engine');
    return new WebLlmEngine();
  }
  const { HostedWllamaEngine } = await import('./wllama/hosted-wllama-engine');
  return new HostedWllamaEngine();
}

export async function loadWebLlmQwen3Records() {
  const { qwen3Records } = await import('./webllm/qwen3-records');
  return qwen3Records();
}
