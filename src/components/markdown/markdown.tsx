import 'katex/dist/katex.min.css';
import { useMemo } from 'react';
import './markdown.css';
import { healPartialMarkdown } from './heal-partial-markdown';
import { MarkdownBlock } from './markdown-block';
import { BlockSplitter } from './split-blocks';

export interface MarkdownProps {
  /** Untrusted markdown (model output or imported text). Raw HTML in it is shown as text. */
  text: string;
  /** True while `text` is still growing: the last block is rendered with half-typed syntax healed. */
  streaming?: boolean;
  className?: string;
}

/**
 * Renders chat markdown block by block: each top-level block is a memoised component keyed by its
 * index, so a streamed token re-renders only the last block and the cost per token does not grow
 * with the length of the answer.
 */
export function Markdown({ text, streaming = false, className }: MarkdownProps) {
  const splitter = useMemo(() => new BlockSplitter(), []);
  const blocks = splitter.split(text);
  const last = blocks.length - 1;
  return (
    <div className={['md', streaming && 'md-live', className].filter(Boolean).join(' ')}>
      {blocks.map((block, index) => (
        <MarkdownBlock
          // Blocks only ever grow at the end, so an index is a stable identity here.
          key={index}
          source={streaming && index === last ? healPartialMarkdown(block) : block}
        />
      ))}
    </div>
  );
}
