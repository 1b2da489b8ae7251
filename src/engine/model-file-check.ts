import { SYNTHETIC_GGUF_URL } from './synthetic/bench-protocol';
import { EngineError, httpErrorCode, type EngineErrorCode } from '@/domain/engine-error';
import type { ModelSpec } from '@/domain/engine-types';
import type { ModelFileCheck } from '@/domain/models/custom-models';
import { modelHostVerdictHere } from './model-host-policy';

const GGUF_MAGIC = [0x47, 0x47, 0x55, 0x46]; // "GGUF"
const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d]; // "\0asm"

/** Total size from `Content-Range: bytes 0-3/12345`, or the length of a full response. */
function totalSize(response: Response): number | null {
  const range = /\/(\d+)\s*$/.exec(response.headers.get('content-range') ?? '');
  if (range?.[1]) return Number(range[1]);
  if (response.status !== 200) return null;
  const length = Number(response.headers.get('content-length'));
  return Number.isFinite(length) && length > 0 ? length : null;
}

/** The first bytes of the body, reading no more of it than needed. */
async function firstBytes(response: Response, count: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  const bytes: number[] = [];
  if (!reader) return new Uint8Array();
  while (bytes.length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.push(...value.subarray(0, count - bytes.length));
  }
  void reader.cancel().catch(() => undefined);
  return new Uint8Array(bytes);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** A fetch that got no response: offline, or a host the page cannot reach or read (CORS). */
export function noResponseError(err: unknown): EngineError {
  const detail = err instanceof Error ? err.message : String(err);
  const online = typeof navigator === 'undefined' || navigator.onLine;
  return new EngineError(online ? 'unreachable' : 'offline', detail);
}

/**
 * Asks the host for the first bytes of a file (a range request): is it there, how large is it,
 * and does it start with the format's magic bytes. `fetcher` is for tests.
 */
export async function checkRemoteFile(
  url: string,
  magic: number[],
  notMagic: EngineErrorCode,
  fetcher: typeof fetch = fetch,
): Promise<ModelFileCheck> {
  let response: Response;
  try {
    response = await fetcher(url, { headers: { Range: 'bytes=0-3' }, cache: 'no-store' });
  } catch (err) {
    const error = noResponseError(err);
    return { ok: false, code: error.code, httpStatus: null, detail: error.detail };
  }
  if (!response.ok) {
    const detail = `${url}: HTTP ${response.status}`;
    return { ok: false, code: httpErrorCode(response.status), httpStatus: response.status, detail };
  }
  const bytes = totalSize(response);
  const head = await firstBytes(response, magic.length).catch(() => new Uint8Array());
  if (!startsWith(head, magic)) {
    const type = response.headers.get('content-type') ?? 'unknown type';
    return { ok: false, code: notMagic, httpStatus: null, detail: `${url} (${type})` };
  }
  return { ok: true, bytes };
}

/** A URL the page's own policy would block: refused with no request at all. */
function blockedByPolicy(urls: string[]): ModelFileCheck | null {
  for (const url of urls) {
    const verdict = modelHostVerdictHere(url);
    if (verdict.allowed) continue;
    const { origin, allowedHosts } = verdict;
    const detail = `${origin} is not in this app's connect-src`;
    return {
      ok: false,
      code: 'host-not-allowed',
      httpStatus: null,
      detail,
      blockedHost: { origin, allowedHosts },
    };
  }
  return null;
}

/** Checks a model's file before it is added: the GGUF itself, or an MLC model's library. */
export function checkModelFile(model: ModelSpec, fetcher?: typeof fetch): Promise<ModelFileCheck> {
  // Bench builds only: the synthetic model has no file, the synthetic engine makes its text.
  if (import.meta.env.MODE === 'bench' && model.engine === 'cpu') {
    if (model.ggufUrl === SYNTHETIC_GGUF_URL) return Promise.resolve({ ok: true, bytes: null });
  }
  const blocked = blockedByPolicy(
    model.engine === 'cpu' ? [model.ggufUrl] : [model.modelLibUrl, model.modelUrl],
  );
  if (blocked) return Promise.resolve(blocked);
  if (model.engine === 'cpu')
    return checkRemoteFile(model.ggufUrl, GGUF_MAGIC, 'not-gguf', fetcher);
  return checkRemoteFile(model.modelLibUrl, WASM_MAGIC, 'invalid-model', fetcher).then((check) =>
    // The library is not the weights: its size says nothing about the download.
    check.ok ? { ok: true, bytes: null } : check,
  );
}

/** Whether a downloaded file starts like a GGUF model. */
export async function isGgufBlob(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, GGUF_MAGIC.length).arrayBuffer());
  return startsWith(head, GGUF_MAGIC);
}
