import type { AppConfig } from '@mlc-ai/web-llm';
import type { WebGpuModelSpec } from '@/domain/engine-types';

/** A one-model web-llm config: built-in and custom models load the same way. */
export function appConfigFor(model: WebGpuModelSpec): AppConfig {
  return {
    model_list: [
      {
        model: model.modelUrl,
        model_id: model.id,
        model_lib: model.modelLibUrl,
        overrides: { context_window_size: model.contextTokens },
        required_features: model.requiresShaderF16 ? ['shader-f16'] : [],
        ...(model.memoryMB === null ? {} : { vram_required_MB: model.memoryMB }),
      },
    ],
  };
}
