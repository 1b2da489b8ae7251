import { memo } from 'react';
import { splitAfterLineBreaks } from './split-after-line-breaks';

/**
 * Longest piece (characters) of a thought without line breaks: a looping or line-less thought of
 * 50,000 characters is laid out as pieces of about this size, not as one block per render step.
 */
const THINKING_PIECE_CHARS = 1000;

/**
 * One piece of the thinking. While the thinking is live, a block of its own, so that the browser
 * lays out only the piece whose text changed, and skipped while it is out of view
 * (`content-visibility: auto`), so that painting and compositing a render step cost the same at
 * 50,000 characters as at 2,000: the live panel's scroller is composited, and Chromium paints a
 * composited scroller's content some thousands of pixels beyond what shows (bench/README.md,
 * section 4). An off-screen piece keeps the size it had when last shown (`auto`), so the panel's
 * height does not change when a piece scrolls out and it keeps following the end; only a piece
 * never shown (the panel opened on a long thought) is guessed, as one line, until it comes into
 * view. Once finished, inline, so that a paragraph cut into pieces wraps as the one paragraph it
 * is (laid out once). Memoised, so finished pieces are not rendered again while the thinking grows.
 */
const Piece = memo(function Piece({ text, block }: { text: string; block: boolean }) {
  return (
    <span
      className={
        block
          ? 'block [content-visibility:auto] [contain-intrinsic-block-size:auto_1lh]'
          : undefined
      }
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
  return pieces.map((piece, index) => <Piece key={index} text={piece} block={live} />);
}
