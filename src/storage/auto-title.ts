export const AUTO_TITLE_MAX_WORDS = 6;
export const AUTO_TITLE_MAX_CHARS = 48;
const ELLIPSIS = '…';

function chars(text: string): string[] {
  return Array.from(text);
}

/**
 * A conversation title from its first user message: the first words (about six, at most 48
 * characters with the ellipsis), whitespace collapsed, ending in "…" when something was cut.
 * Returns '' for a blank message; the caller falls back to its default title.
 */
export function autoTitle(firstUserMessage: string): string {
  const words = firstUserMessage.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return '';
  let title = words.slice(0, AUTO_TITLE_MAX_WORDS).join(' ');
  let cut = words.length > AUTO_TITLE_MAX_WORDS;
  if (chars(title).length > AUTO_TITLE_MAX_CHARS) {
    cut = true;
    const room = chars(title)
      .slice(0, AUTO_TITLE_MAX_CHARS - ELLIPSIS.length)
      .join('');
    const lastSpace = room.lastIndexOf(' ');
    // Break at a word boundary unless that would leave almost nothing (one very long word).
    title = lastSpace >= room.length / 2 ? room.slice(0, lastSpace) : room;
  }
  if (!cut) return title;
  return (title.replace(/[\s\p{P}]+$/u, '') || title) + ELLIPSIS;
}
