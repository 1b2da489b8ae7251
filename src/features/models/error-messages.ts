import type { EngineErrorCode } from '@/domain/engine-error';

export type RecoveryAction = 'retry' | 'smaller-model' | 'use-cpu' | 'remove-model';

/**
 * What the user can do after each engine failure. What happened and the hint are translated texts
 * under `errors.<code>.title` and `errors.<code>.hint`.
 */
const RECOVERY_ACTIONS: Record<EngineErrorCode, RecoveryAction[]> = {
  'webgpu-unavailable': ['use-cpu'],
  'shader-f16-missing': ['smaller-model', 'use-cpu'],
  'device-lost': ['retry', 'smaller-model', 'use-cpu'],
  'out-of-memory': ['smaller-model', 'use-cpu'],
  'quota-exceeded': ['retry', 'smaller-model'],
  'download-failed': ['retry'],
  'http-not-found': [],
  'http-forbidden': [],
  'http-server-error': ['retry'],
  unreachable: ['retry'],
  'download-interrupted': ['retry'],
  offline: ['retry'],
  'context-too-long': [],
  cancelled: ['retry'],
  'not-gguf': [],
  'host-not-allowed': [],
  'local-file-missing': [],
  'invalid-model': ['smaller-model'],
  'engine-crashed': ['retry', 'smaller-model'],
};

/** A wrong address or file: the user's own model is best removed (and added again, fixed). */
const WRONG_FILE: readonly EngineErrorCode[] = [
  'http-not-found',
  'http-forbidden',
  'unreachable',
  'not-gguf',
  'host-not-allowed',
  'local-file-missing',
  'invalid-model',
];

export function recoveryActions(
  code: EngineErrorCode,
  isCustomModel: boolean,
  offerCpu: boolean,
): RecoveryAction[] {
  const actions = [...RECOVERY_ACTIONS[code]];
  if (offerCpu && !actions.includes('use-cpu')) actions.unshift('use-cpu');
  if (isCustomModel && WRONG_FILE.includes(code)) actions.push('remove-model');
  return actions;
}

/** Failures of the network itself, not of the address or the file. */
const NETWORK_FAILURES: readonly EngineErrorCode[] = ['unreachable', 'download-failed'];

/**
 * The hint's text key. A catalog model's host is known to work and to allow cross-origin
 * requests, so a network failure there means no connection, not a wrong address or CORS.
 */
export function failureHint(
  code: EngineErrorCode,
  isCustomModel: boolean,
): `errors.${EngineErrorCode}.hint` | 'errors.catalogUnreachable.hint' {
  return !isCustomModel && NETWORK_FAILURES.includes(code)
    ? 'errors.catalogUnreachable.hint'
    : `errors.${code}.hint`;
}
