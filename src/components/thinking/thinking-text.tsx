import { memo } from 'react';
import { splitAfterLineBreaks } from './split-after-line-breaks';

/**
 * A finished piece of the thinking: rendered once, and skipped by layout and paint while it is
 * scrolled out of the panel.
 */
const FinishedPiece = memo(function FinishedPiece({ text }: { text: string }) {
  return (
    <div className="[contain-intrinsic-size:auto_1.25rem] [content-visibility:auto]">{text}</div>
  );
});

/**
 * The longest piece (characters): a thought that runs on without a line break (a model thinking in
 * circles does) is cut after a space at this length, so each render lays out at most this much.
 * The cut shows as an early line wrap once every ten or so lines; the text itself is unchanged.
 */
const MAX_PIECE_CHARS = 1000;

/**
 * Thinking text that grows at its end while the model thinks. Split after line breaks (and in long
 * lines), so each new token changes (and lays out) only the last piece, not everything thought so
 * far: a render step costs the same at 100 tokens and at 10,000.
 */
export function ThinkingText({ text }: { text: string }) {
  const pieces = splitAfterLineBreaks(text, MAX_PIECE_CHARS);
  const last = pieces.length - 1;
  return pieces.map((piece, index) =>
    // Pieces only ever grow at the end, so an index is a stable identity here.
    index === last ? <div key={index}>{piece}</div> : <FinishedPiece key={index} text={piece} />,
  );
}
