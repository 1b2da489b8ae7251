export { Markdown } from './markdown';
export type { MarkdownProps } from './markdown';
export { healPartialMarkdown } from './heal-partial-markdown';
export { normalizeMath } from './normalize-math';
export { splitBlocks } from './split-blocks';
