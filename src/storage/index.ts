import { createStorage, type ChatStorage } from './storage';

export { createStorage } from './storage';
export type { ChatStorage, StorageOptions } from './storage';
export type {
  Conversation,
  ConversationSnapshot,
  SavedAssistantMessage,
  SavedMessage,
  SearchHit,
  SearchOptions,
} from './types';
export { StorageError, type StorageErrorCode } from './context';
export type { SettingsParser } from './settings';
export type { ImportError, ImportResult, ParseResult } from './export-import';
export type { ImportErrorCode } from './import-errors';
export { IMPORT_ERROR_TEXT } from './import-errors';
export type { ConversationsExport, ExportedConversation } from './export-schema';
export { autoTitle } from './auto-title';
export { DEFAULT_TITLE } from './conversations';

let instance: ChatStorage | undefined;

/** The app's storage (database "mindswitch"), opened on first use. */
export function getStorage(): ChatStorage {
  instance ??= createStorage();
  return instance;
}
export { MessageSaver, STREAM_SAVE_INTERVAL_MS } from './message-saver';
export {
  readSettingsCopy,
  writeSettingsCopy,
  removeSettingsCopy,
  replayPendingMessages,
} from './unload-journal';
