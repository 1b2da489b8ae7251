import { StorageError, type StorageContext } from './context';
import { messagesOf } from './db';
import { fromRecord, toRecord } from './message-records';
import type { Conversation, ConversationSnapshot } from './types';

export const DEFAULT_TITLE = 'New conversation';

/** Most recent activity first. */
export async function listConversations(ctx: StorageContext): Promise<Conversation[]> {
  return ctx.db.conversations.orderBy('updatedAt').reverse().toArray();
}

export async function getConversation(
  ctx: StorageContext,
  id: string,
): Promise<Conversation | undefined> {
  return ctx.db.conversations.get(id);
}

export async function createConversation(
  ctx: StorageContext,
  title?: string,
): Promise<Conversation> {
  const now = ctx.now();
  const conversation: Conversation = {
    id: ctx.newId(),
    title: title?.trim() || DEFAULT_TITLE,
    createdAt: now,
    updatedAt: now,
    titleEditedByUser: false,
  };
  await ctx.db.conversations.add(conversation);
  return conversation;
}

function cleanTitle(title: string): string {
  const clean = title.trim().replace(/\s+/gu, ' ');
  if (!clean) throw new StorageError('invalid-title', 'A conversation title cannot be empty.');
  return clean;
}

/** The user's rename: it sticks, later automatic titles leave it alone. */
export async function renameConversation(
  ctx: StorageContext,
  id: string,
  title: string,
): Promise<Conversation> {
  const clean = cleanTitle(title);
  return ctx.db.transaction('rw', ctx.db.conversations, async () => {
    const conversation = await ctx.db.conversations.get(id);
    if (!conversation) throw notFound(id);
    const renamed = { ...conversation, title: clean, titleEditedByUser: true };
    await ctx.db.conversations.put(renamed);
    return renamed;
  });
}

/** Sets an automatic title unless the user has renamed the conversation; true if it was set. */
export async function applyAutoTitle(
  ctx: StorageContext,
  id: string,
  title: string,
): Promise<boolean> {
  const clean = cleanTitle(title);
  return ctx.db.transaction('rw', ctx.db.conversations, async () => {
    const conversation = await ctx.db.conversations.get(id);
    if (!conversation) throw notFound(id);
    if (conversation.titleEditedByUser) return false;
    await ctx.db.conversations.update(id, { title: clean });
    return true;
  });
}

/** Deletes a conversation and its messages; returns what `restoreConversation` needs to undo. */
export async function deleteConversation(
  ctx: StorageContext,
  id: string,
): Promise<ConversationSnapshot | null> {
  const { db } = ctx;
  return db.transaction('rw', db.conversations, db.messages, async () => {
    const conversation = await db.conversations.get(id);
    if (!conversation) return null;
    const records = await messagesOf(db, id).toArray();
    await messagesOf(db, id).delete();
    await db.conversations.delete(id);
    for (const record of records) ctx.liveStreams.delete(record.id);
    return { conversation, messages: records.map(fromRecord) };
  });
}

/** Undo of a delete: puts the conversation and its messages back exactly as they were. */
export async function restoreConversation(
  ctx: StorageContext,
  snapshot: ConversationSnapshot,
): Promise<void> {
  const { db } = ctx;
  const { conversation, messages } = snapshot;
  await db.transaction('rw', db.conversations, db.messages, async () => {
    await messagesOf(db, conversation.id).delete();
    await db.conversations.put(conversation);
    await db.messages.bulkPut(messages.map((m, i) => toRecord(m, conversation.id, i)));
  });
}

export function notFound(id: string): StorageError {
  return new StorageError('conversation-not-found', `No conversation with id ${id}.`);
}
