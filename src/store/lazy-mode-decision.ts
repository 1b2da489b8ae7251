import type { DecideMode } from './store-context';

/**
 * Auto's detector (its weights and lexicon) is not needed for the first paint: a chunk of its
 * own, fetched as soon as this is called (when the store starts), ready long before anyone can
 * send. The returned function is synchronous once the chunk is there, so sending keeps its timing.
 */
export function lazyDetector(): () => DecideMode | Promise<DecideMode> {
  let loaded: DecideMode | null = null;
  const loading = import('@/domain/chat/mode-decision').then((module) => {
    loaded = module.decideMode;
    return module.decideMode;
  });
  return () => loaded ?? loading;
}
