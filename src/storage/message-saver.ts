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

interface Streaming {
  conversationId: string;
  /** The latest version not written yet; null while only the pause after a write runs. */
  message: SavedMessage | null;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Saves messages. The many updates of a streaming answer are throttled: the first is written at
 * once, later ones at most once per `delayFor` of the version written last (the latest version
 * when that time is up). A final save replaces any pending one and resolves once stored; `flush`
 * writes everything pending at once (the page is being hidden or closed).
 */
export class MessageSaver {
  private readonly streaming = new Map<string, Streaming>();
  /** Writes begun and not yet stored: the page going away now would cut them off. */
  private readonly unconfirmed = new Map<string, PendingMessage>();

  constructor(
    private readonly storage: () => ChatStorage,
    /**
     * After each stored final write (the conversation list shows the latest activity); not after
     * the interim writes of a streaming answer, which would refresh the list twice a second.
     */
    private readonly onSaved: () => Promise<void> | void,
    private readonly delayFor: (written: SavedMessage) => number = streamSaveDelayMs,
  ) {}

  /**
   * Keeps `message`: a final save at once; a `streaming` one at once when none was written in the
   * last interval, else when it is up. Resolves once this call's write (if any) is stored.
   */
  save(conversationId: string, message: SavedMessage, streaming = false): Promise<void> {
    const current = this.streaming.get(message.id);
    if (!streaming) {
      if (current) clearTimeout(current.timer);
      this.streaming.delete(message.id);
      return this.write(conversationId, message);
    }
    if (current) {
      current.message = message;
      current.conversationId = conversationId;
      return Promise.resolve();
    }
    return this.writeStreaming(conversationId, message);
  }

  /** Writes every pending streaming save now. */
  flush(): Promise<void> {
    const writes = [...this.streaming.values()].flatMap(({ conversationId, message }) =>
      message ? [this.writeStreaming(conversationId, message)] : [],
    );
    return Promise.all(writes).then(() => undefined);
  }

  /**
   * The page is going away: keeps every pending save synchronously in the unload journal (an
   * IndexedDB write begun now may be cut off with the page), then starts writing them.
   */
  flushOnUnload(journal?: SyncKeyValue): Promise<void> {
    const latest = new Map(this.unconfirmed);
    for (const [id, { conversationId, message }] of this.streaming)
      if (message) latest.set(id, { conversationId, message });
    journalPendingMessages([...latest.values()], journal);
    return this.flush();
  }

  /** Writes a streaming version now; the next one waits for the interval this one sets. */
  private writeStreaming(conversationId: string, message: SavedMessage): Promise<void> {
    const current = this.streaming.get(message.id);
    if (current) clearTimeout(current.timer);
    const timer = setTimeout(() => this.intervalUp(message.id), this.delayFor(message));
    this.streaming.set(message.id, { conversationId, message: null, timer });
    return this.write(conversationId, message, false);
  }

  private intervalUp(id: string) {
    const current = this.streaming.get(id);
    if (current?.message) void this.writeStreaming(current.conversationId, current.message);
    else this.streaming.delete(id);
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
