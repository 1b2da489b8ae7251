import type { EngineErrorCode } from '@/domain/engine-error';

export type RecoveryAction = 'retry' | 'smaller-model' | 'use-cpu';

/**
 * What the user can do after each engine failure. What happened and the hint are translated texts
 * under `errors.<code>.title` and `errors.<code>.hint`.
 */
export const RECOVERY_ACTIONS: Record<EngineErrorCode, RecoveryAction[]> = {
  'webgpu-unavailable': ['use-cpu'],
  'shader-f16-missing': ['smaller-model', 'use-cpu'],
  'device-lost': ['retry', 'smaller-model', 'use-cpu'],
  'out-of-memory': ['smaller-model', 'use-cpu'],
  'quota-exceeded': ['retry', 'smaller-model'],
  'download-failed': ['retry'],
  offline: ['retry'],
  'context-too-long': [],
  cancelled: ['retry'],
  'invalid-model': ['smaller-model'],
  'engine-crashed': ['retry', 'smaller-model'],
};
