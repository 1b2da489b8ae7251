import { afterEach, describe, expect, it } from 'vitest';
import { decideMode } from '@/domain/chat/mode-decision';
import type { RunBackend } from '@/domain/models/gguf-backend';
import type { LoadedModel } from '@/engine/types';
import { createAnswerRunner } from './answer-runner';
import { createModelLock } from './model-lock';
import { ScriptedEngine, startApp, type TestApp } from './test-fixtures';
import { createTokenCounter } from './token-counter';

/** A scripted engine that reports where the model runs, as wllama does after its load. */
class EngineOn extends ScriptedEngine {
  constructor(private readonly runsOn: RunBackend) {
    super();
  }

  override async load(...args: Parameters<ScriptedEngine['load']>): Promise<LoadedModel> {
    return { ...(await super.load(...args)), runsOn: this.runsOn };
  }
}

let app: TestApp | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

/** The render interval the generation path gets once a model is ready on `runsOn`. */
async function renderIntervalOn(runsOn: RunBackend): Promise<number | undefined> {
  app = startApp(new EngineOn(runsOn));
  await app.ready();
  const { supervisor, storage, store } = app;
  const runner = createAnswerRunner({
    set: store.setState,
    get: store.getState,
    deps: {
      supervisor,
      storage: () => storage,
      tokenCounter: createTokenCounter((texts) => supervisor.countTokens(texts)),
      detector: () => decideMode,
      modelLock: createModelLock(),
    },
  });
  let interval: number | undefined;
  await runner.exclusive('chat', (start) =>
    start((run) => {
      interval = run.renderIntervalMs;
      return Promise.resolve(true);
    }),
  );
  return interval;
}

describe('the answer runner', () => {
  it('shows a GPU model’s stream every frame and a CPU model’s at the slower pace', async () => {
    expect(await renderIntervalOn('gpu')).toBe(0);
    await app?.dispose();
    app = undefined;
    expect(await renderIntervalOn('cpu')).toBeGreaterThanOrEqual(100);
  });
});
