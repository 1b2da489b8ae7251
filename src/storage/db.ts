import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { wordsOf } from './fold-text';
import type { Conversation, SavedMessage } from './types';
import type { SpeedEstimate } from '@/domain/thinking-policy/speed';

export const DEFAULT_DB_NAME = 'mindswitch';

export type ConversationRecord = Conversation;

/** A message row: the message itself plus where it belongs and its search words. */
export type MessageRecord = SavedMessage & {
  conversationId: string;
  /** Order inside the conversation; gaps are fine (deletes leave them). */
  position: number;
  /** Folded, de-duplicated words of content and thinking (multi-entry index, since v2). */
  words: string[];
};

/** A model's measured speed on one backend (key: `speedKey(model, engine, runsOn)`), since v3. */
export interface SpeedRecord {
  key: string;
  estimate: SpeedEstimate;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The row shapes version 1 wrote, for the upgrade and its test. */
export type ConversationRecordV1 = Omit<Conversation, 'titleEditedByUser'> & {
  titleEditedByUser?: boolean;
};
export type MessageRecordV1 = SavedMessage & { conversationId: string; position: number };

// Each version lists every table; a schema string names the primary key, then indexes.
export const SCHEMA_V1 = {
  conversations: 'id, createdAt, updatedAt',
  messages: 'id, [conversationId+position]',
  settings: 'key',
} as const;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  messages: 'id, [conversationId+position], *words',
} as const;

/** Version 3 adds measured speeds; nothing else changes, so it needs no upgrade function. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  speeds: 'key',
} as const;

/**
 * Version 4 stores answer versions: each message names the message it follows (`parentId`) and a
 * conversation may name the end of the branch it shows (`activeLeafId`). The upgrade links each
 * stored conversation as the straight line it was.
 */
export const SCHEMA_V4 = { ...SCHEMA_V3 } as const;

export function searchWordsOf(message: SavedMessage): string[] {
  return wordsOf(
    message.role === 'assistant' ? `${message.content}\n${message.thinking}` : message.content,
  );
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<MessageRecordV1 & { words?: string[] }>('messages')
    .toCollection()
    .modify((message) => {
      message.words = searchWordsOf(message);
    });
  await tx
    .table<ConversationRecordV1>('conversations')
    .toCollection()
    .modify((conversation) => {
      conversation.titleEditedByUser = conversation.titleEditedByUser ?? false;
    });
}

async function upgradeToV4(tx: Transaction): Promise<void> {
  const messages = tx.table<MessageRecord, string>('messages');
  const records = await messages.orderBy('[conversationId+position]').toArray();
  const linked = records.map((record, i) => {
    const previous = records[i - 1];
    const parentId = previous?.conversationId === record.conversationId ? previous.id : null;
    return { ...record, parentId: record.parentId ?? parentId };
  });
  await messages.bulkPut(linked);
}

export class MindSwitchDb extends Dexie {
  declare readonly conversations: EntityTable<ConversationRecord, 'id'>;
  declare readonly messages: EntityTable<MessageRecord, 'id'>;
  declare readonly settings: EntityTable<SettingRecord, 'key'>;
  declare readonly speeds: EntityTable<SpeedRecord, 'key'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
  }
}

/** Opens lazily: nothing touches IndexedDB until the first query. */
export function openDatabase(name: string = DEFAULT_DB_NAME): MindSwitchDb {
  return new MindSwitchDb(name);
}

/** The messages of one conversation in order (from a position on), through the compound index. */
export function messagesOf(db: MindSwitchDb, conversationId: string, fromPosition?: number) {
  return db.messages
    .where('[conversationId+position]')
    .between([conversationId, fromPosition ?? Dexie.minKey], [conversationId, Dexie.maxKey], true);
}
