import { EngineError } from '@/domain/engine-error';
import type {
  GenerateEvent,
  GenerateRequest,
  LoadProgress,
  ModelSpec,
} from '@/domain/engine-types';
import { countQwen3Tokens } from '@/engine/tokenizer/tokenizer-client';
import type { ChatEngine, LoadedModel } from '@/engine/types';
import { watchWorker } from '@/engine/worker-watch';
import type { HostError, HostMessage, HostRequest } from './host-protocol';

/** What a stream's consumer receives, one event at a time. */
type StreamMessage =
  { type: 'event'; event: GenerateEvent } | { type: 'generate-failed'; error: HostError };

interface PendingLoad {
  onProgress: (progress: LoadProgress) => void;
  resolve: (loaded: LoadedModel) => void;
  reject: (error: EngineError) => void;
}

const toEngineError = (error: HostError) =>
  new EngineError(error.code, error.detail, error.httpStatus);

const startHost = () =>
  new Worker(new URL('./wllama-host-worker.ts', import.meta.url), {
    type: 'module',
    name: 'wllama-host',
  });

/** How long an unload waits for wllama to end its model before the worker is ended anyway. */
export const UNLOAD_WAIT_MS = 2000;

/**
 * The CPU engine as the page sees it: wllama runs in a worker of the app's own
 * (`wllama-host-worker.ts`), which drives llama.cpp token by token, so nothing the page does on
 * its main thread (rendering, painting, garbage collection) delays the next token. The worker
 * lives as long as a model is loaded; a crash of it, or of wllama's own worker inside it, is a
 * fault.
 */
export class HostedWllamaEngine implements ChatEngine {
  readonly kind = 'cpu' as const;
  private host: Worker | null = null;
  private stopWatching: () => void = () => undefined;
  private faultListener: ((error: EngineError) => void) | null = null;
  private pendingLoad: PendingLoad | null = null;
  private readonly streams = new Map<number, (message: StreamMessage) => void>();
  private unloaded: (() => void) | null = null;
  private nextStreamId = 0;

  constructor(private readonly newHost: () => Worker = startHost) {}

  onFault(listener: (error: EngineError) => void) {
    this.faultListener = listener;
  }

  load(
    model: ModelSpec,
    onProgress: (progress: LoadProgress) => void,
    signal: AbortSignal,
    contextTokens: number,
  ): Promise<LoadedModel> {
    if (signal.aborted) {
      return Promise.reject(new EngineError('cancelled', 'Loading was cancelled'));
    }
    const host = this.host ?? this.start();
    return new Promise<LoadedModel>((resolve, reject) => {
      const cancel = () => this.post({ type: 'cancel-load' });
      signal.addEventListener('abort', cancel, { once: true });
      const settle = () => signal.removeEventListener('abort', cancel);
      this.pendingLoad = {
        onProgress,
        resolve: (loaded) => {
          settle();
          resolve(loaded);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      host.postMessage({ type: 'load', model, contextTokens } satisfies HostRequest);
    });
  }

  countTokens(texts: string[]): Promise<number[]> {
    return countQwen3Tokens(texts);
  }

  async *generate(request: GenerateRequest, signal: AbortSignal): AsyncIterable<GenerateEvent> {
    if (!this.host) throw new EngineError('engine-crashed', 'No model is loaded');
    const id = this.nextStreamId++;
    const queue: StreamMessage[] = [];
    let wake: (() => void) | null = null;
    this.streams.set(id, (message) => {
      queue.push(message);
      wake?.();
      wake = null;
    });
    const stop = () => this.post({ type: 'stop', id });
    this.post({ type: 'generate', id, request });
    signal.addEventListener('abort', stop, { once: true });
    if (signal.aborted) stop();
    let ended = false;
    try {
      for (;;) {
        const message = queue.shift();
        if (!message) {
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
        ended = message.type === 'generate-failed' || message.event.type === 'done';
        if (message.type === 'generate-failed') throw toEngineError(message.error);
        yield message.event;
        if (ended) return;
      }
    } finally {
      signal.removeEventListener('abort', stop);
      this.streams.delete(id);
      // A consumer that left early (a probe cut at its sentence end) stops the stream.
      if (!ended) stop();
    }
  }

  async unload(): Promise<void> {
    const host = this.host;
    if (!host) return;
    const done = new Promise<void>((resolve) => (this.unloaded = resolve));
    host.postMessage({ type: 'unload' } satisfies HostRequest);
    // A worker stuck in a long llama.cpp call does not answer; ending it frees its memory anyway.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, UNLOAD_WAIT_MS)));
    await Promise.race([done, limit]);
    clearTimeout(timer);
    this.unloaded = null;
    this.stop(host);
  }

  private start(): Worker {
    const host = this.newHost();
    this.host = host;
    host.onmessage = (event: MessageEvent<HostMessage>) => this.receive(event.data);
    this.stopWatching = watchWorker(host, (error) => this.fail(host, error));
    return host;
  }

  private post(request: HostRequest) {
    this.host?.postMessage(request);
  }

  private receive(message: HostMessage) {
    switch (message.type) {
      case 'progress':
        this.pendingLoad?.onProgress(message.progress);
        break;
      case 'loaded':
        this.pendingLoad?.resolve(message.loaded);
        this.pendingLoad = null;
        break;
      case 'load-failed':
        this.pendingLoad?.reject(toEngineError(message.error));
        this.pendingLoad = null;
        break;
      case 'events': {
        const deliver = this.streams.get(message.id);
        for (const event of message.events) deliver?.({ type: 'event', event });
        break;
      }
      case 'generate-failed':
        this.streams.get(message.id)?.(message);
        break;
      case 'fault':
        if (this.host) this.fail(this.host, toEngineError(message.error));
        break;
      case 'unloaded':
        this.unloaded?.();
        this.unloaded = null;
        break;
    }
  }

  /** The worker is gone or useless: everything waiting on it ends with the fault. */
  private fail(host: Worker, error: EngineError) {
    if (this.host !== host) return;
    this.stop(host);
    this.pendingLoad?.reject(error);
    this.pendingLoad = null;
    for (const deliver of this.streams.values()) deliver({ type: 'generate-failed', error });
    this.unloaded?.();
    this.unloaded = null;
    this.faultListener?.(error);
  }

  private stop(host: Worker) {
    this.stopWatching();
    host.terminate();
    if (this.host === host) this.host = null;
  }
}
