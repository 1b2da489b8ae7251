import { describe, expect, it } from 'vitest';
import { classifyError } from './errors';
import { EngineError } from '@/domain/engine-error';

function named(name: string, message: string): Error {
  const err = new Error(message);
  err.name = name;
  return err;
}

describe('classifyError', () => {
  it.each([
    [
      named('DeviceLostError', 'The WebGPU device was lost while loading the model.'),
      'device-lost',
    ],
    [
      new Error(
        'Error: The WebGPU device was lost while loading the model. This issue often occurs due to running out of memory (OOM).',
      ),
      'device-lost',
    ],
    [
      named('ShaderF16SupportError', 'This model requires WebGPU extension shader-f16'),
      'shader-f16-missing',
    ],
    [
      named('WebGPUNotAvailableError', 'WebGPU is not supported in your current environment'),
      'webgpu-unavailable',
    ],
    [named('QuotaExceededError', 'The quota has been exceeded.'), 'quota-exceeded'],
    [new TypeError('Failed to fetch'), 'unreachable'],
    // web-llm stores weights with Cache.add, which rejects like this when the host answers 404.
    [new TypeError("Failed to execute 'add' on 'Cache': Request failed"), 'download-failed'],
    [
      new Error('Failed to fetch http://127.0.0.1:4175/models/missing.gguf: HTTP 404'),
      'http-not-found',
    ],
    [new Error('Failed to fetch https://host/model.gguf: HTTP 403'), 'http-forbidden'],
    [new Error('Failed to fetch https://host/model.gguf: HTTP 503'), 'http-server-error'],
    [named('WllamaRuntimeError', 'RuntimeError: unreachable'), 'engine-crashed'],
    [new Error('llama_model_load: error loading model: invalid magic'), 'not-gguf'],
    // A message that merely mentions "abort" is no cancel by the user.
    [named('AbortError', 'The user aborted a request.'), 'engine-crashed'],
    [new Error('(ABORT) wasm aborted'), 'engine-crashed'],
    [
      named(
        'ContextWindowSizeExceededError',
        'Prompt tokens exceed context window size: number of prompt tokens: 5000; context window size: 4096',
      ),
      'context-too-long',
    ],
    [new Error('kv_cache_full'), 'context-too-long'],
    [new Error('Cannot enlarge memory arrays'), 'out-of-memory'],
    [new Error('unknown model architecture: qwen9'), 'invalid-model'],
    [new Error('something nobody expected'), 'engine-crashed'],
  ] as const)('maps %s to %s', (err, code) => {
    expect(classifyError(err).code).toBe(code);
  });

  it('keeps the HTTP status for the message', () => {
    const error = classifyError(new Error('Failed to fetch x: HTTP 404'));
    expect(error.httpStatus).toBe(404);
  });

  it('says offline instead of download failure when the browser is offline', () => {
    expect(classifyError(new TypeError('Failed to fetch'), true).code).toBe('offline');
  });

  it('reads plain objects that lost their class crossing a worker boundary', () => {
    expect(classifyError({ name: 'DeviceLostError', message: 'lost' }).code).toBe('device-lost');
  });

  it('keeps an EngineError as it is', () => {
    const original = new EngineError('quota-exceeded', 'full');
    expect(classifyError(original)).toBe(original);
  });
});
