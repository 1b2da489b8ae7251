import {
  Wllama,
  type ChatCompletionChunk,
  type ChatCompletionUsage,
  type ResultTimings,
} from '@wllama/wllama';
// Bundled and served by the app itself: no CDN at run time, and the service worker can cache it.
import wllamaWasmUrl from '@wllama/wllama/esm/wasm/wllama.wasm?url';
import { classifyError } from '@/engine/errors';
import { threadCount } from './thread-count';
import { loadOnBestBackend } from './gpu-fallback';
import { ALL_LAYERS, loadLogger } from './load-log';
import { offloadedLayers } from '@/domain/models/gguf-backend';
import { removeUnfinishedDownloads, wllamaCachedModel, wllamaModelManager } from './wllama-cache';
import { countQwen3Tokens } from '@/engine/tokenizer/tokenizer-client';
import type { ChatEngine, LoadedModel } from '@/engine/types';
import type {
  CpuModelSpec,
  GenerateEvent,
  GenerateRequest,
  GenerateDelta,
  GenerationTimings,
  GenerationUsage,
  LoadProgress,
  ModelSpec,
} from '@/domain/engine-types';
import { EngineError } from '@/domain/engine-error';
import { isGgufBlob } from '@/engine/model-file-check';
import { watchWorker } from '@/engine/worker-watch';
import { rate, readTokenLogprobs } from '@/engine/logprobs';
import { openLocalModel } from '@/engine/local-models';
import { assertModelHostAllowed } from '@/engine/model-host-policy';

type ReasoningDelta = ChatCompletionChunk['choices'][number]['delta'] & {
  reasoning_content?: string | null;
};

/**
 * Any text at all, as a llama.cpp grammar. Its sampler decodes every candidate token as UTF-8
 * and refuses one that would make the text invalid (a stray or misplaced byte), so the model
 * writes its next best token instead. Without it, a model that emits invalid UTF-8 (random
 * weights, a bad fine-tune) makes wllama's worker fail to JSON-encode the chunk and break
 * (`RangeError: Invalid typed array length: 1163217991`, the bytes "GLUE" read as a length).
 * Split characters still pass: a token may end inside a character that the next completes.
 */
const VALID_UTF8_GRAMMAR = 'root ::= [^\\x00]*';

function asCpuModel(model: ModelSpec): CpuModelSpec {
  if (model.engine !== 'cpu') {
    throw new EngineError('invalid-model', `${model.label} needs WebGPU, not the CPU engine`);
  }
  return model;
}

function withLogprobs(text: string, logprobs: number[] | undefined): GenerateDelta {
  return logprobs ? { type: 'delta', text, logprobs } : { type: 'delta', text };
}

/** llama.cpp's own per-request timings; `cache_n` says how much of the prompt the KV cache held. */
function wllamaTimings(timings: ResultTimings): GenerationTimings {
  return {
    prefillTokensPerSecond: rate(timings.prompt_per_second),
    decodeTokensPerSecond: rate(timings.predicted_per_second),
    cachedPromptTokens: typeof timings.cache_n === 'number' ? timings.cache_n : null,
  };
}

/** wllama keeps its worker private; the crash listener needs it (checked at run time). */
function wllamaWorker(wllama: Wllama): Worker | null {
  const proxy = (wllama as unknown as { proxy?: { worker?: unknown } }).proxy;
  return proxy?.worker instanceof Worker ? proxy.worker : null;
}

export class WllamaEngine implements ChatEngine {
  readonly kind = 'cpu' as const;
  private wllama: Wllama | null = null;
  private faultListener: ((error: EngineError) => void) | null = null;
  private stopWatching: () => void = () => undefined;

  onFault(listener: (error: EngineError) => void) {
    this.faultListener = listener;
  }

  async load(
    model: ModelSpec,
    onProgress: (progress: LoadProgress) => void,
    signal: AbortSignal,
    contextTokens: number,
  ): Promise<LoadedModel> {
    const spec = asCpuModel(model);
    await this.unload();
    let bytesReceived = 0;
    let downloading = false;
    try {
      const local = spec.localFolder;
      const cached = local ? null : await wllamaCachedModel(spec.ggufUrl);
      let source = cached;
      if (!source && !local) {
        assertModelHostAllowed(spec.ggufUrl);
        await removeUnfinishedDownloads();
        onProgress({
          phase: 'downloading',
          fraction: 0,
          bytesDone: 0,
          bytesTotal: spec.downloadBytes,
        });
        downloading = true;
        source = await wllamaModelManager.downloadModel(spec.ggufUrl, {
          signal,
          progressCallback: ({ loaded, total }) => {
            bytesReceived = loaded;
            onProgress({
              phase: 'downloading',
              fraction: total > 0 ? loaded / total : null,
              bytesDone: loaded,
              bytesTotal: total > 0 ? total : spec.downloadBytes,
            });
          },
        });
      }
      downloading = false;
      signal.throwIfAborted();
      const files = local ? await openLocalModel(local) : ((await source?.open()) ?? []);
      const [firstFile] = files;
      if (!firstFile || !(await isGgufBlob(firstFile))) {
        // Not kept: the picker must not call a web page a cached model.
        await source?.remove();
        throw new EngineError('not-gguf', `${spec.ggufUrl} does not start with the GGUF magic`);
      }
      onProgress({
        phase: 'loading-from-cache',
        fraction: null,
        bytesDone: null,
        bytesTotal: files.reduce((sum, file) => sum + file.size, 0),
      });
      const model = files;
      const startOn = async (gpu: boolean) => {
        const log = loadLogger();
        const wllama = new Wllama(
          { default: wllamaWasmUrl },
          { logger: log.logger, modelManager: wllamaModelManager, allowOffline: true },
        );
        const abortLoad = () => void wllama.exit();
        signal.addEventListener('abort', abortLoad, { once: true });
        try {
          // n_gpu_layers 0 also hides WebGPU from wllama's worker: no GPU is touched at all.
          await wllama.loadModel(model, {
            n_ctx: contextTokens,
            n_threads: threadCount(navigator.hardwareConcurrency || 2, crossOriginIsolated),
            n_gpu_layers: gpu ? ALL_LAYERS : 0,
          });
        } catch (err) {
          await wllama.exit().catch(() => undefined);
          throw err;
        } finally {
          signal.removeEventListener('abort', abortLoad);
        }
        const offloaded = offloadedLayers(log.lines);
        log.stop();
        return { wllama, offloadedLayers: offloaded };
      };
      const { loaded, runsOn, gpuFallback } = await loadOnBestBackend(
        spec.gpuOffload === true,
        startOn,
        signal,
      );
      const { wllama } = loaded;
      signal.throwIfAborted();
      this.wllama = wllama;
      this.watch(wllama);
      // A model trained on a shorter context than asked for is only used up to what it knows.
      const trained = wllama.getModelMetadata().hparams.nCtxTrain;
      return {
        contextTokens: trained > 0 ? Math.min(contextTokens, trained) : contextTokens,
        runsOn,
        gpuFallback,
      };
    } catch (err) {
      if (signal.aborted) throw new EngineError('cancelled', 'Loading was cancelled');
      const error = classifyError(err, !navigator.onLine);
      // The body broke off after part of the file: a download error, not an engine crash.
      const network = ['unreachable', 'engine-crashed', 'download-failed'].includes(error.code);
      if (downloading && bytesReceived > 0 && network) {
        throw new EngineError('download-interrupted', error.detail);
      }
      throw error;
    }
  }

  countTokens(texts: string[]): Promise<number[]> {
    return countQwen3Tokens(texts);
  }

  /** A crash of wllama's worker (an uncaught error, a message it cannot read) is a fault. */
  private watch(wllama: Wllama) {
    const worker = wllamaWorker(wllama);
    if (!worker) return;
    this.stopWatching = watchWorker(worker, (error) => {
      if (this.wllama !== wllama) return;
      this.wllama = null;
      this.stopWatching();
      void wllama.exit().catch(() => undefined);
      this.faultListener?.(error);
    });
  }

  async *generate(request: GenerateRequest, signal: AbortSignal): AsyncIterable<GenerateEvent> {
    const wllama = this.wllama;
    if (!wllama) throw new EngineError('engine-crashed', 'No model is loaded');
    const { sampling } = request;
    const common = {
      stream: true as const,
      abortSignal: signal,
      temperature: sampling.temperature,
      top_p: sampling.topP,
      top_k: sampling.topK,
      min_p: sampling.minP,
      max_tokens: sampling.maxTokens,
      grammar: VALID_UTF8_GRAMMAR,
    };
    const usage: GenerationUsage = { promptTokens: null, completionTokens: null };
    let timings: GenerationTimings | undefined;
    let stopReason: 'finished' | 'length' | 'interrupted' = 'finished';
    const note = (chunk: { usage?: ChatCompletionUsage | null; timings?: ResultTimings }) => {
      if (chunk.usage) {
        usage.promptTokens = chunk.usage.prompt_tokens;
        usage.completionTokens = chunk.usage.completion_tokens;
      } else if (chunk.timings) {
        // prompt_n counts only what was not already in the KV cache from the last turn.
        usage.promptTokens = chunk.timings.prompt_n + chunk.timings.cache_n;
        usage.completionTokens = chunk.timings.predicted_n;
      }
      if (chunk.timings) timings = wllamaTimings(chunk.timings);
    };
    try {
      if (request.kind === 'chat') {
        const stream = await wllama.createChatCompletion({
          ...common,
          messages: request.messages,
          chat_template_kwargs: { enable_thinking: request.thinking },
          // The sampled token's own log-probability; llama.cpp's default would be 20 alternatives.
          ...(request.logprobs ? { logprobs: true, top_logprobs: 1 } : {}),
        });
        // wllama parses Qwen's thinking into reasoning_content; put the tags back so both
        // engines feed the same raw text into the think-stream parser.
        let inThinking = false;
        for await (const chunk of stream) {
          const choice = chunk.choices[0];
          const delta = choice?.delta as ReasoningDelta | undefined;
          const logprobs = request.logprobs ? readTokenLogprobs(choice?.logprobs) : undefined;
          if (delta?.reasoning_content) {
            if (!inThinking) yield { type: 'delta', text: '<think>\n' };
            inThinking = true;
            yield withLogprobs(delta.reasoning_content, logprobs);
          }
          if (delta?.content) {
            if (inThinking) yield { type: 'delta', text: '\n</think>\n\n' };
            inThinking = false;
            yield withLogprobs(delta.content, logprobs);
          }
          if (choice?.finish_reason === 'length') stopReason = 'length';
          note(chunk);
        }
      } else {
        const stream = await wllama.createCompletion({
          ...common,
          prompt: request.prompt,
          ...(request.stop ? { stop: [...request.stop] } : {}),
          ...(request.logprobs ? { n_probs: 1 } : {}),
        });
        for await (const chunk of stream) {
          const choice = chunk.choices[0];
          const logprobs = request.logprobs ? readTokenLogprobs(choice?.logprobs) : undefined;
          if (choice?.text) yield withLogprobs(choice.text, logprobs);
          if (choice?.finish_reason === 'length') stopReason = 'length';
          note(chunk);
        }
      }
    } catch (err) {
      if (!signal.aborted) throw classifyError(err);
      stopReason = 'interrupted';
    }
    if (signal.aborted) stopReason = 'interrupted';
    yield { type: 'done', usage, stopReason, ...(timings ? { timings } : {}) };
  }

  async unload(): Promise<void> {
    const current = this.wllama;
    this.wllama = null;
    this.stopWatching();
    await current?.exit();
  }
}
