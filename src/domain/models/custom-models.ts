import type { EngineErrorCode } from '@/domain/engine-error';
import type { CpuModelSpec, WebGpuModelSpec } from '@/domain/engine-types';

/** What a request for a model's first bytes found out, before the model is added. */
export type ModelFileCheck =
  | { ok: true; /** Size of the file, where the host says. */ bytes: number | null }
  | {
      ok: false;
      code: EngineErrorCode;
      httpStatus: number | null;
      detail: string;
      /** For `host-not-allowed`: the refused origin and the hosts this app may download from. */
      blockedHost?: { origin: string; allowedHosts: string[] };
    };

export type CustomModelInput =
  | { engine: 'cpu'; ggufUrl: string; label?: string }
  | { engine: 'webgpu'; modelUrl: string; modelLibUrl: string; label?: string };

export type CustomModelError =
  'url-invalid' | 'url-not-http' | 'gguf-extension' | 'wasm-extension' | 'duplicate';

export type CustomModelResult =
  | { ok: true; model: CpuModelSpec | WebGpuModelSpec }
  | { ok: false; field: 'ggufUrl' | 'modelUrl' | 'modelLibUrl'; error: CustomModelError };

function parseHttpUrl(value: string): URL | 'url-invalid' | 'url-not-http' {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'url-invalid';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'url-not-http';
  return url;
}

/**
 * A Hugging Face page link (`…/blob/main/x.gguf`, what the browser's address bar shows on a
 * file's page) names the same file as its download link (`…/resolve/main/x.gguf`).
 */
function huggingFaceDownloadUrl(url: URL): URL {
  const onHub = url.hostname === 'huggingface.co' || url.hostname === 'hf.co';
  const page = /^(\/[^/]+\/[^/]+)\/blob\//u.exec(url.pathname);
  if (!onHub || !page) return url;
  const download = new URL(url.href);
  download.pathname = `${page[1]}/resolve/${url.pathname.slice(page[0].length)}`;
  return download;
}

function lastPathSegment(url: URL): string {
  const segments = url.pathname.split('/').filter(Boolean);
  return decodeURIComponent(segments.at(-1) ?? url.hostname);
}

const CUSTOM_CONTEXT_TOKENS = 4096;

/** Validates the "Add model from URL" form and builds a model the engines can load. */
export function buildCustomModel(
  input: CustomModelInput,
  existingIds: readonly string[],
): CustomModelResult {
  if (input.engine === 'cpu') {
    const parsed = parseHttpUrl(input.ggufUrl);
    if (typeof parsed === 'string') return { ok: false, field: 'ggufUrl', error: parsed };
    const url = huggingFaceDownloadUrl(parsed);
    if (!/\.gguf$/i.test(url.pathname)) {
      return { ok: false, field: 'ggufUrl', error: 'gguf-extension' };
    }
    const id = `custom:${url.href}`;
    if (existingIds.includes(id)) return { ok: false, field: 'ggufUrl', error: 'duplicate' };
    return {
      ok: true,
      model: {
        engine: 'cpu',
        id,
        label: input.label?.trim() || lastPathSegment(url).replace(/\.gguf$/i, ''),
        ggufUrl: url.href,
        downloadBytes: null,
        memoryMB: null,
        contextTokens: CUSTOM_CONTEXT_TOKENS,
      },
    };
  }
  const modelUrl = parseHttpUrl(input.modelUrl);
  if (typeof modelUrl === 'string') return { ok: false, field: 'modelUrl', error: modelUrl };
  const libUrl = parseHttpUrl(input.modelLibUrl);
  if (typeof libUrl === 'string') return { ok: false, field: 'modelLibUrl', error: libUrl };
  if (!/\.wasm$/i.test(libUrl.pathname)) {
    return { ok: false, field: 'modelLibUrl', error: 'wasm-extension' };
  }
  const id = `custom:${modelUrl.href}`;
  if (existingIds.includes(id)) return { ok: false, field: 'modelUrl', error: 'duplicate' };
  return {
    ok: true,
    model: {
      engine: 'webgpu',
      id,
      label: input.label?.trim() || lastPathSegment(modelUrl),
      modelUrl: modelUrl.href,
      modelLibUrl: libUrl.href,
      requiresShaderF16: /f16/i.test(lastPathSegment(libUrl)),
      downloadBytes: null,
      memoryMB: null,
      contextTokens: CUSTOM_CONTEXT_TOKENS,
    },
  };
}
