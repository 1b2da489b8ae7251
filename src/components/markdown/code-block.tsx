import type { ComponentProps } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { ExtraProps } from 'react-markdown';
import { CopyButton } from './copy-button';
import { hastClasses, hastText } from './hast-text';
import type { HastElement } from './hast-text';
import { KatexMath } from './katex-math';

interface CodeInfo {
  language: string;
  code: string;
  math: boolean;
}

function describeCode(pre: HastElement | undefined): CodeInfo {
  const code = pre?.children.find(
    (child): child is HastElement => child.type === 'element' && child.tagName === 'code',
  );
  if (!code) return { language: '', code: '', math: false };
  const classes = hastClasses(code);
  const language =
    classes.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? '';
  // mdast-util-to-hast ends every code block with a newline that nobody wants in their clipboard.
  return {
    language,
    code: hastText(code).replace(/\n$/, ''),
    math: classes.includes('math-display') || language === 'math',
  };
}

/**
 * Replaces `<pre>`: a header with the language and a copy button above the highlighted code.
 * remark-math also emits display math as `<pre><code class="math-display">`, rendered here.
 */
export function CodeBlock({ node, children }: ComponentProps<'pre'> & ExtraProps) {
  const { t } = useTranslation();
  const { language, code, math } = describeCode(node);
  if (math) return <KatexMath tex={code} display />;
  return (
    <div className="md-code">
      <div className="md-code-header">
        <span className="md-code-language">{language || t('markdown.plainText')}</span>
        <CopyButton text={code} />
      </div>
      {/* Focusable so that long lines can be scrolled with the keyboard. */}
      <pre tabIndex={0}>{children}</pre>
    </div>
  );
}
