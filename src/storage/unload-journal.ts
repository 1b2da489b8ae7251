import { markInterrupted } from './message-records';
import type { ChatStorage } from './storage';
import type { SavedMessage } from './types';

/**
 * Synchronous copies, in localStorage, of writes that must survive the page going away.
 *
 * An IndexedDB write is asynchronous: started in `pagehide` or right before a reload, it may be
 * cut off with the page and never land. A localStorage write is done when the call returns, and
 * the next page of this origin reads it. So the few small things that must not be lost (the
 * settings, a streaming answer's last state) are also written here, and IndexedDB stays the
 * store of record: the journal is replayed into it on the next start.
 */
export type SyncKeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const SETTINGS_PREFIX = 'mindswitch:settings:';
const PENDING_MESSAGES_KEY = 'mindswitch:pending-messages';

export interface PendingMessage {
  conversationId: string;
  message: SavedMessage;
}

function browserStore(): SyncKeyValue | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage disabled by the browser's settings: IndexedDB alone must do.
    return null;
  }
}

/** Writes `value`; false when the store refused it (full, disabled), in which case none is kept. */
function write(store: SyncKeyValue | null, key: string, value: string): boolean {
  if (!store) return false;
  try {
    store.setItem(key, value);
    return true;
  } catch {
    // An older copy would now be wrong: without a copy, IndexedDB's newer value is read.
    store.removeItem(key);
    return false;
  }
}

/** The settings copy; read before IndexedDB because it can never be older than it. */
export function readSettingsCopy(key: string, store = browserStore()): string | null {
  return store?.getItem(SETTINGS_PREFIX + key) ?? null;
}

export function writeSettingsCopy(key: string, value: string, store = browserStore()): void {
  write(store, SETTINGS_PREFIX + key, value);
}

export function removeSettingsCopy(key: string, store = browserStore()): void {
  store?.removeItem(SETTINGS_PREFIX + key);
}

/** Keeps the last state of answers whose save was still pending when the page went away. */
export function journalPendingMessages(pending: PendingMessage[], store = browserStore()): void {
  if (pending.length === 0) return;
  write(store, PENDING_MESSAGES_KEY, JSON.stringify(pending));
}

function readJournal(store: SyncKeyValue): PendingMessage[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(PENDING_MESSAGES_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as PendingMessage[]) : [];
  } catch {
    return [];
  }
}

/**
 * Puts journalled answers into IndexedDB, unless a later save already finished them there (the
 * write begun in `pagehide` landed after all, or another tab went on). Clears the journal.
 */
export async function replayPendingMessages(
  storage: ChatStorage,
  store = browserStore(),
): Promise<number> {
  if (!store) return 0;
  const pending = readJournal(store);
  let replayed = 0;
  for (const { conversationId, message } of pending) {
    const stored = (await storage.loadMessages(conversationId).catch(() => [])).find(
      (m) => m.id === message.id,
    );
    const unfinished = stored?.role === 'assistant' && stored.interrupted === true;
    if (stored && !unfinished) continue;
    // Stored as what it is now, an interrupted answer: no live stream of this tab owns it.
    // The conversation may have been deleted since: then the answer goes with it.
    const interrupted = markInterrupted(message, new Set());
    const saved = await storage.saveMessage(conversationId, interrupted).then(
      () => true,
      () => false,
    );
    if (saved) replayed += 1;
  }
  store.removeItem(PENDING_MESSAGES_KEY);
  return replayed;
}
