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
 * rendered again while the thinking grows. No `content-visibility`: an off-screen piece would be
 * sized by a guess (`contain-intrinsic-size`) instead of by its text, and a multi-line piece
 * scrolling out of the live panel would change the panel's height, so the panel lost the end it
 * was following.
 */
const Piece = memo(function Piece({ text, block }: { text: string; block: boolean }) {
  return <span className={block ? 'block' : undefined}>{text}</span>;
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
