/** A sentence's end: its mark and the space after it, or a full-width mark (no space follows). */
const SENTENCE_END = /[.!?…] |[。！？]/;

/**
 * Splits text into pieces that each end after a run of line breaks (the last piece may not), and,
 * when `maxPieceChars` is given, also past that many characters: after the first sentence's end
 * within half as many more, else after the first space, or, in text without spaces (Chinese,
 * Japanese, a run of symbols), at twice that many. Joined, the pieces are the text again. Text
 * that only grows at its end keeps all pieces but the last unchanged, so a renderer can leave them
 * alone while the last one grows.
 */
export function splitAfterLineBreaks(text: string, maxPieceChars = Infinity): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    const end = pieceEnd(text, start, maxPieceChars);
    // The run of line breaks (or the space) may still grow: the end of the text stays open.
    if (end === null || end >= text.length) break;
    pieces.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}

/** Where the piece starting at `start` ends, or null while the text does not say yet. */
function pieceEnd(text: string, start: number, maxPieceChars: number): number | null {
  const hardEnd = start + 2 * maxPieceChars;
  const lineBreak = text.indexOf('\n', start);
  const soft = softEnd(text, start + maxPieceChars, maxPieceChars / 2);
  if (lineBreak !== -1 && lineBreak < hardEnd && (soft === null || lineBreak < soft)) {
    let end = lineBreak + 1;
    while (text[end] === '\n') end += 1;
    return end;
  }
  if (soft !== null && soft < hardEnd) return soft;
  if (hardEnd >= text.length) return null;
  // Not between the two halves of a surrogate pair (an emoji, a rare Han character).
  const code = text.charCodeAt(hardEnd - 1);
  return code >= 0xd800 && code <= 0xdbff ? hardEnd - 1 : hardEnd;
}

/**
 * Where a long line may end from `from` on: after the first sentence's end within `window`
 * characters (a cut there reads as a line break, not as a sentence broken in two), else after
 * the first space; null while the text does not say yet. Decided from the text up to
 * `from + window` alone, so the end stays put as the text grows.
 */
function softEnd(text: string, from: number, window: number): number | null {
  if (from >= text.length) return null;
  const searchFrom = Math.max(0, from - 1);
  const sentence = SENTENCE_END.exec(text.slice(searchFrom, from + window));
  if (sentence) return searchFrom + sentence.index + sentence[0].length;
  if (text.length < from + window) return null;
  const space = text.indexOf(' ', from);
  return space === -1 ? null : space + 1;
}
