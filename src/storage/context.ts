import type { MindSwitchDb } from './db';

/** What every storage operation needs; one per open database (per tab for the app). */
export interface StorageContext {
  db: MindSwitchDb;
  now: () => number;
  newId: () => string;
  /**
   * Ids of assistant messages this tab saved as 'streaming' and has not finished yet. A stored
   * 'streaming' message that is not in here was left behind by a closed tab: it is interrupted.
   */
  liveStreams: Set<string>;
}

export type StorageErrorCode = 'conversation-not-found' | 'message-not-found' | 'invalid-title';

export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string) {
    super(message);
    this.name = 'StorageError';
    this.code = code;
  }
}
