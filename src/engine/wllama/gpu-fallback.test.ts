import { describe, expect, it } from 'vitest';
import { loadOnBestBackend } from './gpu-fallback';

/** A fake engine load: records each attempt and answers as told per backend. */
function fakeLoads(onGpu: () => Promise<number>) {
  const attempts: boolean[] = [];
  const attempt = async (gpu: boolean) => {
    attempts.push(gpu);
    return { offloadedLayers: gpu ? await onGpu() : 0, gpu };
  };
  return { attempts, attempt };
}

const live = () => new AbortController().signal;

describe('loadOnBestBackend', () => {
  it('loads on the CPU only when the GPU is not wanted', async () => {
    const { attempts, attempt } = fakeLoads(() => Promise.resolve(29));
    const outcome = await loadOnBestBackend(false, attempt, live());
    expect(attempts).toEqual([false]);
    expect(outcome).toMatchObject({ runsOn: 'cpu', gpuFallback: null });
  });

  it('runs on the GPU when llama.cpp offloaded layers there', async () => {
    const { attempts, attempt } = fakeLoads(() => Promise.resolve(29));
    const outcome = await loadOnBestBackend(true, attempt, live());
    expect(attempts).toEqual([true]);
    expect(outcome).toMatchObject({ runsOn: 'gpu', gpuFallback: null, loaded: { gpu: true } });
  });

  it('falls back to the CPU with the reason when the GPU load fails', async () => {
    const { attempts, attempt } = fakeLoads(() =>
      Promise.reject(new Error('ggml_webgpu: Device lost! Reason: 2')),
    );
    const outcome = await loadOnBestBackend(true, attempt, live());
    expect(attempts).toEqual([true, false]);
    expect(outcome).toMatchObject({
      runsOn: 'cpu',
      gpuFallback: 'ggml_webgpu: Device lost! Reason: 2',
      loaded: { gpu: false },
    });
  });

  it('says so when llama.cpp quietly left every layer on the CPU', async () => {
    const { attempts, attempt } = fakeLoads(() => Promise.resolve(0));
    const outcome = await loadOnBestBackend(true, attempt, live());
    expect(attempts).toEqual([true]);
    expect(outcome.runsOn).toBe('cpu');
    expect(outcome.gpuFallback).toContain('found no adapter it can use');
  });

  it('does not retry on the CPU a load the user cancelled', async () => {
    const controller = new AbortController();
    const { attempts, attempt } = fakeLoads(() => {
      controller.abort();
      return Promise.reject(new Error('aborted'));
    });
    await expect(loadOnBestBackend(true, attempt, controller.signal)).rejects.toThrow('aborted');
    expect(attempts).toEqual([true]);
  });

  it('fails with the CPU error when the CPU fails too', async () => {
    const attempt = (gpu: boolean) => Promise.reject(new Error(gpu ? 'gpu broke' : 'not a model'));
    await expect(loadOnBestBackend(true, attempt, live())).rejects.toThrow('not a model');
  });
});
