import { engineSupervisor } from '@/engine/engine-supervisor';
import { getStorage } from '@/storage';
import { createAppStore } from './create-app-store';
import { lazyDetector } from './lazy-mode-decision';
import { createModelLock } from './model-lock';
import { createTokenCounter } from './token-counter';

/** The app's store, on the browser's engine supervisor, IndexedDB and tab lock. */
export const useAppStore = createAppStore({
  supervisor: engineSupervisor,
  storage: getStorage,
  tokenCounter: createTokenCounter((texts) => engineSupervisor.countTokens(texts)),
  detector: lazyDetector(),
  modelLock: createModelLock(),
});
