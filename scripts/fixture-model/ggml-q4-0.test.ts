import { describe, expect, it } from 'vitest';
import {
  Q4_0_BLOCK_BYTES,
  decodeQ4_0,
  encodeQ4_0,
  float16BitsToFloat32,
  float32ToFloat16Bits,
} from './ggml-q4-0';

describe('float16', () => {
  it.each([
    [1, 0x3c00],
    [-2, 0xc000],
    [0.1, 0x2e66],
    [65504, 0x7bff],
    [1e6, 0x7c00],
    [2 ** -14, 0x0400],
    [2 ** -24, 0x0001],
    [1e-9, 0x0000],
    [-0.125, 0xb000],
    [-0.78125, 0xba40],
    // Exactly halfway between 1 and the next half (1 + 2^-10): ties go to the even mantissa.
    [1 + 2 ** -11, 0x3c00],
    [1 + 3 * 2 ** -11, 0x3c02],
  ])('encodes %d as %s', (value, bits) => {
    expect(float32ToFloat16Bits(value)).toBe(bits);
  });

  it('round-trips every finite half value', () => {
    for (let bits = 0; bits < 0x7c00; bits++) {
      expect(float32ToFloat16Bits(float16BitsToFloat32(bits))).toBe(bits);
      expect(float32ToFloat16Bits(-float16BitsToFloat32(bits))).toBe(bits | 0x8000);
    }
  });
});

describe('Q4_0', () => {
  it('lays out one block like ggml: fp16 scale, then element j and j+16 in one byte', () => {
    const values = new Float32Array(32);
    values[0] = 1;
    values[17] = -0.5;
    const block = encodeQ4_0(values);
    expect(block.length).toBe(Q4_0_BLOCK_BYTES);
    // scale = max / -8 = -0.125 = 0xb000, little-endian
    expect([...block.subarray(0, 2)]).toEqual([0x00, 0xb0]);
    // element 0 -> quant 0 (low nibble), element 16 is zero -> quant 8 (high nibble)
    expect(block[2]).toBe(0x80);
    // element 1 is zero -> 8, element 17 = -0.5 / -0.125 + 8 = 12
    expect(block[3]).toBe(0xc8);
    expect([...block.subarray(4)]).toEqual(new Array(14).fill(0x88));
  });

  it('represents zero and the block maximum exactly', () => {
    const values = new Float32Array(64);
    values[5] = 6.25;
    values[40] = 1;
    // A negative scale turns zeros into -0; `+ 0` normalises them for the comparison.
    expect(Array.from(decodeQ4_0(encodeQ4_0(values), 64), (v) => v + 0)).toEqual([...values]);
  });

  it('round-trips arbitrary values within one quantization step', () => {
    const values = Float32Array.from({ length: 32 * 8 }, (_, i) => Math.sin(i * 1.7) * (i % 5));
    const decoded = decodeQ4_0(encodeQ4_0(values), values.length);
    for (let block = 0; block < 8; block++) {
      const slice = values.subarray(block * 32, block * 32 + 32);
      const step = Math.max(...slice.map(Math.abs)) / 8;
      for (let j = 0; j < 32; j++) {
        const index = block * 32 + j;
        expect(Math.abs((decoded[index] ?? 0) - (values[index] ?? 0))).toBeLessThanOrEqual(
          step * 1.001,
        );
      }
    }
  });

  it('rejects a length that is not a whole number of blocks', () => {
    expect(() => encodeQ4_0(new Float32Array(33))).toThrow(/multiple of 32/);
  });
});
