import { GGUF_DEFAULT_ALIGNMENT, GGUF_MAGIC, GgufValueType, alignUp } from './gguf-writer';

/** Minimal GGUF v3 reader, used to check what the writer and the model builder produce. */
export type GgufReadValue = number | bigint | boolean | string | GgufReadValue[];

export interface GgufTensorInfo {
  readonly name: string;
  readonly dims: readonly number[];
  readonly type: number;
  /** Absolute offset in the file. */
  readonly offset: number;
}

export interface GgufParsed {
  readonly version: number;
  readonly metadata: ReadonlyMap<string, GgufReadValue>;
  /** Value type of each metadata key; arrays are `array:<element type>`. */
  readonly metadataTypes: ReadonlyMap<string, string>;
  readonly tensors: readonly GgufTensorInfo[];
  readonly alignment: number;
  readonly dataOffset: number;
}

const typeNames = new Map<number, string>(
  Object.entries(GgufValueType).map(([name, id]) => [id, name]),
);

export function readGguf(bytes: Uint8Array): GgufParsed {
  const reader = new ByteReader(bytes);
  if (reader.u32() !== GGUF_MAGIC) throw new Error('Not a GGUF file');
  const version = reader.u32();
  const tensorCount = reader.u64();
  const metadataCount = reader.u64();
  const metadata = new Map<string, GgufReadValue>();
  const metadataTypes = new Map<string, string>();
  for (let i = 0; i < metadataCount; i++) {
    const key = reader.string();
    const type = reader.u32();
    if (type === GgufValueType.array) {
      const elementType = reader.u32();
      metadataTypes.set(key, `array:${typeNames.get(elementType) ?? elementType}`);
      const length = reader.u64();
      const items: GgufReadValue[] = [];
      for (let j = 0; j < length; j++) items.push(reader.scalar(elementType));
      metadata.set(key, items);
    } else {
      metadataTypes.set(key, typeNames.get(type) ?? String(type));
      metadata.set(key, reader.scalar(type));
    }
  }
  const alignmentValue = metadata.get('general.alignment');
  const alignment = typeof alignmentValue === 'number' ? alignmentValue : GGUF_DEFAULT_ALIGNMENT;
  const relative: { name: string; dims: number[]; type: number; offset: number }[] = [];
  for (let i = 0; i < tensorCount; i++) {
    const name = reader.string();
    const dimCount = reader.u32();
    const dims: number[] = [];
    for (let d = 0; d < dimCount; d++) dims.push(reader.u64());
    relative.push({ name, dims, type: reader.u32(), offset: reader.u64() });
  }
  const dataOffset = alignUp(reader.position, alignment);
  const tensors = relative.map((info) => ({ ...info, offset: dataOffset + info.offset }));
  return { version, metadata, metadataTypes, tensors, alignment, dataOffset };
}

export function tensorBytes(
  bytes: Uint8Array,
  parsed: GgufParsed,
  name: string,
  byteLength: number,
): Uint8Array {
  const info = parsed.tensors.find((tensor) => tensor.name === name);
  if (info === undefined) throw new Error(`No tensor "${name}"`);
  return bytes.subarray(info.offset, info.offset + byteLength);
}

class ByteReader {
  position = 0;
  private readonly view: DataView;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  u32(): number {
    const value = this.view.getUint32(this.position, true);
    this.position += 4;
    return value;
  }

  u64(): number {
    const value = this.view.getBigUint64(this.position, true);
    this.position += 8;
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('uint64 too large');
    return Number(value);
  }

  string(): string {
    const length = this.u64();
    const text = this.decoder.decode(this.bytes.subarray(this.position, this.position + length));
    this.position += length;
    return text;
  }

  scalar(type: number): GgufReadValue {
    const at = this.position;
    switch (type) {
      case GgufValueType.uint8:
        this.position += 1;
        return this.view.getUint8(at);
      case GgufValueType.int8:
        this.position += 1;
        return this.view.getInt8(at);
      case GgufValueType.uint16:
        this.position += 2;
        return this.view.getUint16(at, true);
      case GgufValueType.int16:
        this.position += 2;
        return this.view.getInt16(at, true);
      case GgufValueType.uint32:
        return this.u32();
      case GgufValueType.int32:
        this.position += 4;
        return this.view.getInt32(at, true);
      case GgufValueType.float32:
        this.position += 4;
        return this.view.getFloat32(at, true);
      case GgufValueType.bool: {
        this.position += 1;
        const raw = this.view.getUint8(at);
        if (raw > 1) throw new Error(`Invalid bool ${raw} at ${at}`);
        return raw === 1;
      }
      case GgufValueType.string:
        return this.string();
      case GgufValueType.uint64:
        this.position += 8;
        return this.view.getBigUint64(at, true);
      case GgufValueType.int64:
        this.position += 8;
        return this.view.getBigInt64(at, true);
      case GgufValueType.float64:
        this.position += 8;
        return this.view.getFloat64(at, true);
      default:
        throw new Error(`Unsupported GGUF value type ${type} at ${at}`);
    }
  }
}
