/**
 * Splits text into pieces that each end after a run of line breaks (the last piece may not), and,
 * when `maxPieceChars` is given, also after the first space once a piece has that many characters,
 * or, in text without spaces (Chinese, Japanese, a run of symbols), at twice that many.
 * Joined, the pieces are the text again. Text that only grows at its end keeps all pieces but the
 * last unchanged, so a renderer can leave them alone while the last one grows.
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
  const longEnough = start + maxPieceChars;
  const space = longEnough < text.length ? text.indexOf(' ', longEnough) : -1;
  if (lineBreak !== -1 && lineBreak < hardEnd && (space === -1 || lineBreak < space)) {
    let end = lineBreak + 1;
    while (text[end] === '\n') end += 1;
    return end;
  }
  if (space !== -1 && space < hardEnd) return space + 1;
  if (hardEnd >= text.length) return null;
  // Not between the two halves of a surrogate pair (an emoji, a rare Han character).
  const code = text.charCodeAt(hardEnd - 1);
  return code >= 0xd800 && code <= 0xdbff ? hardEnd - 1 : hardEnd;
}
