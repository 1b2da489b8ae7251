import { engineSupervisor } from '@/engine/engine-supervisor';
import { getStorage } from '@/storage';
import { loadAnswerPath } from './answer-runner';
import { createAppStore } from './create-app-store';
import { lazyDetector } from './lazy-mode-decision';
import { createModelLock } from './model-lock';
import { createTokenCounter } from './token-counter';

const detector = lazyDetector();

/** The app's store, on the browser's engine supervisor, IndexedDB and tab lock. */
export const useAppStore = createAppStore({
  supervisor: engineSupervisor,
  storage: getStorage,
  tokenCounter: createTokenCounter((texts) => engineSupervisor.countTokens(texts)),
  detector: detector.decide,
  modelLock: createModelLock(),
});

/** Fetches Auto's detector and the generation path ahead of the first send; called once the app has painted. */
export function prefetchAnswerChunks(): void {
  detector.prefetch();
  void loadAnswerPath();
}
