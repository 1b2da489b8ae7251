import { closesRegion, isBlank, openRegion } from './block-syntax';
import type { Region } from './block-syntax';

/** The blocks of a text, and where the last one begins: a longer version is split on from there. */
interface BlockSplit {
  text: string;
  blocks: string[];
  /** Offset in `text` of the last block's first line; 0 when there are no blocks. */
  lastStart: number;
}

/**
 * Splits markdown into top-level blocks at blank lines, so that each finished block can be rendered
 * once and memoised while only the last block grows during streaming.
 *
 * Never splits inside a fenced code block or a `$$`/`\[` math block (closed or not). A blank line
 * followed by an indented line does not split either: that line continues the previous block
 * (a list item's second paragraph, an indented code block), and rendering it alone would change
 * its meaning. Blank separator lines are dropped; a block never ends with a blank line unless it
 * is an unclosed region at the end of the text. CRLF and CR line ends count as LF.
 *
 * Appending text never changes any block but the last one, which the memoisation and
 * `BlockSplitter` rely on.
 */
export function splitBlocks(text: string): string[] {
  return splitFrom(text, 0).blocks;
}

/**
 * Splits successive versions of a streamed text. When a version extends the one before, only its
 * part from the previous last block on is split again: what grows with the answer is then one
 * comparison with the previous text and a copy of the block list, not a split of every line. Any
 * other text is split whole.
 */
export class BlockSplitter {
  private last: BlockSplit | null = null;

  split(text: string): string[] {
    const previous = this.last;
    if (previous?.text === text) return previous.blocks;
    if (previous && previous.blocks.length > 0 && text.startsWith(previous.text)) {
      const tail = splitFrom(text, previous.lastStart);
      this.last = {
        text,
        blocks: [...previous.blocks.slice(0, -1), ...tail.blocks],
        lastStart: tail.lastStart,
      };
    } else {
      this.last = splitFrom(text, 0);
    }
    return this.last.blocks;
  }
}

/**
 * Splits `text` from offset `from`, which must be 0 or the first line of a block: there no region
 * is open and no blank lines are pending, so the split starts afresh.
 */
function splitFrom(text: string, from: number): BlockSplit {
  const blocks: string[] = [];
  let current: string[] = [];
  let currentStart = from;
  let pendingBlanks: string[] = [];
  let region: Region | null = null;

  const lineEnd = /\r\n?|\n/g;
  lineEnd.lastIndex = from;
  for (let lineStart = from; ;) {
    const end = lineEnd.exec(text);
    const line = text.slice(lineStart, end ? end.index : text.length);
    if (region !== null) {
      current.push(line);
      if (closesRegion(region, line)) region = null;
    } else if (isBlank(line)) {
      if (current.length > 0) pendingBlanks.push(line);
    } else {
      if (pendingBlanks.length > 0) {
        if (/^\s/.test(line)) {
          current.push(...pendingBlanks);
        } else {
          blocks.push(current.join('\n'));
          current = [];
        }
        pendingBlanks = [];
      }
      if (current.length === 0) currentStart = lineStart;
      current.push(line);
      region = openRegion(line);
    }
    if (!end) break;
    lineStart = end.index + end[0].length;
  }
  if (current.length > 0) blocks.push(current.join('\n'));
  return { text, blocks, lastStart: current.length > 0 ? currentStart : 0 };
}
