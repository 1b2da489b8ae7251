import {
  replayPendingMessages,
  type Conversation,
  type ConversationSnapshot,
  type ImportErrorCode,
  type SearchHit,
} from '@/storage';
import { allKnownModels } from './model-selectors';
import type { StoreContext } from './store-context';

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
  /** Keeps the streaming answer at once and writes it (the page is going away). */
  flushSaves: () => Promise<void>;
}

export function createConversationsSlice(ctx: StoreContext): ConversationsSlice {
  return {
    conversations: [],
    activeConversationId: null,
    undoableDelete: null,
    searchQuery: '',
    searchResults: [],
    initConversations: () => initConversations(ctx),
    newChat: () => newChat(ctx),
    openConversation: (id) => openConversation(ctx, id),
    renameConversation: (id, title) => renameConversation(ctx, id, title),
    deleteConversation: (id) => deleteConversation(ctx, id),
    undoDelete: () => undoDelete(ctx),
    dismissUndo: () => ctx.set({ undoableDelete: null }),
    search: (query) => search(ctx, query),
    exportConversations: (format, ids) => exportConversations(ctx, format, ids),
    importConversations: (text) => importConversations(ctx, text),
    flushSaves: () => ctx.session.flushSaves(),
  };
}

export async function initConversations(ctx: StoreContext) {
  // Answers the last page kept while going away, before anything shows them.
  await replayPendingMessages(ctx.deps.storage());
  await ctx.session.refreshConversationList();
  const latest = ctx.get().conversations[0];
  if (latest && ctx.get().messages.length === 0) await openConversation(ctx, latest.id);
}

/** Stops the running answer and waits until it is stored, then starts an empty chat. */
export async function newChat(ctx: StoreContext) {
  await ctx.runner.stopAndSettle();
  ctx.session.show(null, []);
}

export async function openConversation(ctx: StoreContext, id: string) {
  await ctx.runner.stopAndSettle();
  await ctx.session.open(id);
}

export async function renameConversation(ctx: StoreContext, id: string, title: string) {
  await ctx.deps.storage().renameConversation(id, title);
  await ctx.session.refreshConversationList();
}

export async function deleteConversation(ctx: StoreContext, id: string) {
  // A streaming answer of this conversation ends as stopped first, so Undo brings it back as the
  // user left it, and no late save hits the deleted conversation.
  if (ctx.get().activeConversationId === id) await newChat(ctx);
  const snapshot = await ctx.deps.storage().deleteConversation(id);
  ctx.set({ undoableDelete: snapshot });
  await ctx.session.refreshConversationList();
}

export async function undoDelete(ctx: StoreContext) {
  const snapshot = ctx.get().undoableDelete;
  if (!snapshot) return;
  await ctx.deps.storage().restoreConversation(snapshot);
  ctx.set({ undoableDelete: null });
  await ctx.session.refreshConversationList();
}

export async function search(ctx: StoreContext, query: string) {
  ctx.set({ searchQuery: query });
  const results = query.trim() ? await ctx.deps.storage().searchMessages(query) : [];
  if (ctx.get().searchQuery === query) ctx.set({ searchResults: results });
}

export function exportConversations(
  ctx: StoreContext,
  format: 'json' | 'markdown',
  ids?: string[],
): Promise<string> {
  if (format === 'json') return ctx.deps.storage().exportJson(ids);
  const names = Object.fromEntries(allKnownModels(ctx.get()).map((m) => [m.id, m.label]));
  return ctx.deps.storage().exportMarkdown(ids, names);
}

export async function importConversations(ctx: StoreContext, text: string): Promise<ImportOutcome> {
  const result = await ctx.deps.storage().importJson(text);
  await ctx.session.refreshConversationList();
  if (!result.ok) return { ok: false, code: result.error.code };
  return { ok: true, imported: result.imported, skippedDuplicates: result.skippedDuplicates };
}
