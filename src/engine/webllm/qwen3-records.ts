import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import type { WebLlmModelRecord } from '@/domain/models/catalog';

/** Qwen3 chat models web-llm ships, straight from its prebuilt list (no URLs copied by hand). */
export function qwen3Records(): WebLlmModelRecord[] {
  return prebuiltAppConfig.model_list
    .filter((record) => /^Qwen3-[\d.]+B-q4f(16|32)_1-MLC$/.test(record.model_id))
    .map((record) => ({
      modelId: record.model_id,
      modelUrl: record.model,
      modelLibUrl: record.model_lib,
      vramRequiredMB: record.vram_required_MB ?? null,
      contextTokens: record.overrides?.context_window_size ?? 4096,
    }));
}
