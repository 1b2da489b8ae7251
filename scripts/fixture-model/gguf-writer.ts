import { Q4_0_BLOCK_BYTES, Q4_0_BLOCK_VALUES } from './ggml-q4-0';

/** GGUF v3 writer: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md */
export const GGUF_MAGIC = 0x46554747; // "GGUF" read as a little-endian uint32
export const GGUF_VERSION = 3;
export const GGUF_DEFAULT_ALIGNMENT = 32;
const GGML_MAX_NAME = 64;

export const GgufValueType = {
  uint8: 0,
  int8: 1,
  uint16: 2,
  int16: 3,
  uint32: 4,
  int32: 5,
  float32: 6,
  bool: 7,
  string: 8,
  array: 9,
  uint64: 10,
  int64: 11,
  float64: 12,
} as const;

export const GgmlType = { F32: 0, F16: 1, Q4_0: 2 } as const;

export type GgufMetadataValue =
  | { readonly type: 'uint32'; readonly value: number }
  | { readonly type: 'int32'; readonly value: number }
  | { readonly type: 'float32'; readonly value: number }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'string[]'; readonly value: readonly string[] }
  | { readonly type: 'int32[]'; readonly value: ArrayLike<number> };

export const gguf = {
  uint32: (value: number): GgufMetadataValue => ({ type: 'uint32', value }),
  int32: (value: number): GgufMetadataValue => ({ type: 'int32', value }),
  float32: (value: number): GgufMetadataValue => ({ type: 'float32', value }),
  bool: (value: boolean): GgufMetadataValue => ({ type: 'bool', value }),
  string: (value: string): GgufMetadataValue => ({ type: 'string', value }),
  stringArray: (value: readonly string[]): GgufMetadataValue => ({ type: 'string[]', value }),
  int32Array: (value: ArrayLike<number>): GgufMetadataValue => ({ type: 'int32[]', value }),
};

/** `dims` are in ggml order: dims[0] is the contiguous (row) dimension. */
export type GgufTensor =
  | {
      readonly name: string;
      readonly type: 'F32';
      readonly dims: readonly number[];
      readonly data: Float32Array;
    }
  | {
      readonly name: string;
      readonly type: 'Q4_0';
      readonly dims: readonly number[];
      /** Already encoded blocks, see `encodeQ4_0`. */
      readonly data: Uint8Array;
    };

export interface GgufFile {
  /** Insertion order is the order in the file. `general.alignment` (uint32) sets the alignment. */
  readonly metadata: Readonly<Record<string, GgufMetadataValue>>;
  readonly tensors: readonly GgufTensor[];
}

export function writeGguf(file: GgufFile): Uint8Array {
  const alignment = readAlignment(file.metadata);
  const entries = Object.entries(file.metadata);
  const out = new ByteWriter();
  out.u32(GGUF_MAGIC);
  out.u32(GGUF_VERSION);
  out.u64(file.tensors.length);
  out.u64(entries.length);
  for (const [key, value] of entries) {
    out.string(key);
    writeMetadataValue(out, key, value);
  }

  const tensorBytes = file.tensors.map((tensor) => tensorData(tensor));
  const names = new Set<string>();
  let dataOffset = 0;
  file.tensors.forEach((tensor, index) => {
    validateTensorName(tensor.name, names);
    out.string(tensor.name);
    out.u32(tensor.dims.length);
    for (const dim of tensor.dims) out.u64(dim);
    out.u32(GgmlType[tensor.type]);
    out.u64(dataOffset);
    dataOffset = alignUp(dataOffset + (tensorBytes[index]?.length ?? 0), alignment);
  });

  out.padTo(alignment);
  for (const bytes of tensorBytes) {
    out.bytes(bytes);
    out.padTo(alignment);
  }
  return out.finish();
}

export function alignUp(offset: number, alignment: number): number {
  return Math.ceil(offset / alignment) * alignment;
}

function readAlignment(metadata: GgufFile['metadata']): number {
  const entry = metadata['general.alignment'];
  if (entry === undefined) return GGUF_DEFAULT_ALIGNMENT;
  if (entry.type !== 'uint32' || entry.value <= 0 || entry.value % 8 !== 0) {
    throw new Error('general.alignment must be a uint32 multiple of 8');
  }
  return entry.value;
}

function validateTensorName(name: string, seen: Set<string>): void {
  if (name.length === 0 || new TextEncoder().encode(name).length >= GGML_MAX_NAME) {
    throw new Error(`Tensor name must be 1..${GGML_MAX_NAME - 1} bytes: "${name}"`);
  }
  if (seen.has(name)) throw new Error(`Duplicate tensor name "${name}"`);
  seen.add(name);
}

function tensorData(tensor: GgufTensor): Uint8Array {
  if (tensor.dims.length === 0 || tensor.dims.length > 4) {
    throw new Error(`Tensor "${tensor.name}" needs 1..4 dims`);
  }
  if (!tensor.dims.every((dim) => Number.isSafeInteger(dim) && dim > 0)) {
    throw new Error(`Tensor "${tensor.name}" has invalid dims ${JSON.stringify(tensor.dims)}`);
  }
  const elements = tensor.dims.reduce((product, dim) => product * dim, 1);
  if (tensor.type === 'F32') {
    if (tensor.data.length !== elements) {
      throw new Error(`Tensor "${tensor.name}" needs ${elements} F32 values`);
    }
    return new Uint8Array(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength);
  }
  const rowLength = tensor.dims[0] ?? 0;
  if (rowLength % Q4_0_BLOCK_VALUES !== 0) {
    throw new Error(`Q4_0 tensor "${tensor.name}" needs dims[0] divisible by 32`);
  }
  const expectedBytes = (elements / Q4_0_BLOCK_VALUES) * Q4_0_BLOCK_BYTES;
  if (tensor.data.length !== expectedBytes) {
    throw new Error(`Q4_0 tensor "${tensor.name}" needs ${expectedBytes} bytes`);
  }
  return tensor.data;
}

function writeMetadataValue(out: ByteWriter, key: string, entry: GgufMetadataValue): void {
  switch (entry.type) {
    case 'uint32':
      out.u32(GgufValueType.uint32);
      out.u32(checkInteger(key, entry.value, 0, 0xffffffff));
      return;
    case 'int32':
      out.u32(GgufValueType.int32);
      out.i32(checkInteger(key, entry.value, -0x80000000, 0x7fffffff));
      return;
    case 'float32':
      out.u32(GgufValueType.float32);
      out.f32(entry.value);
      return;
    case 'bool':
      out.u32(GgufValueType.bool);
      out.u8(entry.value ? 1 : 0);
      return;
    case 'string':
      out.u32(GgufValueType.string);
      out.string(entry.value);
      return;
    case 'string[]':
      out.u32(GgufValueType.array);
      out.u32(GgufValueType.string);
      out.u64(entry.value.length);
      for (const item of entry.value) out.string(item);
      return;
    case 'int32[]':
      out.u32(GgufValueType.array);
      out.u32(GgufValueType.int32);
      out.u64(entry.value.length);
      for (let i = 0; i < entry.value.length; i++) {
        out.i32(checkInteger(key, entry.value[i] ?? Number.NaN, -0x80000000, 0x7fffffff));
      }
      return;
  }
}

function checkInteger(key: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Metadata "${key}": ${value} is outside ${min}..${max}`);
  }
  return value;
}

/** Little-endian growable buffer. */
class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  private view = new DataView(this.buffer.buffer);
  private length = 0;
  private readonly encoder = new TextEncoder();

  u8(value: number): void {
    this.reserve(1);
    this.view.setUint8(this.length, value);
    this.length += 1;
  }

  u32(value: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
  }

  i32(value: number): void {
    this.reserve(4);
    this.view.setInt32(this.length, value, true);
    this.length += 4;
  }

  f32(value: number): void {
    this.reserve(4);
    this.view.setFloat32(this.length, value, true);
    this.length += 4;
  }

  u64(value: number): void {
    this.reserve(8);
    this.view.setBigUint64(this.length, BigInt(value), true);
    this.length += 8;
  }

  string(value: string): void {
    const encoded = this.encoder.encode(value);
    this.u64(encoded.length);
    this.bytes(encoded);
  }

  bytes(value: Uint8Array): void {
    this.reserve(value.length);
    this.buffer.set(value, this.length);
    this.length += value.length;
  }

  padTo(alignment: number): void {
    const padding = alignUp(this.length, alignment) - this.length;
    this.reserve(padding);
    this.buffer.fill(0, this.length, this.length + padding);
    this.length += padding;
  }

  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const next = new Uint8Array(capacity);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
    this.view = new DataView(next.buffer);
  }
}
