import { hasCjk } from './cjk';
import { letterRuns } from './letter-runs';
import { CUES } from './lexicon';
import { EXTRA_PATTERNS } from './lexicon-ru-zh-ja';
import { foldText } from './normalize';

type Part = { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string } | { kind: 'gap' };

interface CompiledPattern {
  cue: number;
  parts: readonly Part[];
}

const MAX_GAP_WORDS = 3;
const PREFIX_KEY_LENGTH = 3;

/** Word-trie-like index: lookup by the first word (exact) or its first three letters (prefix). */
interface LexiconIndex {
  exact: Map<string, CompiledPattern[]>;
  prefix: Map<string, CompiledPattern[]>;
  /** Chinese and Japanese phrases: one global expression per cue, matched on the folded text. */
  cjk: { cue: number; pattern: RegExp }[];
}

/** `_` in a Chinese or Japanese phrase: up to six characters within one clause. */
const CJK_GAP = '[^.?!,;:]{0,6}';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function phrases(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase !== '');
}

function parsePattern(pattern: string): Part[] {
  return pattern.split(' ').map((token): Part => {
    if (token === '_') return { kind: 'gap' };
    if (token.endsWith('*')) return { kind: 'prefix', prefix: token.slice(0, -1) };
    return { kind: 'word', word: token };
  });
}

function push(map: Map<string, CompiledPattern[]>, key: string, pattern: CompiledPattern): void {
  const list = map.get(key);
  if (list) list.push(pattern);
  else map.set(key, [pattern]);
}

function buildIndex(): LexiconIndex {
  const index: LexiconIndex = { exact: new Map(), prefix: new Map(), cjk: [] };
  CUES.forEach((cue, cueIndex) => {
    const extra = EXTRA_PATTERNS[cue.id];
    // Russian is folded like the prompt (ё → е, й → и); the other lists are written folded.
    const wordPhrases = [
      ...Object.values(cue.patterns).flatMap(phrases),
      ...phrases(extra?.ru).map(foldText),
    ];
    for (const phrase of wordPhrases) {
      const parts = parsePattern(phrase);
      const first = parts[0];
      const compiled: CompiledPattern = { cue: cueIndex, parts };
      if (first?.kind === 'word') push(index.exact, first.word, compiled);
      else if (first?.kind === 'prefix' && first.prefix.length >= PREFIX_KEY_LENGTH) {
        push(index.prefix, first.prefix.slice(0, PREFIX_KEY_LENGTH), compiled);
      } else throw new Error(`Invalid lexicon pattern for ${cue.id}: "${phrase}"`);
    }
    const cjkPhrases = [...phrases(extra?.zh), ...phrases(extra?.ja)].map((phrase) =>
      foldText(phrase).split('_').map(escapeRegExp).join(CJK_GAP),
    );
    if (cjkPhrases.length > 0) {
      index.cjk.push({ cue: cueIndex, pattern: new RegExp(cjkPhrases.join('|'), 'gu') });
    }
  });
  return index;
}

let lexiconIndex: LexiconIndex | undefined;

function matchesAt(
  parts: readonly Part[],
  p: number,
  words: readonly string[],
  i: number,
): boolean {
  const part = parts[p];
  if (part === undefined) return true;
  if (part.kind === 'gap') {
    for (let skip = 0; skip <= MAX_GAP_WORDS; skip++) {
      if (matchesAt(parts, p + 1, words, i + skip)) return true;
    }
    return false;
  }
  const word = words[i];
  if (word === undefined) return false;
  const ok = part.kind === 'word' ? word === part.word : word.startsWith(part.prefix);
  return ok && matchesAt(parts, p + 1, words, i + 1);
}

/** Splits folded text into the words the lexicon patterns are written against. */
export function lexiconWords(folded: string): string[] {
  return letterRuns(folded);
}

/**
 * Number of positions at which each cue (in `CUES` order) matches. Chinese and Japanese phrases
 * are looked for in `folded` (the text the words came from) when it holds such characters.
 */
export function matchCues(words: readonly string[], folded = ''): Uint16Array {
  lexiconIndex ??= buildIndex();
  const counts = new Uint16Array(CUES.length);
  if (hasCjk(folded)) {
    for (const { cue, pattern } of lexiconIndex.cjk) {
      pattern.lastIndex = 0;
      let found = 0;
      while (pattern.exec(folded) !== null) found++;
      counts[cue] = found;
    }
  }
  const lastStart = new Int32Array(CUES.length).fill(-1);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    countMatches(lexiconIndex.exact.get(word), words, i, lastStart, counts);
    if (word.length >= PREFIX_KEY_LENGTH) {
      const byPrefix = lexiconIndex.prefix.get(word.slice(0, PREFIX_KEY_LENGTH));
      countMatches(byPrefix, words, i, lastStart, counts);
    }
  }
  return counts;
}

/** Counts the cues of `candidates` that match at word `i`, each cue once per start position. */
function countMatches(
  candidates: readonly CompiledPattern[] | undefined,
  words: readonly string[],
  i: number,
  lastStart: Int32Array,
  counts: Uint16Array,
): void {
  if (candidates === undefined) return;
  for (const pattern of candidates) {
    if (lastStart[pattern.cue] === i) continue;
    if (matchesAt(pattern.parts, 0, words, i)) {
      lastStart[pattern.cue] = i;
      counts[pattern.cue] = (counts[pattern.cue] ?? 0) + 1;
    }
  }
}
