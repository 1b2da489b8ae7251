/// <reference lib="webworker" />
import { EngineError } from '@/domain/engine-error';
import { classifyError } from '@/engine/errors';
import { assertNever } from '@/lib/assert-never';
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

async function generate(
  id: number,
  request: Extract<HostRequest, { type: 'generate' }>['request'],
) {
  const controller = new AbortController();
  streams.set(id, controller);
  try {
    for await (const event of engine.generate(request, controller.signal)) {
      post({ type: 'event', id, event });
    }
  } catch (err) {
    post({ type: 'generate-failed', id, error: asHostError(err) });
  } finally {
    streams.delete(id);
  }
}

async function unload() {
  for (const stream of streams.values()) stream.abort();
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
      void generate(request.id, request.request);
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
