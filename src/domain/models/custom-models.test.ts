import { describe, expect, it } from 'vitest';
import { buildCustomModel } from './custom-models';

describe('buildCustomModel', () => {
  it('accepts a GGUF URL for the CPU engine and names it after the file', () => {
    const result = buildCustomModel(
      { engine: 'cpu', ggufUrl: ' https://example.com/models/My-Tune.Q8_0.gguf ' },
      [],
    );
    expect(result).toMatchObject({
      ok: true,
      model: {
        engine: 'cpu',
        label: 'My-Tune.Q8_0',
        ggufUrl: 'https://example.com/models/My-Tune.Q8_0.gguf',
      },
    });
  });

  it.each([
    ['not a url', 'url-invalid'],
    ['ftp://example.com/a.gguf', 'url-not-http'],
    ['https://example.com/model.bin', 'gguf-extension'],
  ] as const)('refuses %s (%s)', (ggufUrl, error) => {
    expect(buildCustomModel({ engine: 'cpu', ggufUrl }, [])).toEqual({
      ok: false,
      field: 'ggufUrl',
      error,
    });
  });

  it("takes a Hugging Face file page link as that file's download link", () => {
    const page = 'https://huggingface.co/Qwen/Qwen3-0.6B-GGUF/blob/main/Qwen3-0.6B-Q8_0.gguf';
    const download = page.replace('/blob/', '/resolve/');
    const result = buildCustomModel({ engine: 'cpu', ggufUrl: page }, []);
    expect(result).toMatchObject({
      ok: true,
      model: { ggufUrl: download, id: `custom:${download}` },
    });
    // Its download link names the same model: no second copy.
    expect(
      buildCustomModel({ engine: 'cpu', ggufUrl: page }, [`custom:${download}`]),
    ).toMatchObject({
      ok: false,
      error: 'duplicate',
    });
    // Only on the Hub: elsewhere a folder may be called "blob".
    const other = 'https://example.com/org/repo/blob/main/x.gguf';
    expect(buildCustomModel({ engine: 'cpu', ggufUrl: other }, [])).toMatchObject({
      model: { ggufUrl: other },
    });
  });

  it('refuses a model that is already in the list', () => {
    const url = 'https://example.com/a.gguf';
    expect(buildCustomModel({ engine: 'cpu', ggufUrl: url }, [`custom:${url}`])).toMatchObject({
      ok: false,
      error: 'duplicate',
    });
  });

  it('needs a .wasm model library for an MLC model and infers shader-f16 from it', () => {
    expect(
      buildCustomModel(
        {
          engine: 'webgpu',
          modelUrl: 'https://example.com/m',
          modelLibUrl: 'https://example.com/lib.js',
        },
        [],
      ),
    ).toEqual({ ok: false, field: 'modelLibUrl', error: 'wasm-extension' });
    const ok = buildCustomModel(
      {
        engine: 'webgpu',
        modelUrl: 'https://example.com/Qwen3-0.6B-q4f16_1-MLC',
        modelLibUrl: 'https://example.com/Qwen3-0.6B-q4f16_1-webgpu.wasm',
        label: 'Mine',
      },
      [],
    );
    expect(ok).toMatchObject({ ok: true, model: { label: 'Mine', requiresShaderF16: true } });
  });
});
