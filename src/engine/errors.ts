import { EngineError, type EngineErrorCode } from '@/domain/engine-error';

interface ErrorRule {
  code: EngineErrorCode;
  names?: string[];
  message?: RegExp;
}

// The libraries export almost no error classes (web-llm only IntegrityError) and errors lose their
// class crossing the worker boundary, so name and message are all there is. Order matters: first
// match wins, specific before generic.
const rules: ErrorRule[] = [
  { code: 'cancelled', names: ['AbortError', 'WllamaAbortError'], message: /\babort(ed)?\b/i },
  {
    code: 'webgpu-unavailable',
    names: ['WebGPUNotAvailableError', 'WebGPUNotFoundError'],
    message:
      /webgpu is not (supported|available)|cannot find webgpu|no (webgpu )?adapter|requestAdapter/i,
  },
  {
    code: 'shader-f16-missing',
    names: ['ShaderF16SupportError'],
    message: /shader-f16/i,
  },
  {
    code: 'device-lost',
    names: ['DeviceLostError'],
    message: /device (was )?lost|GPUDeviceLostInfo|device is lost/i,
  },
  { code: 'quota-exceeded', names: ['QuotaExceededError'], message: /quota/i },
  {
    code: 'out-of-memory',
    message:
      /out of memory|\bOOM\b|allocation failed|Array buffer allocation|Cannot enlarge memory|memory access out of bounds/i,
  },
  {
    code: 'context-too-long',
    names: ['ContextWindowSizeExceededError'],
    message:
      /context window size|exceeds? the (available )?context|kv[_ ]cache[_ ]full|context size|too many tokens/i,
  },
  {
    code: 'download-failed',
    names: ['NetworkError', 'IntegrityError'],
    message:
      /failed to fetch|networkerror|HTTP \d{3}|status(?: code)? \d{3}|\b(404|403|500|502|503)\b|cors|load failed|request failed|fetch/i,
  },
  {
    code: 'invalid-model',
    message:
      /invalid model|not a valid gguf|failed to load model|invalid magic|unknown model architecture|mlc-chat-config|tokenizer/i,
  },
];

function describe(err: unknown): { name: string; message: string } {
  if (err instanceof Error) return { name: err.name, message: err.message };
  if (typeof err === 'object' && err !== null) {
    const record = err as Record<string, unknown>;
    const name = typeof record.name === 'string' ? record.name : '';
    const message = typeof record.message === 'string' ? record.message : JSON.stringify(err);
    return { name, message };
  }
  return { name: '', message: String(err) };
}

/** Maps whatever a library threw onto an EngineError with a code the UI can explain. */
export function classifyError(err: unknown, offline = false): EngineError {
  if (err instanceof EngineError) return err;
  const { name, message } = describe(err);
  for (const rule of rules) {
    const byName = rule.names?.includes(name) ?? false;
    const byMessage = rule.message?.test(message) ?? false;
    if (byName || byMessage) {
      if (rule.code === 'download-failed' && offline) return new EngineError('offline', message);
      return new EngineError(rule.code, message || name);
    }
  }
  return new EngineError('engine-crashed', message || name || 'Unknown error');
}
