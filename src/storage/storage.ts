import { newId } from '@/lib/new-id';
import type { StorageContext } from './context';
import * as conversations from './conversations';
import { DEFAULT_DB_NAME, openDatabase } from './db';
import type * as exportImport from './export-import';
import type { ConversationsExport, ExportedConversation } from './export-schema';
import type { ModelNames } from './markdown';
import * as messages from './messages';
import type { MessageSnapshot } from './messages';
import { searchMessages } from './search';
import * as settings from './settings';
import * as speeds from './speeds';
import type { SpeedEstimate, SpeedMeasurement } from '@/domain/thinking-policy/speed';
import type {
  Conversation,
  ConversationSnapshot,
  SavedMessage,
  SearchHit,
  SearchOptions,
} from './types';

/** Everything the app stores, behind plain async functions (no IndexedDB types). */
export interface ChatStorage {
  listConversations(): Promise<Conversation[]>;
  getConversation(id: string): Promise<Conversation | undefined>;
  createConversation(title?: string): Promise<Conversation>;
  renameConversation(id: string, title: string): Promise<Conversation>;
  applyAutoTitle(id: string, title: string): Promise<boolean>;
  deleteConversation(id: string): Promise<ConversationSnapshot | null>;
  restoreConversation(snapshot: ConversationSnapshot): Promise<void>;

  loadMessages(conversationId: string): Promise<SavedMessage[]>;
  saveMessage(conversationId: string, message: SavedMessage): Promise<void>;
  /** Deletes one message; the turns after it stay. Returns what `restoreMessage` needs. */
  deleteMessage(messageId: string): Promise<MessageSnapshot | null>;
  restoreMessage(snapshot: MessageSnapshot): Promise<void>;
  /** Remembers which branch of answer versions the conversation shows (its last message). */
  setActiveLeaf(conversationId: string, leafId: string): Promise<void>;
  searchMessages(query: string, options?: SearchOptions): Promise<SearchHit[]>;

  loadSettings<T>(key: string, parser?: settings.SettingsParser<T>): Promise<T | undefined>;
  saveSettings<T>(key: string, value: T): Promise<void>;
  deleteSettings(key: string): Promise<void>;

  /** Measured decode/prefill speed of a model on a backend (`speedKey`), null before any. */
  loadSpeed(key: string): Promise<SpeedEstimate | null>;
  /** Folds one answer's speed into the stored estimate and returns the new one. */
  recordSpeed(key: string, measurement: SpeedMeasurement): Promise<SpeedEstimate>;

  exportConversations(ids?: readonly string[]): Promise<ConversationsExport>;
  exportJson(ids?: readonly string[]): Promise<string>;
  /** `modelNames`: how each model is named in the headings (a custom model's id is its URL). */
  exportMarkdown(ids?: readonly string[], modelNames?: ModelNames): Promise<string>;
  importJson(text: string): Promise<exportImport.ImportResult>;
  /** A comparison as one conversation (each answer a version of its one turn) in a file. */
  exportComparison(
    comparison: ExportedConversation,
    format: 'json' | 'markdown',
    modelNames?: ModelNames,
  ): Promise<string>;

  /** Closes the connection (tests, or before deleting the database). */
  close(): void;
}

export interface StorageOptions {
  /** IndexedDB database name; tests pass a fresh one each. */
  name?: string;
  /** Clock for createdAt/updatedAt bookkeeping; tests pass a fake one. */
  now?: () => number;
  newId?: () => string;
}

// Import and export (with their schema library) are loaded on first use, not with the first paint.
const loadExportImport = () => import('./export-import');

export function createStorage(options: StorageOptions = {}): ChatStorage {
  const ctx: StorageContext = {
    db: openDatabase(options.name ?? DEFAULT_DB_NAME),
    now: options.now ?? Date.now,
    newId: options.newId ?? newId,
    liveStreams: new Set(),
  };
  return {
    listConversations: () => conversations.listConversations(ctx),
    getConversation: (id) => conversations.getConversation(ctx, id),
    createConversation: (title) => conversations.createConversation(ctx, title),
    renameConversation: (id, title) => conversations.renameConversation(ctx, id, title),
    applyAutoTitle: (id, title) => conversations.applyAutoTitle(ctx, id, title),
    deleteConversation: (id) => conversations.deleteConversation(ctx, id),
    restoreConversation: (snapshot) => conversations.restoreConversation(ctx, snapshot),

    loadMessages: (conversationId) => messages.loadMessages(ctx, conversationId),
    saveMessage: (conversationId, message) => messages.saveMessage(ctx, conversationId, message),
    deleteMessage: (messageId) => messages.deleteMessage(ctx, messageId),
    restoreMessage: (snapshot) => messages.restoreMessage(ctx, snapshot),
    setActiveLeaf: (conversationId, leafId) => messages.setActiveLeaf(ctx, conversationId, leafId),
    searchMessages: (query, searchOptions) => searchMessages(ctx, query, searchOptions),

    loadSettings: (key, parser) => settings.loadSettings(ctx, key, parser),
    saveSettings: (key, value) => settings.saveSettings(ctx, key, value),
    deleteSettings: (key) => settings.deleteSettings(ctx, key),

    loadSpeed: (key) => speeds.loadSpeed(ctx, key),
    recordSpeed: (key, measurement) => speeds.recordSpeed(ctx, key, measurement),

    exportConversations: async (ids) => (await loadExportImport()).exportConversations(ctx, ids),
    exportJson: async (ids) => (await loadExportImport()).exportJson(ctx, ids),
    exportMarkdown: async (ids, modelNames) =>
      (await loadExportImport()).exportMarkdown(ctx, ids, modelNames),
    importJson: async (text) => (await loadExportImport()).importJson(ctx, text),
    exportComparison: async (comparison, format, modelNames) =>
      (await loadExportImport()).exportComparison(ctx, comparison, format, modelNames),

    close: () => ctx.db.close(),
  };
}
