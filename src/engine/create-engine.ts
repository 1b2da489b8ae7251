import type { ChatEngine, EngineKind } from './types';

/** Engines load lazily: neither inference library is part of the first paint. */
export async function createEngine(kind: EngineKind): Promise<ChatEngine> {
  if (kind === 'webgpu') {
    const { WebLlmEngine } = await import('./webllm/webllm-engine');
    return new WebLlmEngine();
  }
  const { WllamaEngine } = await import('./wllama/wllama-engine');
  return new WllamaEngine();
}

export async function loadWebLlmQwen3Records() {
  const { qwen3Records } = await import('./webllm/qwen3-records');
  return qwen3Records();
}
