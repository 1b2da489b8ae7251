/**
 * Splits a GGUF file the way llama.cpp's gguf-split does: the first part keeps every metadata key,
 * each part carries `split.no`, `split.count` and `split.tensors.count`, and the tensors are shared
 * out in order. Used to open a split model from disk in the end-to-end tests.
 */
import {
  GGUF_DEFAULT_ALIGNMENT,
  GGUF_MAGIC,
  GGUF_VERSION,
  alignUp,
} from '../scripts/fixture-model/gguf-writer';
import { readGguf } from '../scripts/fixture-model/gguf-reader';

const UINT16 = 2;
const INT32 = 5;

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value);
  return b;
}
function u64(value: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(value));
  return b;
}
function text(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf8');
  return Buffer.concat([u64(bytes.length), bytes]);
}
function keyValue(key: string, type: number, value: number): Buffer {
  const body = Buffer.alloc(type === UINT16 ? 2 : 4);
  if (type === UINT16) body.writeUInt16LE(value);
  else body.writeInt32LE(value);
  return Buffer.concat([text(key), u32(type), body]);
}

export function splitGguf(bytes: Uint8Array, count: number): Buffer[] {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parsed = readGguf(bytes);
  if (parsed.alignment !== GGUF_DEFAULT_ALIGNMENT) throw new Error('Only the default alignment');
  const [first] = parsed.tensors;
  if (!first) throw new Error('No tensors');
  // The tensor infos follow the metadata; the first one starts with the first tensor's name.
  const infoStart = source.lastIndexOf(text(first.name), parsed.dataOffset);
  const metadata = source.subarray(24, infoStart);
  const perPart = Math.ceil(parsed.tensors.length / count);
  return Array.from({ length: count }, (_, part) => {
    const tensors = parsed.tensors.slice(part * perPart, (part + 1) * perPart);
    const next = parsed.tensors[(part + 1) * perPart];
    const dataStart = tensors[0]?.offset ?? parsed.dataOffset;
    const dataEnd = next?.offset ?? source.length;
    const split = [
      keyValue('split.no', UINT16, part),
      keyValue('split.count', UINT16, count),
      keyValue('split.tensors.count', INT32, parsed.tensors.length),
    ];
    const header = Buffer.concat([
      u32(GGUF_MAGIC),
      u32(GGUF_VERSION),
      u64(tensors.length),
      u64((part === 0 ? parsed.metadata.size : 0) + split.length),
      ...(part === 0 ? [metadata] : []),
      ...split,
      ...tensors.map((tensor) =>
        Buffer.concat([
          text(tensor.name),
          u32(tensor.dims.length),
          ...tensor.dims.map(u64),
          u32(tensor.type),
          u64(tensor.offset - dataStart),
        ]),
      ),
    ]);
    const padding = Buffer.alloc(alignUp(header.length, GGUF_DEFAULT_ALIGNMENT) - header.length);
    return Buffer.concat([header, padding, source.subarray(dataStart, dataEnd)]);
  });
}
