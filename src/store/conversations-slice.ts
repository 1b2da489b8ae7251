import type { StateCreator } from 'zustand';
import {
  autoTitle,
  getStorage,
  MessageSaver,
  replayPendingMessages,
  type Conversation,
  type ConversationSnapshot,
  type ImportErrorCode,
  type SearchHit,
} from '@/storage';
import type { AppState } from './app-state';
import type { ChatMessage } from '@/domain/chat/chat-types';
import { finishThinking } from '@/domain/chat/stream-progress';
import { engineSupervisor } from '@/engine/engine-supervisor';
import { allKnownModels } from './model-selectors';

/** How long a stopped answer may take to end and be stored before the chat moves on anyway. */
const SETTLE_TIMEOUT_MS = 3000;

/**
 * A streaming answer as saved: its thinking clock is closed at this moment, so if the page goes
 * away now, the stored answer keeps the thinking time it had (and does not count on from the
 * moment it is shown again). The live answer in memory is not changed.
 */
function asSavedNow(message: ChatMessage, at: number): ChatMessage {
  if (message.role !== 'assistant') return message;
  return { ...message, ...finishThinking(message, at) };
}

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
  /** Stops a running answer (stored as stopped), then starts an empty chat. */
  newChat: () => Promise<void>;
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
  /**
   * Saves a message; while it streams, throttled. Resolves once a final (non-streaming) save is
   * stored, so a finished answer survives a reload right after.
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
  /** Keeps pending streaming saves at once and writes them (the page is going away). */
  flushSaves: () => Promise<void>;
}

export const createConversationsSlice: StateCreator<AppState, [], [], ConversationsSlice> = (
  set,
  get,
  api,
) => {
  const storage = () => getStorage();
  const refreshList = async () => set({ conversations: await storage().listConversations() });

  const saver = new MessageSaver(storage, refreshList);

  /**
   * Stops the running answer and waits until it has ended and its final state is stored, so the
   * chat can move on (clear, switch, delete) without losing or orphaning it.
   */
  const settleGeneration = async () => {
    engineSupervisor.stopGeneration();
    if (!get().isGenerating) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      };
      const timer = setTimeout(done, SETTLE_TIMEOUT_MS);
      const unsubscribe = api.subscribe((state) => {
        if (!state.isGenerating) done();
      });
    });
  };

  return {
    conversations: [],
    activeConversationId: null,
    undoableDelete: null,
    searchQuery: '',
    searchResults: [],

    initConversations: async () => {
      // Answers the last page kept while going away, before anything shows them.
      await replayPendingMessages(storage());
      await refreshList();
      const latest = get().conversations[0];
      if (latest && get().messages.length === 0) await get().openConversation(latest.id);
    },

    newChat: async () => {
      await settleGeneration();
      set({ activeConversationId: null, messages: [] });
    },

    openConversation: async (id) => {
      await settleGeneration();
      const messages = await storage().loadMessages(id);
      set({ activeConversationId: id, messages });
    },

    renameConversation: async (id, title) => {
      await storage().renameConversation(id, title);
      await refreshList();
    },

    deleteConversation: async (id) => {
      // A streaming answer of this conversation ends as stopped first, so Undo brings it back
      // as the user left it, and no late save hits the deleted conversation.
      if (get().activeConversationId === id) await get().newChat();
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

    exportConversations: (format, ids) => {
      if (format === 'json') return storage().exportJson(ids);
      const names = Object.fromEntries(allKnownModels(get()).map((m) => [m.id, m.label]));
      return storage().exportMarkdown(ids, names);
    },

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

    persistMessage: (conversationId, message, streaming = false) =>
      saver.save(conversationId, streaming ? asSavedNow(message, Date.now()) : message, streaming),

    flushSaves: () => saver.flushOnUnload(),

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
