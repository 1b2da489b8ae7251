import { WebWorkerMLCEngine, type ChatCompletionChunk, type Completion } from '@mlc-ai/web-llm';
import { classifyError } from '@/engine/errors';
import type {
  GenerateEvent,
  GenerateRequest,
  GenerationTimings,
  GenerationUsage,
  LoadProgress,
  ModelSpec,
  WebGpuModelSpec,
} from '@/domain/engine-types';
import { appConfigFor } from './app-config';
import { parseWebLlmProgress } from './progress-report';
import { countQwen3Tokens } from '@/engine/tokenizer/tokenizer-client';
import type { LoadedModel } from '@/engine/types';
import { EngineError } from '@/domain/engine-error';
import type { ChatEngine } from '@/engine/types';
import { watchWorker } from '@/engine/worker-watch';
import { isWorkerOwnMessage } from './webllm-worker-protocol';
import { rate, readTokenLogprobs } from '@/engine/logprobs';

export type WorkerFactory = () => Worker;

const createWorker: WorkerFactory = () =>
  new Worker(new URL('./webllm-worker.ts', import.meta.url), { type: 'module' });

function asWebGpuModel(model: ModelSpec): WebGpuModelSpec {
  if (model.engine !== 'webgpu') {
    throw new EngineError('invalid-model', `${model.label} is a GGUF model for the CPU engine`);
  }
  return model;
}

type StreamChunk = ChatCompletionChunk | Completion;

function deltaText(chunk: StreamChunk): string {
  const choice = chunk.choices[0];
  if (!choice) return '';
  if ('delta' in choice) return choice.delta.content ?? '';
  return choice.text;
}

/**
 * web-llm's usage record carries its speeds. It clears the KV cache before every raw completion
 * and after an interrupted reply, so nothing of a prompt is ever reused there: cached is 0.
 */
function webLlmTimings(extra: unknown): GenerationTimings | undefined {
  if (typeof extra !== 'object' || extra === null) return undefined;
  const { prefill_tokens_per_s, decode_tokens_per_s } = extra as Record<string, unknown>;
  return {
    prefillTokensPerSecond: rate(prefill_tokens_per_s),
    decodeTokensPerSecond: rate(decode_tokens_per_s),
    cachedPromptTokens: null,
  };
}

export class WebLlmEngine implements ChatEngine {
  readonly kind = 'webgpu' as const;
  private worker: Worker | null = null;
  private engine: WebWorkerMLCEngine | null = null;
  private faultListener: ((error: EngineError) => void) | null = null;
  /** While a load runs, a dying worker fails the load instead of reporting a fault. */
  private loadFailure: ((error: EngineError) => void) | null = null;
  private stopWatching: () => void = () => undefined;

  constructor(private readonly newWorker: WorkerFactory = createWorker) {}

  onFault(listener: (error: EngineError) => void) {
    this.faultListener = listener;
  }

  /** The worker died or lost its GPU: nothing it holds can be used or unloaded politely. */
  private fail(worker: Worker, error: EngineError) {
    if (this.worker !== worker) return;
    this.stopWatching();
    this.worker = null;
    this.engine = null;
    worker.terminate();
    if (this.loadFailure) this.loadFailure(error);
    else this.faultListener?.(error);
  }

  /** web-llm handles only its own messages; ours (device lost) are taken out first. */
  private listen(worker: Worker) {
    const libraryHandler = worker.onmessage;
    worker.onmessage = (event: MessageEvent) => {
      if (isWorkerOwnMessage(event.data)) {
        const { reason, message } = event.data;
        this.fail(worker, new EngineError('device-lost', `${reason}: ${message}`));
        return;
      }
      libraryHandler?.call(worker, event);
    };
    const unwatch = watchWorker(worker, (error) => this.fail(worker, error));
    this.stopWatching = unwatch;
  }

  async load(
    model: ModelSpec,
    onProgress: (progress: LoadProgress) => void,
    signal: AbortSignal,
    contextTokens: number,
  ): Promise<LoadedModel> {
    const spec = asWebGpuModel(model);
    await this.unload();
    const worker = this.newWorker();
    const engine = new WebWorkerMLCEngine(worker, {
      appConfig: appConfigFor(spec),
      initProgressCallback: (report) => onProgress(parseWebLlmProgress(report, spec.downloadBytes)),
    });
    this.worker = worker;
    this.engine = engine;
    this.listen(worker);
    // Terminating the worker is the only way to stop web-llm mid-download. The listener must go
    // once the load is over: a later abort of the same signal must not kill a live worker.
    let onAbort: () => void = () => undefined;
    const cancelled = new Promise<never>((_, reject) => {
      onAbort = () => reject(new EngineError('cancelled', 'Loading was cancelled'));
      if (signal.aborted) onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
    });
    // A worker that dies while loading ends the load too.
    const died = new Promise<never>((_, reject) => {
      this.loadFailure = reject;
    });
    try {
      await Promise.race([
        engine.reload(spec.id, { context_window_size: contextTokens }),
        cancelled,
        died,
      ]);
    } catch (err) {
      this.stopWatching();
      this.worker = null;
      this.engine = null;
      worker.terminate();
      if (signal.aborted) throw new EngineError('cancelled', 'Loading was cancelled');
      throw classifyError(err, !navigator.onLine);
    } finally {
      signal.removeEventListener('abort', onAbort);
      this.loadFailure = null;
    }
    return { contextTokens };
  }

  countTokens(texts: string[]): Promise<number[]> {
    return countQwen3Tokens(texts);
  }

  async *generate(request: GenerateRequest, signal: AbortSignal): AsyncIterable<GenerateEvent> {
    const engine = this.engine;
    if (!engine) throw new EngineError('engine-crashed', 'No model is loaded');
    const { sampling } = request;
    // web-llm's OpenAI-style API has no top_k or min_p; temperature and top_p carry the preset.
    const common = {
      stream: true as const,
      stream_options: { include_usage: true },
      temperature: sampling.temperature,
      top_p: sampling.topP,
      max_tokens: sampling.maxTokens,
      // web-llm records log-probabilities only when at least one alternative is asked for.
      ...(request.logprobs ? { logprobs: true, top_logprobs: 1 } : {}),
    };
    const onAbort = () => engine.interruptGenerate();
    signal.addEventListener('abort', onAbort, { once: true });
    const usage: GenerationUsage = { promptTokens: null, completionTokens: null };
    let stopReason: 'finished' | 'length' | 'interrupted' = 'finished';
    let timings: GenerationTimings | undefined;
    try {
      const stream: AsyncIterable<StreamChunk> =
        request.kind === 'chat'
          ? await engine.chat.completions.create({
              ...common,
              messages: request.messages,
              extra_body: { enable_thinking: request.thinking },
            })
          : await engine.completions.create({
              ...common,
              prompt: request.prompt,
              ...(request.stop ? { stop: [...request.stop] } : {}),
            });
      for await (const chunk of stream) {
        const text = deltaText(chunk);
        const logprobs = request.logprobs
          ? readTokenLogprobs(chunk.choices[0]?.logprobs)
          : undefined;
        if (text) yield logprobs ? { type: 'delta', text, logprobs } : { type: 'delta', text };
        if (chunk.choices[0]?.finish_reason === 'length') stopReason = 'length';
        if (chunk.usage) {
          usage.promptTokens = chunk.usage.prompt_tokens;
          usage.completionTokens = chunk.usage.completion_tokens;
          timings = webLlmTimings(chunk.usage.extra);
        }
      }
    } catch (err) {
      if (!signal.aborted) throw classifyError(err);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
    if (signal.aborted) stopReason = 'interrupted';
    yield { type: 'done', usage, stopReason, ...(timings ? { timings } : {}) };
  }

  async unload(): Promise<void> {
    const engine = this.engine;
    const worker = this.worker;
    this.engine = null;
    this.worker = null;
    this.stopWatching();
    try {
      await engine?.unload();
    } finally {
      worker?.terminate();
    }
  }
}
