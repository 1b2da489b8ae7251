/*
 * Hashed word and character n-grams ("feature hashing": no vocabulary is stored, an n-gram's
 * bucket is its hash modulo 2^hashBits). Each n-gram counts once per prompt and each channel is
 * L2-normalised, so a long prompt does not get a larger n-gram score just by having more words.
 */

import { letterRuns } from './letter-runs';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x5bd1e995;
const BIGRAM_SEED = 0x27d4eb2d;
const CHAR_SEED = 0x165667b1;
/** Symbols that are word tokens of their own beside the runs of letters and digits. */
const SYMBOL_TOKENS: ReadonlySet<string> = new Set('?%$€£=+*/^<>#{}()[];:_');
const YEAR = /^(?:1[0-9]|20)\d\d$/;
const HAS_DIGIT = /\d/;

function fnv(text: string, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** murmur3 finaliser: spreads the bits of a combined hash. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Word tokens with numbers reduced to their shape: "391" → "0", "3x" → "0x", "1990" → "Y". */
export function wordTokens(folded: string): string[] {
  return letterRuns(folded, SYMBOL_TOKENS).map((token) =>
    !HAS_DIGIT.test(token) ? token : YEAR.test(token) ? 'Y' : token.replace(/\d+/g, '0'),
  );
}

export interface NgramOptions {
  hashBits: number;
  charNgramMin: number;
  charNgramMax: number;
}

/** Collects distinct bucket indices per channel; `stamps` avoids clearing a 2^bits array per call. */
class BucketSet {
  private readonly stamps: Uint32Array;
  private stamp = 0;
  readonly indices: number[] = [];

  constructor(size: number) {
    this.stamps = new Uint32Array(size);
  }

  reset(): void {
    this.indices.length = 0;
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  add(index: number): void {
    if (this.stamps[index] === this.stamp) return;
    this.stamps[index] = this.stamp;
    this.indices.push(index);
  }
}

const bucketSets = new Map<number, BucketSet>();

function bucketSet(hashBits: number): BucketSet {
  let set = bucketSets.get(hashBits);
  if (!set) {
    set = new BucketSet(1 << hashBits);
    bucketSets.set(hashBits, set);
  }
  set.reset();
  return set;
}

function pushChannel(set: BucketSet, scale: number, indices: number[], values: number[]): void {
  if (set.indices.length === 0) return;
  const value = scale / Math.sqrt(set.indices.length);
  for (const index of set.indices) {
    indices.push(index);
    values.push(value);
  }
}

/**
 * Appends the word (uni- and bigram) channel and the character n-gram channel, each scaled to
 * L2 norm `scale`, to `indices`/`values`. A non-zero `salt` hashes them into other buckets, so the
 * same n-grams can carry a separate weight in another context.
 */
export function appendNgrams(
  tokens: readonly string[],
  options: NgramOptions,
  scale: number,
  indices: number[],
  values: number[],
  salt = 0,
): void {
  const mask = (1 << options.hashBits) - 1;
  const words = bucketSet(options.hashBits);
  const wordSeed = (WORD_SEED ^ salt) >>> 0;
  let previous = fnv('<s>', wordSeed);
  for (const token of tokens) {
    const h = fnv(token, wordSeed);
    words.add(mix(h) & mask);
    words.add(mix(Math.imul(previous, BIGRAM_SEED) ^ h) & mask);
    previous = h;
  }
  words.add(mix(Math.imul(previous, BIGRAM_SEED) ^ fnv('</s>', wordSeed)) & mask);
  pushChannel(words, scale, indices, values);

  const chars = bucketSet(options.hashBits);
  // A repeated word adds only buckets it added before (no-ops in a set), so each distinct word is
  // hashed once: long prompts repeat most of their words.
  const hashedWords = new Set<string>();
  for (const token of tokens) {
    if (hashedWords.has(token)) continue;
    hashedWords.add(token);
    const padded = ` ${token} `;
    for (let n = options.charNgramMin; n <= options.charNgramMax; n++) {
      const seed = Math.imul(CHAR_SEED ^ salt, n);
      for (let start = 0; start + n <= padded.length; start++) {
        let h = (FNV_OFFSET ^ seed) >>> 0;
        for (let j = start; j < start + n; j++) h = Math.imul(h ^ padded.charCodeAt(j), FNV_PRIME);
        chars.add(mix(h) & mask);
      }
      if (padded.length < n) break;
    }
  }
  pushChannel(chars, scale, indices, values);
}
