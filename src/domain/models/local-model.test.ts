import { describe, expect, it } from 'vitest';
import { planLocalModel } from './local-model';

const file = (name: string, size = 100) => ({ name, size });

describe('planLocalModel', () => {
  it('opens one GGUF file, named after it', () => {
    expect(planLocalModel([file('Qwen3-0.6B-Q8_0.gguf', 639)])).toEqual({
      ok: true,
      label: 'Qwen3-0.6B-Q8_0',
      shards: [file('Qwen3-0.6B-Q8_0.gguf', 639)],
      bytes: 639,
    });
  });

  it('opens every part of a split GGUF together, in order, whatever order they were picked in', () => {
    const parts = [file('big-00002-of-00002.gguf', 7), file('big-00001-of-00002.gguf', 5)];
    expect(planLocalModel(parts)).toMatchObject({
      ok: true,
      label: 'big',
      shards: [parts[1], parts[0]],
      bytes: 12,
    });
  });

  it('names the missing parts of a split GGUF', () => {
    expect(planLocalModel([file('big-00002-of-00003.gguf')])).toEqual({
      ok: false,
      error: {
        code: 'split-incomplete',
        name: 'big',
        count: 3,
        missing: ['big-00001-of-00003.gguf', 'big-00003-of-00003.gguf'],
      },
    });
  });

  it('refuses files of several models and empty files', () => {
    expect(planLocalModel([file('a.gguf'), file('b.gguf')])).toEqual({
      ok: false,
      error: { code: 'several-models' },
    });
    const mixed = [
      file('big-00001-of-00002.gguf'),
      file('big-00002-of-00002.gguf'),
      file('c.gguf'),
    ];
    expect(planLocalModel(mixed)).toMatchObject({ ok: false, error: { code: 'several-models' } });
    expect(planLocalModel([file('a.gguf', 0)])).toEqual({
      ok: false,
      error: { code: 'empty', name: 'a.gguf' },
    });
  });
});
