import { closesRegion, isBlank, openRegion } from './block-syntax';
import type { Region } from './block-syntax';

/**
 * Splits markdown into top-level blocks at blank lines, so that each finished block can be rendered
 * once and memoised while only the last block grows during streaming.
 *
 * Never splits inside a fenced code block or a `$$`/`\[` math block (closed or not). A blank line
 * followed by an indented line does not split either: that line continues the previous block
 * (a list item's second paragraph, an indented code block), and rendering it alone would change
 * its meaning. Blank separator lines are dropped; a block never ends with a blank line unless it
 * is an unclosed region at the end of the text.
 *
 * Appending text never changes any block but the last one, which the memoisation relies on.
 */
export function splitBlocks(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: string[] = [];
  let current: string[] = [];
  let pendingBlanks: string[] = [];
  let region: Region | null = null;

  for (const line of lines) {
    if (region !== null) {
      current.push(line);
      if (closesRegion(region, line)) region = null;
      continue;
    }
    if (isBlank(line)) {
      if (current.length > 0) pendingBlanks.push(line);
      continue;
    }
    if (pendingBlanks.length > 0) {
      if (/^\s/.test(line)) {
        current.push(...pendingBlanks);
      } else {
        blocks.push(current.join('\n'));
        current = [];
      }
      pendingBlanks = [];
    }
    current.push(line);
    region = openRegion(line);
  }
  if (current.length > 0) blocks.push(current.join('\n'));
  return blocks;
}
