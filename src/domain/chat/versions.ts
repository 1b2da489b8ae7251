import type { ChatMessage } from './chat-types';

/**
 * A conversation is a tree of messages stored in the order they were written. Each message names
 * the message it follows (`parentId`; null: it opens the conversation). Versions of a turn are
 * messages of the same role that follow the same message: a re-run answer is a sibling of the
 * answer it re-ran, an edited question a sibling of the question it replaced. What the chat shows,
 * and what goes to the model, is one path from the first message to the active leaf.
 */
export type ThreadNode = Pick<ChatMessage, 'id' | 'role' | 'parentId'>;

/** The message `nodes[index]` follows; one without `parentId` (older data) follows the one before. */
function parentAt(nodes: readonly ThreadNode[], index: number): string | null {
  const own = nodes[index]?.parentId;
  return own !== undefined ? own : (nodes[index - 1]?.id ?? null);
}

/** Every node with its parent made explicit. */
export function withParents<T extends ThreadNode>(nodes: readonly T[]): T[] {
  return nodes.map((node, i) => ({ ...node, parentId: parentAt(nodes, i) }));
}

/**
 * The path from the first message to `leafId` (or to the newest message when `leafId` is absent
 * or unknown), in order.
 */
export function activePath<T extends ThreadNode>(nodes: readonly T[], leafId?: string | null): T[] {
  const linked = withParents(nodes);
  const byId = new Map(linked.map((node, i) => [node.id, { node, original: nodes[i] as T }]));
  let current = (leafId && byId.get(leafId)) || byId.get(linked.at(-1)?.id ?? '');
  const path: T[] = [];
  const seen = new Set<string>();
  while (current && !seen.has(current.node.id)) {
    seen.add(current.node.id);
    path.push(current.original);
    current = current.node.parentId ? byId.get(current.node.parentId) : undefined;
  }
  return path.reverse();
}

export interface Versions {
  /** The versions' ids, oldest first. */
  ids: string[];
  /** Where `id` sits among them (0-based). */
  index: number;
}

/** The versions of the turn `id` belongs to (just itself when it was never re-run or edited). */
export function versionsOf(nodes: readonly ThreadNode[], id: string): Versions {
  const linked = withParents(nodes);
  const self = linked.find((node) => node.id === id);
  if (!self) return { ids: [id], index: 0 };
  const ids = linked
    .filter((node) => node.parentId === self.parentId && node.role === self.role)
    .map((node) => node.id);
  return { ids, index: ids.indexOf(id) };
}

/** The newest message below `id` following its newest replies: the branch as last written. */
export function newestLeaf(nodes: readonly ThreadNode[], id: string): string {
  const linked = withParents(nodes);
  let leaf = id;
  for (;;) {
    const newestChild = linked.findLast((node) => node.parentId === leaf);
    if (!newestChild) return leaf;
    leaf = newestChild.id;
  }
}
