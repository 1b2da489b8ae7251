import type { CpuModelSpec, GenerateRequest } from '@/domain/engine-types';

// Shared by the engine layer's unit tests.

export const TEST_CPU_MODEL: CpuModelSpec = {
  engine: 'cpu',
  id: 'm',
  label: 'm',
  ggufUrl: 'https://host/m.gguf',
  downloadBytes: null,
  memoryMB: null,
  contextTokens: 4096,
};

export const TEST_RAW_REQUEST: GenerateRequest = {
  kind: 'raw',
  prompt: 'hi',
  sampling: { temperature: 0, topP: 1, topK: 1, minP: 0, maxTokens: 8 },
};
