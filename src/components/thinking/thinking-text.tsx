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
 * Thinking text that grows at its end while the model thinks. Split after line breaks, so each new
 * token changes (and lays out) only the last piece, not everything thought so far. Long lines are
 * not cut into pieces (`splitAfterLineBreaks` can): a finished piece off screen is sized as one
 * line (`contain-intrinsic-size`), so a multi-line piece made the panel's height jump and it lost
 * the end it was following.
 */
export function ThinkingText({ text }: { text: string }) {
  const pieces = splitAfterLineBreaks(text);
  const last = pieces.length - 1;
  return pieces.map((piece, index) =>
    // Pieces only ever grow at the end, so an index is a stable identity here.
    index === last ? <div key={index}>{piece}</div> : <FinishedPiece key={index} text={piece} />,
  );
}
