/** `text` cut into the parts inside and outside `ranges` (sorted, not overlapping). */
export function splitByRanges(
  text: string,
  ranges: readonly { start: number; end: number }[],
): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    if (end > start) parts.push({ text: text.slice(start, end), marked: true });
    at = Math.max(at, end);
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
