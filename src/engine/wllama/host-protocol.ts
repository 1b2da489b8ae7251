import type { EngineErrorCode } from '@/domain/engine-error';
import type {
  GenerateEvent,
  GenerateRequest,
  LoadProgress,
  ModelSpec,
} from '@/domain/engine-types';
import type { LoadedModel } from '@/engine/types';

/** An EngineError as it crosses to and from the worker (an Error's class does not survive). */
export interface HostError {
  code: EngineErrorCode;
  detail: string;
  httpStatus: number | null;
}

/** The page's requests to the worker that hosts wllama. */
export type HostRequest =
  | { type: 'load'; model: ModelSpec; contextTokens: number }
  | { type: 'cancel-load' }
  | { type: 'generate'; id: number; request: GenerateRequest }
  | { type: 'stop'; id: number }
  | { type: 'unload' };

/** What the worker that hosts wllama tells the page. */
export type HostMessage =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'loaded'; loaded: LoadedModel }
  | { type: 'load-failed'; error: HostError }
  /** A stream's next events, in order (gathered: see `event-batches.ts`). */
  | { type: 'events'; id: number; events: GenerateEvent[] }
  | { type: 'generate-failed'; id: number; error: HostError }
  | { type: 'fault'; error: HostError }
  | { type: 'unloaded' };
