/** Q4_0: blocks of 32 values, each an fp16 scale `d` followed by 16 bytes of 4-bit quants. */
export const Q4_0_BLOCK_VALUES = 32;
export const Q4_0_BLOCK_BYTES = 18;

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** IEEE 754 binary16 bits for `value`, rounded to nearest even. */
export function float32ToFloat16Bits(value: number): number {
  f32[0] = value;
  const bits = u32[0] ?? 0;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  const mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa === 0 ? 0 : 0x200);
  const halfExponent = exponent - 127 + 15;
  if (halfExponent >= 0x1f) return sign | 0x7c00;
  if (halfExponent <= 0) {
    if (halfExponent < -10) return sign;
    return sign | roundShift(mantissa | 0x800000, 14 - halfExponent);
  }
  // A rounding carry out of the mantissa correctly bumps the exponent.
  return sign | ((halfExponent << 10) + roundShift(mantissa, 13));
}

function roundShift(value: number, shift: number): number {
  const kept = value >>> shift;
  const rest = value & ((1 << shift) - 1);
  const halfway = 1 << (shift - 1);
  return rest > halfway || (rest === halfway && (kept & 1) === 1) ? kept + 1 : kept;
}

export function float16BitsToFloat32(bits: number): number {
  const sign = (bits & 0x8000) === 0 ? 1 : -1;
  const exponent = (bits >>> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa === 0 ? sign * Infinity : NaN;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/**
 * Same algorithm as ggml's `quantize_row_q4_0_ref`: the value with the largest magnitude maps to
 * quant 0 through a (possibly negative) scale `max / -8`, so it and zero are always exact.
 */
export function encodeQ4_0(values: Float32Array): Uint8Array {
  if (values.length % Q4_0_BLOCK_VALUES !== 0) {
    throw new Error(`Q4_0 needs a multiple of ${Q4_0_BLOCK_VALUES} values, got ${values.length}`);
  }
  const blocks = values.length / Q4_0_BLOCK_VALUES;
  const out = new Uint8Array(blocks * Q4_0_BLOCK_BYTES);
  const view = new DataView(out.buffer);
  const half = Q4_0_BLOCK_VALUES / 2;
  for (let block = 0; block < blocks; block++) {
    const start = block * Q4_0_BLOCK_VALUES;
    let absMax = 0;
    let max = 0;
    for (let j = 0; j < Q4_0_BLOCK_VALUES; j++) {
      const v = values[start + j] ?? 0;
      if (Math.abs(v) > absMax) {
        absMax = Math.abs(v);
        max = v;
      }
    }
    const scale = Math.fround(max / -8);
    const inverse = scale === 0 ? 0 : 1 / scale;
    const offset = block * Q4_0_BLOCK_BYTES;
    view.setUint16(offset, float32ToFloat16Bits(scale), true);
    for (let j = 0; j < half; j++) {
      const low = quantize((values[start + j] ?? 0) * inverse);
      const high = quantize((values[start + half + j] ?? 0) * inverse);
      out[offset + 2 + j] = low | (high << 4);
    }
  }
  return out;
}

function quantize(scaled: number): number {
  return Math.min(15, Math.trunc(scaled + 8.5));
}

export function decodeQ4_0(bytes: Uint8Array, valueCount: number): Float32Array {
  const blocks = valueCount / Q4_0_BLOCK_VALUES;
  if (!Number.isInteger(blocks) || bytes.length < blocks * Q4_0_BLOCK_BYTES) {
    throw new Error(`Cannot decode ${valueCount} Q4_0 values from ${bytes.length} bytes`);
  }
  const out = new Float32Array(valueCount);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const half = Q4_0_BLOCK_VALUES / 2;
  for (let block = 0; block < blocks; block++) {
    const offset = block * Q4_0_BLOCK_BYTES;
    const scale = float16BitsToFloat32(view.getUint16(offset, true));
    for (let j = 0; j < half; j++) {
      const packed = bytes[offset + 2 + j] ?? 0;
      out[block * Q4_0_BLOCK_VALUES + j] = ((packed & 0x0f) - 8) * scale;
      out[block * Q4_0_BLOCK_VALUES + half + j] = ((packed >>> 4) - 8) * scale;
    }
  }
  return out;
}
