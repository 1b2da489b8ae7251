import { gguf, type GgufMetadataValue } from './gguf-writer';
import type { Qwen3Tokenizer } from './qwen3-tokenizer';

/** The hyperparameters a qwen3 GGUF declares. */
export interface Qwen3Shape {
  readonly blockCount: number;
  readonly contextLength: number;
  readonly hiddenSize: number;
  readonly feedForward: number;
  readonly headCount: number;
  readonly headCountKv: number;
  readonly headDim: number;
  readonly ropeFreqBase: number;
  readonly rmsEpsilon: number;
}

/** GGUF metadata of a Q4_0 qwen3 model with Qwen3's real tokenizer and chat template. */
export function qwen3Metadata(
  name: string,
  shape: Qwen3Shape,
  tokenizer: Qwen3Tokenizer,
): Record<string, GgufMetadataValue> {
  return {
    'general.architecture': gguf.string('qwen3'),
    'general.type': gguf.string('model'),
    'general.name': gguf.string(name),
    'general.file_type': gguf.uint32(2), // LLAMA_FTYPE_MOSTLY_Q4_0
    'general.quantization_version': gguf.uint32(2),
    'general.alignment': gguf.uint32(32),
    'qwen3.block_count': gguf.uint32(shape.blockCount),
    'qwen3.context_length': gguf.uint32(shape.contextLength),
    'qwen3.embedding_length': gguf.uint32(shape.hiddenSize),
    'qwen3.feed_forward_length': gguf.uint32(shape.feedForward),
    'qwen3.attention.head_count': gguf.uint32(shape.headCount),
    'qwen3.attention.head_count_kv': gguf.uint32(shape.headCountKv),
    'qwen3.attention.key_length': gguf.uint32(shape.headDim),
    'qwen3.attention.value_length': gguf.uint32(shape.headDim),
    'qwen3.rope.freq_base': gguf.float32(shape.ropeFreqBase),
    'qwen3.attention.layer_norm_rms_epsilon': gguf.float32(shape.rmsEpsilon),
    'tokenizer.ggml.model': gguf.string('gpt2'),
    'tokenizer.ggml.pre': gguf.string('qwen2'),
    'tokenizer.ggml.tokens': gguf.stringArray(tokenizer.tokens),
    'tokenizer.ggml.token_type': gguf.int32Array(tokenizer.tokenTypes),
    'tokenizer.ggml.merges': gguf.stringArray(tokenizer.merges),
    'tokenizer.ggml.eos_token_id': gguf.uint32(tokenizer.ids.imEnd),
    'tokenizer.ggml.padding_token_id': gguf.uint32(tokenizer.ids.endOfText),
    'tokenizer.ggml.bos_token_id': gguf.uint32(tokenizer.ids.endOfText),
    'tokenizer.ggml.add_bos_token': gguf.bool(false),
    'tokenizer.chat_template': gguf.string(tokenizer.chatTemplate),
  };
}
