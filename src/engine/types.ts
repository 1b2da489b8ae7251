import type { EngineError } from '@/domain/engine-error';
import type {
  EngineKind,
  GenerateEvent,
  GenerateRequest,
  LoadProgress,
  ModelSpec,
} from '@/domain/engine-types';

export interface ChatEngine {
  readonly kind: EngineKind;
  /** Downloads (or reads from cache) and initialises the model. Rejects with EngineError. */
  load(
    model: ModelSpec,
    onProgress: (progress: LoadProgress) => void,
    signal: AbortSignal,
  ): Promise<void>;
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
