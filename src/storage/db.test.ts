import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { withParents } from '@/domain/chat/versions';
import { afterEach, describe, expect, it } from 'vitest';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  openDatabase,
  type ConversationRecordV1,
  type MessageRecordV1,
} from './db';
import { createStorage } from './storage';
import { assistantMessage, userMessage } from './test-fixtures';

const name = `mindswitch-migration-${crypto.randomUUID()}`;

afterEach(async () => {
  await Dexie.delete(name);
});

describe('schema migration', () => {
  it('upgrades a version 1 database: words indexed, titles flagged, data kept', async () => {
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const conversation: ConversationRecordV1 = {
      id: 'c1',
      title: 'Old chat',
      createdAt: 1,
      updatedAt: 2,
    };
    const question = userMessage('What is the tallest mountain?');
    const answer = assistantMessage('Mount Everest, at 8849 metres.', {
      thinking: 'Himalaya.',
    });
    const rows: MessageRecordV1[] = [
      { ...question, conversationId: 'c1', position: 0 },
      { ...answer, conversationId: 'c1', position: 1 },
    ];
    await v1.table('conversations').add(conversation);
    await v1.table('messages').bulkAdd(rows);
    await v1.table('settings').put({ key: 'theme', value: 'dark' });
    v1.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    const upgraded = await db.messages.get(answer.id);
    expect(upgraded?.words).toEqual(
      expect.arrayContaining(['mount', 'everest', '8849', 'metres', 'himalaya']),
    );
    db.close();

    const storage = createStorage({ name });
    expect(await storage.listConversations()).toEqual([
      { ...conversation, titleEditedByUser: false },
    ]);
    expect(await storage.loadMessages('c1')).toEqual(withParents([question, answer]));
    expect((await storage.searchMessages('everest')).map((h) => h.messageId)).toEqual([answer.id]);
    expect(await storage.loadSettings<string>('theme')).toBe('dark');
    storage.close();
  });

  it('upgrades a version 2 database to 4: everything kept, messages linked, and an empty speeds table', async () => {
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    const conversation = {
      id: 'c2',
      title: 'Chat',
      createdAt: 1,
      updatedAt: 2,
      titleEditedByUser: true,
    };
    const question = userMessage('Six times seven?');
    await v2.table('conversations').add(conversation);
    await v2
      .table('messages')
      .add({ ...question, conversationId: 'c2', position: 0, words: ['six', 'times', 'seven'] });
    await v2.table('settings').put({ key: 'theme', value: 'light' });
    v2.close();

    const storage = createStorage({ name, now: () => 42 });
    expect(await storage.listConversations()).toEqual([conversation]);
    expect(await storage.loadMessages('c2')).toEqual(withParents([question]));
    expect(await storage.loadSettings<string>('theme')).toBe('light');
    expect(await storage.loadSpeed('wllama-cpu|qwen3')).toBeNull();
    const measurement = {
      decodeTokens: 64,
      decodeTokensPerSecond: 3.5,
      prefillTokensPerSecond: 40,
    };
    await storage.recordSpeed('wllama-cpu|qwen3', measurement);
    expect(await storage.loadSpeed('wllama-cpu|qwen3')).toEqual({
      decodeTokensPerSecond: 3.5,
      prefillTokensPerSecond: 40,
      samples: 1,
      updatedAt: 42,
    });
    storage.close();
  });
});
