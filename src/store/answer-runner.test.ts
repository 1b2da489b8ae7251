import { afterEach, describe, expect, it } from 'vitest';
import { decideMode } from '@/domain/chat/mode-decision';
import { streamRenderPace, type StreamRenderPace } from '@/domain/engine/stream-render-pace';
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

function runnerOf({ supervisor, storage, store }: TestApp) {
  return createAnswerRunner({
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
}

/** The render pace the generation path gets once a model is ready on `runsOn`. */
async function renderPaceOn(runsOn: RunBackend): Promise<StreamRenderPace | undefined> {
  app = startApp(new EngineOn(runsOn));
  await app.ready();
  const runner = runnerOf(app);
  let pace: StreamRenderPace | undefined;
  await runner.exclusive('chat', (start) =>
    start((run) => {
      pace = run.renderPace;
      return Promise.resolve(true);
    }),
  );
  return pace;
}

describe('the answer runner', () => {
  it('shows a GPU model’s stream every frame and a CPU model’s at the slower pace', async () => {
    expect(await renderPaceOn('gpu')).toEqual(streamRenderPace('gpu'));
    await app?.dispose();
    app = undefined;
    expect(await renderPaceOn('cpu')).toEqual(streamRenderPace('cpu'));
  });

  it('does not resume a kept answer once Stop was pressed while it was being prepared', async () => {
    app = startApp(new ScriptedEngine());
    await app.ready();
    const runner = runnerOf(app);
    /** Runs `work` after a Stop pressed while the answer was being prepared. */
    const startStopped = (resumesAnswer: boolean) => {
      let ran: { aborted: boolean } | null = null;
      const ended = runner.exclusive('chat', async (start) => {
        runner.stop();
        return start(
          (run) => {
            ran = { aborted: run.signal.aborted };
            return Promise.resolve(true);
          },
          { resumesAnswer },
        );
      });
      return ended.then((started) => ({ started, ran }));
    };
    expect(await startStopped(true)).toEqual({ started: true, ran: null });
    // A new answer runs, already stopped, so that it ends as stopped with its question kept.
    expect(await startStopped(false)).toEqual({ started: true, ran: { aborted: true } });
    expect(app.store.getState().activeRun).toBeNull();
  });
});
