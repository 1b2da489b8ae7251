import { Suspense, lazy } from 'react';

// Markdown, KaTeX and highlighting are large; the first paint does not wait for them.
const Markdown = lazy(() => import('./markdown').then((m) => ({ default: m.Markdown })));

export function LazyMarkdown({ text, streaming }: { text: string; streaming: boolean }) {
  return (
    <Suspense fallback={<div className="whitespace-pre-wrap [overflow-wrap:anywhere]">{text}</div>}>
      <Markdown text={text} streaming={streaming} />
    </Suspense>
  );
}
