import type { ChatMessage } from '@/domain/chat/chat-types';
import {
  activePath,
  newestLeaf,
  versionsOf,
  withParents,
  type ThreadNode,
} from '@/domain/chat/versions';
import type { MessageSnapshot } from '@/storage';
import type { StoreBase } from './store-context';

/**
 * The open conversation's tree of versions (see domain/chat/versions.ts). `threadNodes` holds
 * every message's place in it; `messages` is the branch shown, and the only one the model sees.
 */
export interface Thread {
  /** Shows the stored `messages` (all versions), on the branch ending at `leafId`. */
  show(messages: ChatMessage[], leafId?: string): void;
  /** Loads conversation `id` from storage and shows the branch it last showed. */
  load(id: string): Promise<void>;
  /** A message just written joins the tree (a known id is left alone). */
  add(message: ChatMessage): void;
  /** Shows the version `step` away from `messageId`, with the turns that followed it. */
  switchVersion(messageId: string, step: -1 | 1): Promise<void>;
  /** Deletes one message; the turns after it stay, following the message before it. */
  remove(messageId: string): Promise<MessageSnapshot | null>;
  /** Undoes `remove` and shows the conversation again. */
  restore(snapshot: MessageSnapshot): Promise<void>;
}

const nodeOf = ({ id, role, parentId }: ChatMessage): ThreadNode => ({ id, role, parentId });

export function createThread(
  { set, get, deps }: StoreBase,
  refreshConversationList: () => Promise<void>,
): Thread {
  const storage = deps.storage;

  function show(messages: ChatMessage[], leafId?: string) {
    const linked = withParents(messages);
    set({ threadNodes: linked.map(nodeOf), messages: activePath(linked, leafId) });
  }

  async function load(id: string) {
    const [conversation, messages] = await Promise.all([
      storage().getConversation(id),
      storage().loadMessages(id),
    ]);
    if (get().activeConversationId === id) show(messages, conversation?.activeLeafId);
  }

  return {
    show,
    load,

    add(message) {
      if (get().threadNodes.some((node) => node.id === message.id)) return;
      const parentId =
        message.parentId !== undefined ? message.parentId : (get().threadNodes.at(-1)?.id ?? null);
      set((state) => ({ threadNodes: [...state.threadNodes, { ...nodeOf(message), parentId }] }));
    },

    async switchVersion(messageId, step) {
      const id = get().activeConversationId;
      if (!id) return;
      const { ids, index } = versionsOf(get().threadNodes, messageId);
      const target = ids[index + step];
      if (!target) return;
      await storage().setActiveLeaf(id, newestLeaf(get().threadNodes, target));
      await load(id);
    },

    async remove(messageId) {
      const snapshot = await storage().deleteMessage(messageId);
      const id = get().activeConversationId;
      if (id) await load(id);
      await refreshConversationList();
      return snapshot;
    },

    async restore(snapshot) {
      await storage().restoreMessage(snapshot);
      if (get().activeConversationId === snapshot.conversationId)
        await load(snapshot.conversationId);
      await refreshConversationList();
    },
  };
}
