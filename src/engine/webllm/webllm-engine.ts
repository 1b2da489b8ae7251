import { WebWorkerMLCEngine, type ChatCompletionChunk, type Completion } from '@mlc-ai/web-llm';
import { classifyError } from '@/engine/errors';
import type {
  GenerateEvent,
  GenerateRequest,
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

export class WebLlmEngine implements ChatEngine {
  readonly kind = 'webgpu' as const;
  private worker: Worker | null = null;
  private engine: WebWorkerMLCEngine | null = null;

  async load(
    model: ModelSpec,
    onProgress: (progress: LoadProgress) => void,
    signal: AbortSignal,
    contextTokens: number,
  ): Promise<LoadedModel> {
    const spec = asWebGpuModel(model);
    await this.unload();
    const worker = new Worker(new URL('./webllm-worker.ts', import.meta.url), { type: 'module' });
    const engine = new WebWorkerMLCEngine(worker, {
      appConfig: appConfigFor(spec),
      initProgressCallback: (report) => onProgress(parseWebLlmProgress(report, spec.downloadBytes)),
    });
    this.worker = worker;
    this.engine = engine;
    // Terminating the worker is the only way to stop web-llm mid-download.
    const cancelled = new Promise<never>((_, reject) => {
      const onAbort = () => {
        worker.terminate();
        reject(new EngineError('cancelled', 'Loading was cancelled'));
      };
      if (signal.aborted) onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      await Promise.race([
        engine.reload(spec.id, { context_window_size: contextTokens }),
        cancelled,
      ]);
      return { contextTokens };
    } catch (err) {
      this.worker = null;
      this.engine = null;
      worker.terminate();
      throw classifyError(err, !navigator.onLine);
    }
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
    };
    const onAbort = () => engine.interruptGenerate();
    signal.addEventListener('abort', onAbort, { once: true });
    const usage: GenerationUsage = { promptTokens: null, completionTokens: null };
    let stopReason: 'finished' | 'length' | 'interrupted' = 'finished';
    try {
      const stream: AsyncIterable<StreamChunk> =
        request.kind === 'chat'
          ? await engine.chat.completions.create({
              ...common,
              messages: request.messages,
              extra_body: { enable_thinking: request.thinking },
            })
          : await engine.completions.create({ ...common, prompt: request.prompt });
      for await (const chunk of stream) {
        const text = deltaText(chunk);
        if (text) yield { type: 'delta', text };
        if (chunk.choices[0]?.finish_reason === 'length') stopReason = 'length';
        if (chunk.usage) {
          usage.promptTokens = chunk.usage.prompt_tokens;
          usage.completionTokens = chunk.usage.completion_tokens;
        }
      }
    } catch (err) {
      if (!signal.aborted) throw classifyError(err);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
    if (signal.aborted) stopReason = 'interrupted';
    yield { type: 'done', usage, stopReason };
  }

  async unload(): Promise<void> {
    const engine = this.engine;
    this.engine = null;
    try {
      await engine?.unload();
    } finally {
      this.worker?.terminate();
      this.worker = null;
    }
  }
}
