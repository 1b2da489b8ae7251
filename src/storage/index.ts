import { createStorage, type ChatStorage } from './storage';

export { createStorage, type ChatStorage } from './storage';
export type { Conversation, ConversationSnapshot, SearchHit } from './types';
export type { ImportErrorCode } from './import-errors';
export type { MessageSnapshot } from './messages';
export { autoTitle } from './auto-title';

let instance: ChatStorage | undefined;

/** The app's storage (database "mindswitch"), opened on first use. */
export function getStorage(): ChatStorage {
  instance ??= createStorage();
  return instance;
}
export {
  MessageSaver,
  STREAM_SAVE_CHARS_PER_SECOND,
  STREAM_SAVE_INTERVAL_MS,
} from './message-saver';
export {
  readSettingsCopy,
  writeSettingsCopy,
  removeSettingsCopy,
  replayPendingMessages,
} from './unload-journal';
