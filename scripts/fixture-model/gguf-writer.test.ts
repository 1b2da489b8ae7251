import { describe, expect, it } from 'vitest';
import { decodeQ4_0, encodeQ4_0 } from './ggml-q4-0';
import { readGguf, tensorBytes } from './gguf-reader';
import { GgmlType, gguf, writeGguf, type GgufFile } from './gguf-writer';

// Each block holds -2 (its largest magnitude), so every multiple of 0.25 in range is exact.
const q4Values = Float32Array.from({ length: 64 }, (_, i) => ((i % 8) - 4) * 0.5);

const sample: GgufFile = {
  metadata: {
    'general.architecture': gguf.string('qwen3'),
    'general.alignment': gguf.uint32(32),
    'test.u32': gguf.uint32(0xffffffff),
    'test.i32': gguf.int32(-5),
    'test.f32': gguf.float32(1e-6),
    'test.bool': gguf.bool(true),
    'test.strings': gguf.stringArray(['a', 'Ġhé', '']),
    'test.ints': gguf.int32Array(Int32Array.from([1, -1, 5])),
  },
  tensors: [
    // 3 floats = 12 bytes, so the next tensor needs 20 bytes of padding.
    { name: 'odd.weight', type: 'F32', dims: [3], data: Float32Array.from([1.5, -2, 3]) },
    { name: 'q.weight', type: 'Q4_0', dims: [32, 2], data: encodeQ4_0(q4Values) },
  ],
};

describe('writeGguf', () => {
  const bytes = writeGguf(sample);
  const parsed = readGguf(bytes);

  it('writes the GGUF v3 header', () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('GGUF');
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(4, true)).toBe(3);
    expect(view.getBigUint64(8, true)).toBe(2n);
    expect(view.getBigUint64(16, true)).toBe(8n);
    // First key: uint64 length 20, then "general.architecture"
    expect(view.getBigUint64(24, true)).toBe(20n);
    expect(new TextDecoder().decode(bytes.subarray(32, 52))).toBe('general.architecture');
  });

  it('round-trips metadata with its value types', () => {
    expect(parsed.version).toBe(3);
    expect(Object.fromEntries(parsed.metadata)).toEqual({
      'general.architecture': 'qwen3',
      'general.alignment': 32,
      'test.u32': 0xffffffff,
      'test.i32': -5,
      'test.f32': Math.fround(1e-6),
      'test.bool': true,
      'test.strings': ['a', 'Ġhé', ''],
      'test.ints': [1, -1, 5],
    });
    expect(Object.fromEntries(parsed.metadataTypes)).toMatchObject({
      'test.u32': 'uint32',
      'test.i32': 'int32',
      'test.f32': 'float32',
      'test.bool': 'bool',
      'test.strings': 'array:string',
      'test.ints': 'array:int32',
    });
  });

  it('aligns the data section and every tensor to 32 bytes', () => {
    expect(parsed.dataOffset % 32).toBe(0);
    expect(
      parsed.tensors.map((t) => [t.name, t.dims, t.type, t.offset - parsed.dataOffset]),
    ).toEqual([
      ['odd.weight', [3], GgmlType.F32, 0],
      ['q.weight', [32, 2], GgmlType.Q4_0, 32],
    ]);
    expect(bytes.length).toBe(parsed.dataOffset + 32 + 2 * 18 + 28);
    expect([...bytes.subarray(parsed.dataOffset + 12, parsed.dataOffset + 32)]).toEqual(
      new Array(20).fill(0),
    );
  });

  it('stores tensor data that decodes back', () => {
    const f32 = tensorBytes(bytes, parsed, 'odd.weight', 12);
    expect([...new Float32Array(f32.slice().buffer)]).toEqual([1.5, -2, 3]);
    const q4 = tensorBytes(bytes, parsed, 'q.weight', 36);
    expect([...decodeQ4_0(q4, 64)]).toEqual([...q4Values]);
  });

  it('honours a custom general.alignment', () => {
    const wide = readGguf(
      writeGguf({
        ...sample,
        metadata: { ...sample.metadata, 'general.alignment': gguf.uint32(64) },
      }),
    );
    expect(wide.alignment).toBe(64);
    expect(wide.dataOffset % 64).toBe(0);
    expect(wide.tensors[1]?.offset).toBe(wide.dataOffset + 64);
  });

  it('rejects malformed input', () => {
    const f32 = Float32Array.from([1]);
    expect(() =>
      writeGguf({
        metadata: {},
        tensors: [
          { name: 'a', type: 'F32', dims: [1], data: f32 },
          { name: 'a', type: 'F32', dims: [1], data: f32 },
        ],
      }),
    ).toThrow(/Duplicate tensor name/);
    expect(() =>
      writeGguf({ metadata: {}, tensors: [{ name: 'a', type: 'F32', dims: [2], data: f32 }] }),
    ).toThrow(/needs 2 F32 values/);
    expect(() =>
      writeGguf({
        metadata: {},
        tensors: [{ name: 'a', type: 'Q4_0', dims: [16, 2], data: new Uint8Array(18) }],
      }),
    ).toThrow(/divisible by 32/);
    expect(() => writeGguf({ metadata: { x: gguf.uint32(-1) }, tensors: [] })).toThrow(/outside/);
  });
});
