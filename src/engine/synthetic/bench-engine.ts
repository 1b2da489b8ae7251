import type { EngineKind } from '@/domain/engine-types';
import { SyntheticEngine, isSyntheticModel } from './synthetic-engine';
import { EngineError } from '@/domain/engine-error';
import type { ChatEngine } from '@/engine/types';

/**
 * The engine of a bench build: the synthetic model runs on the synthetic engine, every other model
 * on the real one, created only when such a model is loaded.
 */
export function withSyntheticEngine(
  kind: EngineKind,
  createReal: () => Promise<ChatEngine>,
): ChatEngine {
  const synthetic = new SyntheticEngine(kind);
  let real: ChatEngine | null = null;
  let active: ChatEngine | null = null;
  return {
    kind,
    async load(model, onProgress, signal, contextTokens) {
      if (active !== null) await active.unload();
      if (isSyntheticModel(model)) {
        active = synthetic;
      } else {
        real ??= await createReal();
        active = real;
      }
      return active.load(model, onProgress, signal, contextTokens);
    },
    countTokens(texts) {
      if (active === null) throw new EngineError('invalid-model', 'No model is loaded.');
      return active.countTokens(texts);
    },
    generate(request, signal) {
      if (active === null) throw new EngineError('invalid-model', 'No model is loaded.');
      return active.generate(request, signal);
    },
    async unload() {
      await active?.unload();
      active = null;
    },
  };
}
