import { EngineError, httpErrorCode, type EngineErrorCode } from '@/domain/engine-error';

interface ErrorRule {
  code: EngineErrorCode;
  names?: string[];
  message?: RegExp;
}

// The libraries export almost no error classes (web-llm only IntegrityError) and errors lose their
// class crossing the worker boundary, so name and message are all there is. Order matters: first
// match wins, specific before generic. There is no rule for 'cancelled': only the caller knows
// whether the user's own signal was aborted (a message that says "abort" proves nothing).
const rules: ErrorRule[] = [
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
    code: 'not-gguf',
    message: /not a (valid )?gguf|invalid magic|bad magic/i,
  },
  // A fetch that got no response at all (refused, unresolvable, or blocked by CORS).
  {
    code: 'unreachable',
    names: ['NetworkError'],
    message: /failed to fetch|networkerror when attempting|^load failed$/i,
  },
  {
    code: 'download-failed',
    names: ['IntegrityError'],
    message:
      /failed to fetch|networkerror|HTTP \d{3}|status(?: code)? \d{3}|\b(404|403|500|502|503)\b|cors|load failed|request failed|fetch/i,
  },
  {
    code: 'invalid-model',
    message:
      /invalid model|failed to load model|unknown model architecture|mlc-chat-config|tokenizer/i,
  },
  // wllama's worker aborted (e.g. `RuntimeError: unreachable`) or was torn down under a request.
  {
    code: 'engine-crashed',
    names: ['WllamaRuntimeError', 'RuntimeError'],
    message: /RuntimeError|unreachable|The model was unloaded/i,
  },
];

/** The HTTP status a library's message names (`HTTP 404`, `status 503`), if any. */
export function httpStatusIn(message: string): number | null {
  const match = /\bHTTP (\d{3})\b|\bstatus(?: code)?:? (\d{3})\b/i.exec(message);
  const status = Number(match?.[1] ?? match?.[2]);
  return status >= 400 && status < 600 ? status : null;
}

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
  const status = httpStatusIn(message);
  if (status !== null) return new EngineError(httpErrorCode(status), message, status);
  for (const rule of rules) {
    const byName = rule.names?.includes(name) ?? false;
    const byMessage = rule.message?.test(message) ?? false;
    if (byName || byMessage) {
      const network = rule.code === 'download-failed' || rule.code === 'unreachable';
      if (network && offline) return new EngineError('offline', message);
      return new EngineError(rule.code, message || name);
    }
  }
  return new EngineError('engine-crashed', message || name || 'Unknown error');
}
