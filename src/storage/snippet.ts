import { foldWithMap, wordsOf } from './fold-text';

export interface Snippet {
  text: string;
  highlight: { start: number; end: number };
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

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/**
 * An excerpt of `text` around the first query word found (accent- and case-insensitive), cut
 * at spaces, or null when no query word occurs in it.
 */
export function makeSnippet(text: string, query: string): Snippet | null {
  const { folded, origin } = foldWithMap(text);
  for (const word of wordsOf(query)) {
    const at = findWordStart(folded, word);
    if (at === -1) continue;
    const matchStart = origin[at] ?? 0;
    const lastOrigin = origin[at + word.length - 1] ?? matchStart;
    const matchEnd = lastOrigin + ((text.codePointAt(lastOrigin) ?? 0) > 0xffff ? 2 : 1);

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
    return {
      text: before + match + after,
      highlight: { start: before.length, end: before.length + match.length },
    };
  }
  return null;
}
