import { StorageError, type StorageContext } from './context';
import { notFound } from './conversations';
import { messagesOf } from './db';
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
    if (existing) {
      const kept = { ...message, parentId: message.parentId ?? existing.parentId ?? null };
      await db.messages.put(toRecord(kept, conversationId, existing.position));
      await db.conversations.update(conversationId, { updatedAt: ctx.now() });
      return;
    }
    // A new message follows the one before it unless it says otherwise, and ends the branch shown.
    const last = await messagesOf(db, conversationId).last();
    const linked = {
      ...message,
      parentId: message.parentId === undefined ? (last?.id ?? null) : message.parentId,
    };
    await db.messages.put(toRecord(linked, conversationId, last ? last.position + 1 : 0));
    await db.conversations.update(conversationId, {
      updatedAt: ctx.now(),
      activeLeafId: undefined,
    });
  });
  trackStream(ctx, message);
}

/** Everything needed to undo deleting one message; hand it back to `restoreMessage`. */
export interface MessageSnapshot {
  conversationId: string;
  message: SavedMessage;
  position: number;
  /** The messages that followed it; they follow its parent while it is gone. */
  childIds: string[];
  /** The conversation's shown branch ended at this message. */
  wasActiveLeaf: boolean;
}

/**
 * Deletes one message. The turns after it stay: they now follow the message before it. Returns
 * what `restoreMessage` needs to undo, or null if there was no such message.
 */
export async function deleteMessage(
  ctx: StorageContext,
  messageId: string,
): Promise<MessageSnapshot | null> {
  const { db } = ctx;
  return db.transaction('rw', db.conversations, db.messages, async () => {
    const existing = await db.messages.get(messageId);
    if (!existing) return null;
    const { conversationId, position } = existing;
    const parentId = existing.parentId ?? null;
    const children = await messagesOf(db, conversationId)
      .filter((m) => m.parentId === messageId)
      .toArray();
    await db.messages.bulkPut(children.map((child) => ({ ...child, parentId })));
    await db.messages.delete(messageId);
    ctx.liveStreams.delete(messageId);
    const conversation = await db.conversations.get(conversationId);
    const wasActiveLeaf = conversation?.activeLeafId === messageId;
    if (wasActiveLeaf) {
      await db.conversations.update(conversationId, { activeLeafId: parentId ?? undefined });
    }
    const message = fromRecord(existing);
    const childIds = children.map((c) => c.id);
    return { conversationId, message, position, childIds, wasActiveLeaf };
  });
}

/** Undo of `deleteMessage`: the message comes back in its place, its turns follow it again. */
export async function restoreMessage(ctx: StorageContext, snapshot: MessageSnapshot) {
  const { db } = ctx;
  const { conversationId, message, position, childIds, wasActiveLeaf } = snapshot;
  await db.transaction('rw', db.conversations, db.messages, async () => {
    if (!(await db.conversations.get(conversationId))) throw notFound(conversationId);
    await db.messages.put(toRecord(message, conversationId, position));
    const children = await db.messages.bulkGet(childIds);
    const relinked = children
      .filter((c) => c !== undefined)
      .map((c) => ({ ...c, parentId: message.id }));
    await db.messages.bulkPut(relinked);
    if (wasActiveLeaf) await db.conversations.update(conversationId, { activeLeafId: message.id });
  });
}

/** Shows the branch of versions that ends at `leafId` when the conversation is opened. */
export async function setActiveLeaf(ctx: StorageContext, conversationId: string, leafId: string) {
  const updated = await ctx.db.conversations.update(conversationId, { activeLeafId: leafId });
  if (!updated) throw notFound(conversationId);
}
