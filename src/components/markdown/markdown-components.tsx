import type { ComponentProps } from 'react';
import type { Components, ExtraProps } from 'react-markdown';
import { CodeBlock } from './code-block';
import { hastClasses, hastText } from './hast-text';
import { KatexMath } from './katex-math';
import { MarkdownImage } from './markdown-image';
import { isSafeLinkUrl } from './safe-url';

function SafeLink({ href, title, children }: ComponentProps<'a'> & ExtraProps) {
  // transformUrl has already emptied unsafe hrefs; checking again keeps this component safe alone.
  if (!href || !isSafeLinkUrl(href)) return <span className="md-link-inert">{children}</span>;
  return (
    <a href={href} title={title} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  );
}

/** Inline code, or inline math, which remark-math emits as `<code class="math-inline">`. */
function Code({ node, className, children }: ComponentProps<'code'> & ExtraProps) {
  if (node && hastClasses(node).includes('math-inline')) {
    return <KatexMath tex={hastText(node)} display={false} />;
  }
  return <code className={className}>{children}</code>;
}

function Table({ children }: ComponentProps<'table'> & ExtraProps) {
  return (
    // Focusable so that a wide table can be scrolled with the keyboard on a narrow screen.
    <div className="md-table-wrap overflow-x-auto" tabIndex={0}>
      <table>{children}</table>
    </div>
  );
}

export const markdownComponents: Components = {
  a: SafeLink,
  code: Code,
  img: MarkdownImage,
  pre: CodeBlock,
  table: Table,
};
