export type EngineErrorCode =
  | 'webgpu-unavailable'
  | 'shader-f16-missing'
  | 'device-lost'
  | 'out-of-memory'
  | 'quota-exceeded'
  | 'download-failed'
  /** The host answered 404 (or 410): the file is not there. */
  | 'http-not-found'
  /** 401 or 403: the host refuses the file (private repository, expired link). */
  | 'http-forbidden'
  /** 5xx: the host failed. */
  | 'http-server-error'
  /**
   * The request failed without a response while online: nothing listens there, the name does
   * not resolve, or the host sends no CORS headers. A page cannot tell these apart (the browser
   * hides why a cross-origin request failed), so one code and one text name them all.
   */
  | 'unreachable'
  /** The connection broke after part of the file had arrived. */
  | 'download-interrupted'
  | 'offline'
  | 'context-too-long'
  | 'cancelled'
  /** The file is not a GGUF model (an HTML page, for instance). */
  | 'not-gguf'
  /**
   * The app's own Content-Security-Policy does not let it connect to the model's host: refused
   * before any request, since the browser would block it.
   */
  | 'host-not-allowed'
  /** A model opened from this computer is no longer in the browser's storage. */
  | 'local-file-missing'
  | 'invalid-model'
  | 'engine-crashed';

/** Faults after which the engine cannot go on and is recreated. */
export const FATAL_ENGINE_CODES: readonly EngineErrorCode[] = ['device-lost', 'engine-crashed'];

/** An engine failure the UI can explain. `detail` keeps the library's own words for the curious. */
export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly detail: string;
  /** The HTTP status the model host answered with, where there was one. */
  readonly httpStatus: number | null;

  constructor(code: EngineErrorCode, detail: string, httpStatus: number | null = null) {
    super(`${code}: ${detail}`);
    this.name = 'EngineError';
    this.code = code;
    this.detail = detail;
    this.httpStatus = httpStatus;
  }
}

/** The error code for an HTTP status a model host answered with (not 2xx). */
export function httpErrorCode(status: number): EngineErrorCode {
  if (status === 404 || status === 410) return 'http-not-found';
  if (status === 401 || status === 403) return 'http-forbidden';
  if (status >= 500) return 'http-server-error';
  return 'download-failed';
}
