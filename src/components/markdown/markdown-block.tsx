import { memo } from 'react';
import ReactMarkdown from 'react-markdown';
import type { Options } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { BlockErrorBoundary } from './block-error-boundary';
import { markdownComponents } from './markdown-components';
import { normalizeMath } from './normalize-math';
import { transformUrl } from './safe-url';

// react-markdown builds a new processor on every render, which would rebuild lowlight and recompile
// every grammar per streamed token. Handing unified the same transformer keeps them compiled.
const highlightTransformer = rehypeHighlight({
  plainText: ['text', 'txt', 'plain', 'plaintext', 'math'],
});
const rehypeHighlightShared = () => highlightTransformer;

const remarkPlugins: Options['remarkPlugins'] = [
  // "~5 to ~10" is an approximation in chat answers, not strikethrough; `~~x~~` still is.
  [remarkGfm, { singleTilde: false }],
  remarkMath,
];

// Math is rendered by KatexMath (see markdown-components) rather than rehype-katex: rehype-katex
// bundles its own katex 0.16, whose markup does not match the app's katex 0.19 stylesheet.
const rehypePlugins: Options['rehypePlugins'] = [rehypeHighlightShared];

/**
 * One top-level block of an answer. Memoised on its source string: a finished block is parsed and
 * rendered once, however long the answer grows after it.
 */
export const MarkdownBlock = memo(function MarkdownBlock({ source }: { source: string }) {
  return (
    <BlockErrorBoundary source={source}>
      <ReactMarkdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={rehypePlugins}
        components={markdownComponents}
        urlTransform={transformUrl}
      >
        {normalizeMath(source)}
      </ReactMarkdown>
    </BlockErrorBoundary>
  );
});
