import katex from 'katex';
import type { KatexOptions } from 'katex';
import { memo, useLayoutEffect, useRef } from 'react';

const OPTIONS: KatexOptions = {
  throwOnError: false,
  // A formula that does not parse (often a half-streamed one) shows its source as plain text.
  errorColor: 'inherit',
  strict: 'ignore',
  // Untrusted input: no \href, \includegraphics or \htmlClass (trust stays false), and \rule and
  // macro expansion are bounded so that a formula cannot cover the page or stall the tab.
  trust: false,
  maxSize: 20,
  maxExpand: 500,
};

/**
 * Renders TeX with the app's own katex (the one whose CSS is imported). KaTeX builds the DOM nodes
 * itself inside an element React leaves empty, so no HTML string is ever injected.
 */
export const KatexMath = memo(function KatexMath({
  tex,
  display,
}: {
  tex: string;
  display: boolean;
}) {
  const ref = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    try {
      katex.render(tex, element, { ...OPTIONS, displayMode: display });
    } catch {
      element.textContent = tex;
    }
  }, [tex, display]);

  return <span ref={ref} className={display ? 'md-math-display' : 'md-math-inline'} />;
});
