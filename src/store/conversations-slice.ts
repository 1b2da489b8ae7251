import type { StateCreator } from 'zustand';
import {
  autoTitle,
  getStorage,
  type Conversation,
  type ConversationSnapshot,
  type ImportErrorCode,
  type SearchHit,
} from '@/storage';
import type { AppState } from './app-state';
import type { ChatMessage } from './chat-types';
import { stopGeneration } from './engine-session';

const STREAM_SAVE_INTERVAL_MS = 500;

export type ImportOutcome =
  { ok: true; imported: number; skippedDuplicates: number } | { ok: false; code: ImportErrorCode };

export interface ConversationsSlice {
  conversations: Conversation[];
  activeConversationId: string | null;
  /** The last deleted conversation, until the user undoes or dismisses it. */
  undoableDelete: ConversationSnapshot | null;
  searchQuery: string;
  searchResults: SearchHit[];
  initConversations: () => Promise<void>;
  newChat: () => void;
  openConversation: (id: string) => Promise<void>;
  renameConversation: (id: string, title: string) => Promise<void>;
  deleteConversation: (id: string) => Promise<void>;
  undoDelete: () => Promise<void>;
  dismissUndo: () => void;
  search: (query: string) => Promise<void>;
  exportConversations: (format: 'json' | 'markdown', ids?: string[]) => Promise<string>;
  importConversations: (text: string) => Promise<ImportOutcome>;
  /** Creates the active conversation if needed (titled after the first message); returns its id. */
  ensureConversation: (firstMessage: string) => Promise<string>;
  /** Saves a message; while streaming, at most every half second. */
  /**
   * Saves a message; while it streams, at most every STREAM_SAVE_INTERVAL_MS. Resolves once a
   * final (non-streaming) save is stored, so a finished answer survives a reload right after.
   */
  persistMessage: (
    conversationId: string,
    message: ChatMessage,
    streaming?: boolean,
  ) => Promise<void>;
  persistMessagesFrom: (
    conversationId: string,
    fromMessageId: string,
    messages: ChatMessage[],
  ) => Promise<void>;
  forgetMessage: (messageId: string) => Promise<void>;
}

const pendingSaves = new Map<string, ReturnType<typeof setTimeout>>();
const latestPending = new Map<string, { conversationId: string; message: ChatMessage }>();

export const createConversationsSlice: StateCreator<AppState, [], [], ConversationsSlice> = (
  set,
  get,
) => {
  const storage = () => getStorage();
  const refreshList = async () => set({ conversations: await storage().listConversations() });

  const saveNow = (conversationId: string, message: ChatMessage) =>
    storage()
      .saveMessage(conversationId, message)
      .then(() => refreshList())
      // The conversation may have been deleted mid-stream; its messages go with it.
      .catch((err: unknown) => console.warn('Could not save message', err));

  return {
    conversations: [],
    activeConversationId: null,
    undoableDelete: null,
    searchQuery: '',
    searchResults: [],

    initConversations: async () => {
      await refreshList();
      const latest = get().conversations[0];
      if (latest && get().messages.length === 0) await get().openConversation(latest.id);
    },

    newChat: () => {
      stopGeneration();
      set({ activeConversationId: null, messages: [] });
    },

    openConversation: async (id) => {
      stopGeneration();
      const messages = await storage().loadMessages(id);
      set({ activeConversationId: id, messages });
    },

    renameConversation: async (id, title) => {
      await storage().renameConversation(id, title);
      await refreshList();
    },

    deleteConversation: async (id) => {
      if (get().activeConversationId === id) get().newChat();
      const snapshot = await storage().deleteConversation(id);
      set({ undoableDelete: snapshot });
      await refreshList();
    },

    undoDelete: async () => {
      const snapshot = get().undoableDelete;
      if (!snapshot) return;
      await storage().restoreConversation(snapshot);
      set({ undoableDelete: null });
      await refreshList();
    },

    dismissUndo: () => set({ undoableDelete: null }),

    search: async (query) => {
      set({ searchQuery: query });
      const results = query.trim() ? await storage().searchMessages(query) : [];
      if (get().searchQuery === query) set({ searchResults: results });
    },

    exportConversations: (format, ids) =>
      format === 'json' ? storage().exportJson(ids) : storage().exportMarkdown(ids),

    importConversations: async (text) => {
      const result = await storage().importJson(text);
      await refreshList();
      if (!result.ok) return { ok: false, code: result.error.code };
      return { ok: true, imported: result.imported, skippedDuplicates: result.skippedDuplicates };
    },

    ensureConversation: async (firstMessage) => {
      const active = get().activeConversationId;
      if (active) return active;
      const conversation = await storage().createConversation(autoTitle(firstMessage));
      set({ activeConversationId: conversation.id });
      await refreshList();
      return conversation.id;
    },

    persistMessage: (conversationId, message, streaming = false) => {
      const key = message.id;
      latestPending.set(key, { conversationId, message });
      if (streaming) {
        if (pendingSaves.has(key)) return Promise.resolve();
        pendingSaves.set(
          key,
          setTimeout(() => {
            pendingSaves.delete(key);
            const latest = latestPending.get(key);
            latestPending.delete(key);
            if (latest) void saveNow(latest.conversationId, latest.message);
          }, STREAM_SAVE_INTERVAL_MS),
        );
        return Promise.resolve();
      }
      clearTimeout(pendingSaves.get(key));
      pendingSaves.delete(key);
      latestPending.delete(key);
      return saveNow(conversationId, message);
    },

    persistMessagesFrom: async (conversationId, fromMessageId, messages) => {
      await storage().replaceMessagesFrom(conversationId, fromMessageId, messages);
      await refreshList();
    },

    forgetMessage: async (messageId) => {
      await storage().deleteMessage(messageId);
      await refreshList();
    },
  };
};
