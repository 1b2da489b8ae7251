import type { EngineErrorCode } from '@/engine/errors';

export type RecoveryAction = 'retry' | 'smaller-model' | 'use-cpu';

export interface ErrorExplanation {
  title: string;
  hint: string;
  actions: RecoveryAction[];
}

/** What happened and what the user can do, for each engine failure. */
export const ERROR_EXPLANATIONS: Record<EngineErrorCode, ErrorExplanation> = {
  'webgpu-unavailable': {
    title: 'WebGPU is not available',
    hint: 'This browser could not give MindSwitch a GPU. Run on the CPU instead, or enable WebGPU (Chrome or Edge 113+).',
    actions: ['use-cpu'],
  },
  'shader-f16-missing': {
    title: 'This GPU lacks 16-bit shader support',
    hint: 'The model needs the shader-f16 feature. Pick a q4f32 model or run on the CPU.',
    actions: ['smaller-model', 'use-cpu'],
  },
  'device-lost': {
    title: 'The GPU stopped responding',
    hint: 'The GPU device was lost, often because it ran out of memory. Try again, pick a smaller model, or run on the CPU.',
    actions: ['retry', 'smaller-model', 'use-cpu'],
  },
  'out-of-memory': {
    title: 'Not enough memory for this model',
    hint: 'Pick a smaller model, close other heavy tabs, or run on the CPU.',
    actions: ['smaller-model', 'use-cpu'],
  },
  'quota-exceeded': {
    title: 'Not enough storage space',
    hint: 'The browser refused to store the model. Free some disk space or delete cached models, then try again.',
    actions: ['retry', 'smaller-model'],
  },
  'download-failed': {
    title: 'The model could not be downloaded',
    hint: 'The server did not deliver the model files (network error, missing file, or the host blocks cross-origin requests). Check the address and your connection, then retry.',
    actions: ['retry'],
  },
  offline: {
    title: 'You are offline',
    hint: 'This model is not cached yet, and downloading it needs a network connection. Reconnect and retry, or pick a model that is already cached.',
    actions: ['retry'],
  },
  'context-too-long': {
    title: 'The conversation is too long for the model',
    hint: 'The model can only read a limited number of tokens. Start a new chat or shorten your message.',
    actions: [],
  },
  cancelled: {
    title: 'Cancelled',
    hint: 'Loading was cancelled.',
    actions: ['retry'],
  },
  'invalid-model': {
    title: 'This is not a model MindSwitch can run',
    hint: 'The file was downloaded but could not be read as a Qwen3 model. Check the URL points to a GGUF file (CPU) or an MLC model (WebGPU).',
    actions: ['smaller-model'],
  },
  'engine-crashed': {
    title: 'The inference engine failed',
    hint: 'Something went wrong inside the engine. Try again; if it keeps failing, reload the page or pick another model.',
    actions: ['retry', 'smaller-model'],
  },
};
