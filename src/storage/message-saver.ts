import type { ChatStorage } from './storage';
import type { SavedMessage } from './types';
import { journalPendingMessages, type PendingMessage, type SyncKeyValue } from './unload-journal';

/** How often a short streaming answer is written while it grows. */
export const STREAM_SAVE_INTERVAL_MS = 500;

/**
 * At most this many characters of a streaming answer are written per second. A write costs the
 * page's main thread in proportion to the message (search words, structured clone, IndexedDB), so
 * a fixed interval would make a long thought dearer to stream the longer it grows; past 2,000
 * characters the interval grows with the message instead (8,000: every 2 s; 40,000: every 10 s).
 * A reload or a closed tab loses nothing either way (the unload journal); a crash loses at most
 * one interval.
 */
export const STREAM_SAVE_CHARS_PER_SECOND = 4_000;

/** The text a saved message carries, in characters: what a write of it costs grows with this. */
function savedTextLength(message: SavedMessage): number {
  if (message.role === 'user') return message.content.length;
  return message.content.length + message.thinking.length + (message.draft?.content.length ?? 0);
}

/** How long to wait before the next interim write of a streaming answer as long as `message`. */
export function streamSaveDelayMs(message: SavedMessage): number {
  return Math.max(
    STREAM_SAVE_INTERVAL_MS,
    (savedTextLength(message) * 1000) / STREAM_SAVE_CHARS_PER_SECOND,
  );
}

interface Pending {
  conversationId: string;
  message: SavedMessage;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Saves messages, throttling the many updates of a streaming answer to one write per interval.
 * A final save replaces any pending one and resolves once stored; `flush` writes everything
 * pending at once (the page is being hidden or closed).
 */
export class MessageSaver {
  private readonly pending = new Map<string, Pending>();
  /** Writes begun and not yet stored: the page going away now would cut them off. */
  private readonly unconfirmed = new Map<string, PendingMessage>();

  constructor(
    private readonly storage: () => ChatStorage,
    /**
     * After each stored final write (the conversation list shows the latest activity); not after
     * the interim writes of a streaming answer, which would refresh the list twice a second.
     */
    private readonly onSaved: () => Promise<void> | void,
    private readonly intervalMs = STREAM_SAVE_INTERVAL_MS,
  ) {}

  save(conversationId: string, message: SavedMessage, streaming = false): Promise<void> {
    const waiting = this.pending.get(message.id);
    if (streaming) {
      if (waiting) {
        waiting.message = message;
        waiting.conversationId = conversationId;
        return Promise.resolve();
      }
      const timer = setTimeout(() => void this.writePending(message.id), this.intervalMs);
      this.pending.set(message.id, { conversationId, message, timer });
      return Promise.resolve();
    }
    if (waiting) clearTimeout(waiting.timer);
    this.pending.delete(message.id);
    return this.write(conversationId, message);
  }

  /** Writes every pending streaming save now. */
  flush(): Promise<void> {
    return Promise.all([...this.pending.keys()].map((id) => this.writePending(id))).then(
      () => undefined,
    );
  }

  /**
   * The page is going away: keeps every pending save synchronously in the unload journal (an
   * IndexedDB write begun now may be cut off with the page), then starts writing them.
   */
  flushOnUnload(journal?: SyncKeyValue): Promise<void> {
    const latest = new Map(this.unconfirmed);
    for (const [id, { conversationId, message }] of this.pending)
      latest.set(id, { conversationId, message });
    journalPendingMessages([...latest.values()], journal);
    return this.flush();
  }

  /** Drops a pending save (the message or its conversation is being deleted). */
  discard(messageId: string) {
    const waiting = this.pending.get(messageId);
    if (waiting) clearTimeout(waiting.timer);
    this.pending.delete(messageId);
  }

  private writePending(id: string): Promise<void> {
    const waiting = this.pending.get(id);
    if (!waiting) return Promise.resolve();
    clearTimeout(waiting.timer);
    this.pending.delete(id);
    return this.write(waiting.conversationId, waiting.message, false);
  }

  private write(conversationId: string, message: SavedMessage, final = true): Promise<void> {
    this.unconfirmed.set(message.id, { conversationId, message });
    const confirm = () => {
      if (this.unconfirmed.get(message.id)?.message === message)
        this.unconfirmed.delete(message.id);
    };
    return this.storage()
      .saveMessage(conversationId, message)
      .finally(confirm)
      .then(() => (final ? this.onSaved() : undefined))
      .catch((err: unknown) => {
        // The conversation may have been deleted mid-stream; its messages go with it.
        console.warn('Could not save message', err);
      });
  }
}
