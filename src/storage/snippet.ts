import type { TextRange } from '@/domain/chat/conversation';
import { foldWithMap, wordsOf } from './fold-text';

export interface Snippet {
  text: string;
  /** Every query word in `text`, in order, never overlapping. */
  highlights: TextRange[];
}

const BEFORE = 40;
const AFTER = 80;
const ELLIPSIS = '…';
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** First place a folded query word starts a word of the folded text (else anywhere), or -1. */
function findWordStart(folded: string, word: string): number {
  let fallback = -1;
  for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(folded[at - 1] ?? '')) return at;
    if (fallback === -1) fallback = at;
  }
  return fallback;
}

/** Where `length` folded units from `at` came from in the original text. */
function originalRange(text: string, origin: number[], at: number, length: number): TextRange {
  const start = origin[at] ?? 0;
  const last = origin[at + length - 1] ?? start;
  return { start, end: last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1) };
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const previous = merged.at(-1);
    if (previous && range.start <= previous.end) previous.end = Math.max(previous.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Every place in `text` where a query word starts a word (accent- and case-insensitive; a word
 * found only inside other words is marked there), so that each word searched for is highlighted.
 */
export function matchRanges(text: string, query: string): TextRange[] {
  const { folded, origin } = foldWithMap(text);
  const ranges: TextRange[] = [];
  for (const word of wordsOf(query)) {
    const starts: number[] = [];
    const inside: number[] = [];
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      (at === 0 || !WORD_CHAR.test(folded[at - 1] ?? '') ? starts : inside).push(at);
    }
    for (const at of starts.length > 0 ? starts : inside) {
      ranges.push(originalRange(text, origin, at, word.length));
    }
  }
  return mergeRanges(ranges);
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/**
 * An excerpt of `text` around the first query word found, with every query word in it marked (accent- and case-insensitive), cut
 * at spaces, or null when no query word occurs in it.
 */
export function makeSnippet(text: string, query: string): Snippet | null {
  const { folded, origin } = foldWithMap(text);
  for (const word of wordsOf(query)) {
    const at = findWordStart(folded, word);
    if (at === -1) continue;
    const { start: matchStart, end: matchEnd } = originalRange(text, origin, at, word.length);

    let from = Math.max(0, matchStart - BEFORE);
    if (from > 0) {
      const space = text.slice(from, matchStart).search(/\s/u);
      if (space !== -1) from += space + 1;
    }
    let to = Math.min(text.length, matchEnd + AFTER);
    if (to < text.length) {
      const tail = text.slice(matchEnd, to);
      const space = tail.search(/\s\S*$/u);
      if (space > 0) to = matchEnd + space;
    }

    const before = (from > 0 ? ELLIPSIS : '') + collapse(text.slice(from, matchStart)).trimStart();
    const match = text.slice(matchStart, matchEnd);
    const after = collapse(text.slice(matchEnd, to)).trimEnd() + (to < text.length ? ELLIPSIS : '');
    const excerpt = before + match + after;
    return { text: excerpt, highlights: matchRanges(excerpt, query) };
  }
  return null;
}
