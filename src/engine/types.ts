import type { EngineError } from '@/domain/engine-error';
import type { RunBackend } from '@/domain/models/gguf-backend';
import type {
  EngineKind,
  GenerateEvent,
  GenerateRequest,
  LoadProgress,
  ModelSpec,
} from '@/domain/engine-types';

/** What a load settled on. */
export interface LoadedModel {
  /** The context window in use: the one asked for, or the model's trained maximum if smaller. */
  contextTokens: number;
  /** Where the model runs, where the engine can choose (wllama); web-llm always runs on the GPU. */
  runsOn?: RunBackend;
  /** Why the GPU was asked for but the model runs on the CPU. */
  gpuFallback?: string | null;
}

export interface ChatEngine {
  readonly kind: EngineKind;
  /**
   * Downloads (or reads from cache) and initialises the model with a context window of
   * `contextTokens`. Rejects with EngineError.
   */
  load(
    model: ModelSpec,
    onProgress: (progress: LoadProgress) => void,
    signal: AbortSignal,
    contextTokens: number,
  ): Promise<LoadedModel>;
  /** Token counts of plain texts (no special tokens), with the loaded model's tokenizer. */
  countTokens(texts: string[]): Promise<number[]>;
  /**
   * Streams raw text, thinking tags included (`<think>…</think>`), then one `done` event.
   * Aborting the signal ends the stream with `done` (stopReason 'interrupted'); text so far stays.
   */
  generate(request: GenerateRequest, signal: AbortSignal): AsyncIterable<GenerateEvent>;
  unload(): Promise<void>;
  /**
   * Calls `listener` once when the engine dies on its own (GPU device lost, worker crashed).
   * The engine is useless afterwards; `unload()` then only frees what is left and never waits.
   */
  onFault?(listener: (error: EngineError) => void): void;
}
