import { EngineError } from '@/domain/engine-error';

/**
 * Listens for a worker's own failures: an uncaught error inside it, or a message it sent that
 * cannot be read. Either leaves the engine in an unknown state, so each counts as a crash.
 * Returns the unsubscribe.
 */
export function watchWorker(worker: Worker, onCrash: (error: EngineError) => void): () => void {
  const onError = (event: ErrorEvent) => {
    onCrash(new EngineError('engine-crashed', event.message || 'The engine worker crashed'));
  };
  const onMessageError = () => {
    onCrash(
      new EngineError('engine-crashed', 'The engine worker sent a message it could not read'),
    );
  };
  worker.addEventListener('error', onError);
  worker.addEventListener('messageerror', onMessageError);
  return () => {
    worker.removeEventListener('error', onError);
    worker.removeEventListener('messageerror', onMessageError);
  };
}
