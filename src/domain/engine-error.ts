export type EngineErrorCode =
  | 'webgpu-unavailable'
  | 'shader-f16-missing'
  | 'device-lost'
  | 'out-of-memory'
  | 'quota-exceeded'
  | 'download-failed'
  | 'offline'
  | 'context-too-long'
  | 'cancelled'
  | 'invalid-model'
  | 'engine-crashed';

/** An engine failure the UI can explain. `detail` keeps the library's own words for the curious. */
export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly detail: string;

  constructor(code: EngineErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'EngineError';
    this.code = code;
    this.detail = detail;
  }
}
