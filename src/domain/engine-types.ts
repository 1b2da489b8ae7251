/** Which inference backend runs a model: web-llm on WebGPU, or wllama (llama.cpp/WASM) on the CPU. */
export type EngineKind = 'webgpu' | 'cpu';

interface ModelSpecBase {
  /** Stable id, unique across built-in and custom models. */
  id: string;
  label: string;
  /** Approximate download size in bytes, when known. */
  downloadBytes: number | null;
  /** Approximate memory needed while running, in MB, when known. */
  memoryMB: number | null;
  /** The context window `memoryMB` was estimated for, in tokens. */
  contextTokens: number;
  /** The longest context the model was trained for (Qwen3: 32K); unknown for custom models. */
  maxContextTokens?: number;
  /** Memory the KV cache takes per token of context, in bytes, where known. */
  kvBytesPerToken?: number;
}

export interface WebGpuModelSpec extends ModelSpecBase {
  engine: 'webgpu';
  /** Base URL of the MLC weights folder (holds mlc-chat-config.json, tokenizer, params shards). */
  modelUrl: string;
  /** URL of the compiled model library (.wasm). */
  modelLibUrl: string;
  requiresShaderF16: boolean;
}

export interface CpuModelSpec extends ModelSpecBase {
  engine: 'cpu';
  /**
   * URL of the GGUF file (or the first shard of a split GGUF); for a model opened from this
   * computer, the first file's name.
   */
  ggufUrl: string;
  /**
   * Set for a model opened from this computer: its files were copied into this folder of the
   * browser's origin-private file system, and it is never downloaded.
   */
  localFolder?: string;
  /** Set when loading: offload every layer to WebGPU (llama.cpp's ggml-webgpu). */
  gpuOffload?: boolean;
}

export type ModelSpec = WebGpuModelSpec | CpuModelSpec;

export type LoadPhase = 'downloading' | 'loading-from-cache' | 'compiling' | 'initializing';

export interface LoadProgress {
  phase: LoadPhase;
  /** 0..1, or null while the engine cannot tell. */
  fraction: number | null;
  bytesDone: number | null;
  bytesTotal: number | null;
}

export type ChatRole = 'system' | 'user' | 'assistant';

export interface EngineMessage {
  role: ChatRole;
  content: string;
}

export interface SamplingParams {
  temperature: number;
  topP: number;
  topK: number;
  minP: number;
  maxTokens: number;
}

/**
 * A chat request goes through the model's own chat template. A raw request sends an already
 * formatted prompt; it continues an assistant turn (used to close thinking at a budget, to probe a
 * trial answer and to resume thinking).
 *
 * `logprobs`: report each generated token's log-probability under the model's untempered
 * distribution where the engine can (see `GenerateDelta`). Off by default: asking costs a sort of
 * the vocabulary per token on llama.cpp, so only requests that use it (probes, drafts) ask.
 * `stop`: strings that end a raw request where they appear (not included in the text).
 */
export type GenerateRequest =
  | {
      kind: 'chat';
      messages: EngineMessage[];
      sampling: SamplingParams;
      thinking: boolean;
      logprobs?: boolean;
    }
  | {
      kind: 'raw';
      prompt: string;
      sampling: SamplingParams;
      logprobs?: boolean;
      stop?: readonly string[];
    };

export interface GenerationUsage {
  promptTokens: number | null;
  completionTokens: number | null;
}

/** Speeds the engine measured for one request, where it reports them. */
export interface GenerationTimings {
  /** Prompt tokens evaluated per second (tokens served from the KV cache not counted). */
  prefillTokensPerSecond: number | null;
  decodeTokensPerSecond: number | null;
  /** Prompt tokens reused from the KV cache (wllama); null where the engine does not say. */
  cachedPromptTokens: number | null;
}

export interface GenerateDelta {
  type: 'delta';
  text: string;
  /**
   * Natural-log probabilities of the tokens in `text`, in order, when the request asked for them
   * and the engine reported them. A delta may carry fewer entries than tokens (web-llm reports the
   * last token of a delta only); tags the engine adds itself carry none.
   */
  logprobs?: readonly number[];
}

export type GenerateEvent =
  | GenerateDelta
  | {
      type: 'done';
      usage: GenerationUsage;
      stopReason: 'finished' | 'length' | 'interrupted';
      timings?: GenerationTimings;
    };
