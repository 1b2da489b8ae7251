import type { DecideMode } from './store-context';

export interface LazyDetector {
  /** Auto's decision function: synchronous once the chunk is there, so sending keeps its timing. */
  decide: () => DecideMode | Promise<DecideMode>;
  /** Starts fetching the chunk ahead of the first send; the app calls it once it has painted. */
  prefetch: () => void;
}

/**
 * Auto's detector (its weights and lexicon) is not needed for the first paint: a chunk of its own,
 * fetched when the app asks for it ahead of time or at the first decision, whichever comes first.
 * Nothing is fetched merely because the store module was imported (a test that imports the store
 * must not leave an import running after it ends).
 */
export function lazyDetector(): LazyDetector {
  let loaded: DecideMode | null = null;
  let loading: Promise<DecideMode> | null = null;
  const load = () =>
    (loading ??= import('@/domain/chat/mode-decision').then((module) => {
      loaded = module.decideMode;
      return module.decideMode;
    }));
  return {
    decide: () => loaded ?? load(),
    prefetch: () => void load(),
  };
}
