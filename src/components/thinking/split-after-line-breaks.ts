/**
 * Splits text into pieces that each end after a run of line breaks (the last piece may not), and,
 * when `maxPieceChars` is given, also after the first space once a piece has that many characters.
 * Joined, the pieces are the text again. Text that only grows at its end keeps all pieces but the
 * last unchanged, so a renderer can leave them alone while the last one grows.
 */
export function splitAfterLineBreaks(text: string, maxPieceChars = Infinity): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    const lineBreak = text.indexOf('\n', start);
    const longEnough = start + maxPieceChars;
    const space = longEnough < text.length ? text.indexOf(' ', longEnough) : -1;
    let end: number;
    if (lineBreak !== -1 && (space === -1 || lineBreak < space)) {
      end = lineBreak + 1;
      while (text[end] === '\n') end += 1;
    } else if (space !== -1) {
      end = space + 1;
    } else {
      break;
    }
    // The run of line breaks (or the space) may still grow: the end of the text stays open.
    if (end >= text.length) break;
    pieces.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}
