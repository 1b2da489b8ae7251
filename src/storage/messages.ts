import { StorageError, type StorageContext } from './context';
import { notFound } from './conversations';
import { messagesOf, type MindSwitchDb } from './db';
import { fromRecord, markInterrupted, toRecord } from './message-records';
import type { SavedMessage } from './types';

/** The messages of a conversation in order; leftovers of a closed tab come back interrupted. */
export async function loadMessages(
  ctx: StorageContext,
  conversationId: string,
): Promise<SavedMessage[]> {
  const records = await messagesOf(ctx.db, conversationId).toArray();
  return records.map((record) => markInterrupted(fromRecord(record), ctx.liveStreams));
}

async function nextPosition(db: MindSwitchDb, conversationId: string): Promise<number> {
  const last = await messagesOf(db, conversationId).last();
  return last ? last.position + 1 : 0;
}

function trackStream(ctx: StorageContext, message: SavedMessage): void {
  if (message.role === 'assistant' && message.status === 'streaming') {
    ctx.liveStreams.add(message.id);
  } else {
    ctx.liveStreams.delete(message.id);
  }
}

/**
 * Inserts or updates one message (same id: same place in the conversation). Meant to be called
 * as often as a throttled stream likes: a partial answer saved as 'streaming' survives a reload.
 * Throws `conversation-not-found` if the conversation is gone (say, deleted mid-stream), so a
 * late save cannot bring back orphan messages.
 */
export async function saveMessage(
  ctx: StorageContext,
  conversationId: string,
  message: SavedMessage,
): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.conversations, db.messages, async () => {
    const conversation = await db.conversations.get(conversationId);
    if (!conversation) throw notFound(conversationId);
    const existing = await db.messages.get(message.id);
    if (existing && existing.conversationId !== conversationId) {
      throw new StorageError(
        'message-not-found',
        `Message ${message.id} belongs to another conversation.`,
      );
    }
    const position = existing ? existing.position : await nextPosition(db, conversationId);
    await db.messages.put(toRecord(message, conversationId, position));
    await db.conversations.update(conversationId, { updatedAt: ctx.now() });
  });
  trackStream(ctx, message);
}

/**
 * Edit-and-resend: removes `messageId` and every later message of the conversation, then appends
 * `newMessages` in their place, all at once.
 */
export async function replaceMessagesFrom(
  ctx: StorageContext,
  conversationId: string,
  messageId: string,
  newMessages: readonly SavedMessage[],
): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.conversations, db.messages, async () => {
    const conversation = await db.conversations.get(conversationId);
    if (!conversation) throw notFound(conversationId);
    const from = await db.messages.get(messageId);
    if (!from || from.conversationId !== conversationId) {
      throw new StorageError('message-not-found', `No message ${messageId} in this conversation.`);
    }
    const removed = await messagesOf(db, conversationId, from.position).toArray();
    await db.messages.bulkDelete(removed.map((m) => m.id));
    for (const m of removed) ctx.liveStreams.delete(m.id);
    await db.messages.bulkPut(
      newMessages.map((m, i) => toRecord(m, conversationId, from.position + i)),
    );
    await db.conversations.update(conversationId, { updatedAt: ctx.now() });
  });
  for (const m of newMessages) trackStream(ctx, m);
}

/** True if a message was deleted. */
export async function deleteMessage(ctx: StorageContext, messageId: string): Promise<boolean> {
  const { db } = ctx;
  return db.transaction('rw', db.messages, async () => {
    const existing = await db.messages.get(messageId);
    if (!existing) return false;
    await db.messages.delete(messageId);
    ctx.liveStreams.delete(messageId);
    return true;
  });
}
