import { memo } from 'react';
import { splitAfterLineBreaks } from './split-after-line-breaks';

/**
 * Longest piece (characters) of a thought without line breaks: a looping or line-less thought of
 * 50,000 characters is laid out as pieces of about this size, not as one block per render step.
 */
const THINKING_PIECE_CHARS = 1000;

/**
 * One piece of the thinking. While the thinking is live, a block of its own, so that the browser
 * lays out only the piece whose text changed; once finished, inline, so that a paragraph cut into
 * pieces wraps as the one paragraph it is (laid out once). Memoised, so finished pieces are not
 * rendered again while the thinking grows.
 *
 * A live piece finished for a while (`skipOffscreen`) is also skipped while it is out of view
 * (`content-visibility: auto`), so that painting and compositing a render step cost the same at
 * 50,000 characters as at 2,000: the live panel's scroller is composited, and Chromium paints a
 * composited scroller's content some thousands of pixels beyond what shows (bench/README.md,
 * section 4). Skipped, a piece keeps the size it had when last shown (`auto`), so the panel's height
 * does not change when it scrolls out. The last two pieces never get it: Chromium skips an element
 * for the first frame after it gets `content-visibility` (the new piece at the end, one line high
 * and blank for a frame; a piece that grew in the same render step, at its old height), and that
 * frame's jump made the panel lose the end it followed. A step that brings several line breaks at
 * once can still give an earlier piece its last text; `useFollowEnd` allows for that frame.
 */
const Piece = memo(function Piece({
  text,
  block,
  skipOffscreen,
}: {
  text: string;
  block: boolean;
  skipOffscreen: boolean;
}) {
  if (!block) return <span>{text}</span>;
  return (
    <span
      className={`block [contain-intrinsic-block-size:auto_1lh] ${
        skipOffscreen ? '[content-visibility:auto]' : ''
      }`}
    >
      {text}
    </span>
  );
});

/**
 * Thinking text that grows at its end while the model thinks (`live`). Split after line breaks,
 * and a long line past THINKING_PIECE_CHARS after a sentence's end (or a space), so each new
 * token changes (and lays out) only the last piece, not everything thought so far. Every piece is the same component at a
 * stable index, so the last piece's node is kept when it is finished and a new one starts.
 */
export function ThinkingText({ text, live }: { text: string; live: boolean }) {
  const pieces = splitAfterLineBreaks(text, THINKING_PIECE_CHARS);
  // Pieces only ever grow at the end, so an index is a stable identity here.
  // The last piece grows; the one before it may have had its last text in this render step.
  const lastTwo = pieces.length - 2;
  return pieces.map((piece, index) => (
    <Piece key={index} text={piece} block={live} skipOffscreen={index < lastTwo} />
  ));
}
