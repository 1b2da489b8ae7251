/// <reference lib="webworker" />
import { EngineError } from '@/domain/engine-error';
import type { GenerateRequest } from '@/domain/engine-types';
import { classifyError } from '@/engine/errors';
import { assertNever } from '@/lib/assert-never';
import { eventBatches } from './event-batches';
import type { HostError, HostMessage, HostRequest } from './host-protocol';
import { WllamaEngine } from './wllama-engine';

// wllama in a worker of the app's own: llama.cpp's server loop in wllama 3 decodes one token per
// `get_result` round trip from wllama's caller, so its caller must be a thread that is never busy.
// On the page's main thread every render, paint or collection delayed the next token.

const engine = new WllamaEngine();
let loading: AbortController | null = null;
const streams = new Map<number, AbortController>();

function post(message: HostMessage) {
  self.postMessage(message);
}

function asHostError(err: unknown): HostError {
  const error = err instanceof EngineError ? err : classifyError(err);
  return { code: error.code, detail: error.detail, httpStatus: error.httpStatus };
}

engine.onFault((error) => post({ type: 'fault', error: asHostError(error) }));

async function load(request: Extract<HostRequest, { type: 'load' }>) {
  loading?.abort();
  const controller = new AbortController();
  loading = controller;
  try {
    const loaded = await engine.load(
      request.model,
      (progress) => post({ type: 'progress', progress }),
      controller.signal,
      request.contextTokens,
    );
    post({ type: 'loaded', loaded });
  } catch (err) {
    post({ type: 'load-failed', error: asHostError(err) });
  } finally {
    if (loading === controller) loading = null;
  }
}

/** The stream running now, or the last one: a new one starts only once it has ended. */
let previousStream: Promise<void> = Promise.resolve();

async function stream(id: number, request: GenerateRequest, controller: AbortController) {
  const batches = eventBatches((events) => post({ type: 'events', id, events }));
  try {
    for await (const event of engine.generate(request, controller.signal)) batches.add(event);
  } catch (err) {
    batches.flush();
    post({ type: 'generate-failed', id, error: asHostError(err) });
  } finally {
    batches.flush();
    streams.delete(id);
  }
}

/**
 * Streams are run one after the other. The page moves on as soon as it stops a stream (a trial
 * answer cut at its first sentence, thinking cut at a pause), but wllama cancels a request only
 * at its next round trip: started at once, the next request would run beside the old one in
 * another of llama.cpp's slots, without the prompt that slot's cache holds.
 */
function generate(id: number, request: GenerateRequest) {
  const controller = new AbortController();
  streams.set(id, controller);
  previousStream = previousStream.then(() => stream(id, request, controller));
}

async function unload() {
  for (const controller of streams.values()) controller.abort();
  loading?.abort();
  await engine.unload().catch(() => undefined);
  post({ type: 'unloaded' });
}

self.onmessage = (event: MessageEvent<HostRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'load':
      void load(request);
      break;
    case 'cancel-load':
      loading?.abort();
      break;
    case 'generate':
      generate(request.id, request.request);
      break;
    case 'stop':
      streams.get(request.id)?.abort();
      break;
    case 'unload':
      void unload();
      break;
    default:
      assertNever(request);
  }
};
