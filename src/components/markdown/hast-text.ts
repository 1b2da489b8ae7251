import type { ExtraProps } from 'react-markdown';

export type HastElement = NonNullable<ExtraProps['node']>;
type HastContent = HastElement['children'][number];

/** The plain text of a hast node, like `textContent`. */
export function hastText(node: HastElement | HastContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(hastText).join('');
  return '';
}

export function hastClasses(node: HastElement): string[] {
  const classes = node.properties.className;
  return Array.isArray(classes) ? classes.map(String) : [];
}
