/**
 * Splits text into pieces that each end after a run of line breaks (the last piece may not).
 * Joined, the pieces are the text again. Text that only grows at its end keeps all pieces but the
 * last unchanged, so a renderer can leave them alone while the last one grows.
 */
export function splitAfterLineBreaks(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let index = text.indexOf('\n');
  while (index !== -1) {
    let end = index + 1;
    while (text[end] === '\n') end += 1;
    if (end >= text.length) break;
    pieces.push(text.slice(start, end));
    start = end;
    index = text.indexOf('\n', end);
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}
