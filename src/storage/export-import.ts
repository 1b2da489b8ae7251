import { withParents } from '@/domain/chat/versions';
import type { StorageContext } from './context';
import { messagesOf, type MindSwitchDb } from './db';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportHeaderSchema,
  exportSchema,
  type ConversationsExport,
  type ExportedConversation,
} from './export-schema';
import { IMPORT_ERROR_TEXT, type ImportErrorCode } from './import-errors';
import { comparisonToMarkdown, toMarkdown, type ModelNames } from './markdown';
import { fromRecord, markInterrupted, toRecord } from './message-records';
import type { Conversation } from './types';

const NO_LIVE_STREAMS: ReadonlySet<string> = new Set();

async function exportedConversation(
  db: MindSwitchDb,
  conversation: Conversation,
): Promise<ExportedConversation> {
  const records = await messagesOf(db, conversation.id).toArray();
  return {
    id: conversation.id,
    title: conversation.title,
    createdAt: conversation.createdAt,
    updatedAt: conversation.updatedAt,
    titleEditedByUser: conversation.titleEditedByUser,
    ...(conversation.activeLeafId && { activeLeafId: conversation.activeLeafId }),
    // A file never gets the rest of a streaming answer, so it says so.
    messages: records.map((r) => markInterrupted(fromRecord(r), NO_LIVE_STREAMS)),
  };
}

/** The given conversations (in that order; unknown ids are left out), or all by recency. */
export async function exportConversations(
  ctx: StorageContext,
  ids?: readonly string[],
): Promise<ConversationsExport> {
  const { db } = ctx;
  const conversations = await db.transaction('r', db.conversations, db.messages, async () => {
    const selected = ids
      ? (await db.conversations.bulkGet([...ids])).filter((c) => c !== undefined)
      : await db.conversations.orderBy('updatedAt').reverse().toArray();
    const exported: ExportedConversation[] = [];
    for (const conversation of selected)
      exported.push(await exportedConversation(db, conversation));
    return exported;
  });
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(ctx.now()).toISOString(),
    conversations,
  };
}

export async function exportJson(ctx: StorageContext, ids?: readonly string[]): Promise<string> {
  return JSON.stringify(await exportConversations(ctx, ids), null, 2) + '\n';
}

export async function exportMarkdown(
  ctx: StorageContext,
  ids?: readonly string[],
  modelNames?: ModelNames,
): Promise<string> {
  return toMarkdown(await exportConversations(ctx, ids), modelNames);
}

/** A comparison as a file: JSON in the conversations format (it imports as a chat), or Markdown. */
export function exportComparison(
  ctx: StorageContext,
  comparison: ExportedConversation,
  format: 'json' | 'markdown',
  modelNames?: ModelNames,
): string {
  if (format === 'markdown') return comparisonToMarkdown(comparison, modelNames);
  const data: ConversationsExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(ctx.now()).toISOString(),
    conversations: [comparison],
  };
  return JSON.stringify(data, null, 2) + '\n';
}

export interface ImportError {
  code: ImportErrorCode;
  /** A sentence for the user (English; the UI may translate by `code`). */
  message: string;
  /** For the curious: what exactly did not fit. */
  detail?: string;
}

export type ParseResult =
  { ok: true; data: ConversationsExport } | { ok: false; error: ImportError };

export type ImportResult =
  | {
      ok: true;
      /** Conversations written, copies included. */
      imported: number;
      /** Conversations already here with the same content; not written again. */
      skippedDuplicates: number;
      /** Of `imported`: same id as a conversation here whose content differs, written as a copy. */
      importedAsCopies: number;
    }
  | { ok: false; error: ImportError };

function failure(code: ImportErrorCode, detail?: string): { ok: false; error: ImportError } {
  return {
    ok: false,
    error: { code, message: IMPORT_ERROR_TEXT[code], ...(detail ? { detail } : {}) },
  };
}

/** Validates an export file's text; nothing is written. */
export function parseExport(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return failure('invalid-json', err instanceof Error ? err.message : undefined);
  }
  const header = exportHeaderSchema.safeParse(json);
  if (!header.success || header.data.format !== EXPORT_FORMAT) return failure('not-mindswitch');
  if (header.data.version > EXPORT_VERSION) {
    return failure(
      'newer-version',
      `File version ${header.data.version}, this app reads ${EXPORT_VERSION}.`,
    );
  }
  const parsed = exportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : undefined;
    return failure('damaged', detail);
  }
  const data: ConversationsExport = parsed.data;
  return { ok: true, data };
}

/** JSON with sorted keys and no undefined, so equal content always gives the same string. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/** Everything but the ids: two conversations with the same key hold the same chat. */
function contentKey(conversation: ExportedConversation): string {
  const { title, createdAt, updatedAt, titleEditedByUser, messages } = conversation;
  // Links between messages by place, not by id, so a copy with new ids has the same key.
  const places = new Map(messages.map((m, i) => [m.id, i]));
  const placeOf = (messageId: string | null | undefined) =>
    messageId ? (places.get(messageId) ?? null) : null;
  return canonicalJson({
    title,
    createdAt,
    updatedAt,
    titleEditedByUser,
    activeLeaf: placeOf(conversation.activeLeafId),
    messages: messages.map((m) => ({ ...m, id: undefined, parentId: placeOf(m.parentId) })),
  });
}

/** cyrb53: a fast 53-bit string hash, plenty to tell conversations apart (not for security). */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The messages with new ids (`rename`), still linked to each other. */
function renamed(
  conversation: ExportedConversation,
  rename: (id: string) => string,
): Pick<ExportedConversation, 'messages' | 'activeLeafId'> {
  const relink = (id: string | null | undefined) => (id ? rename(id) : id);
  return {
    messages: conversation.messages.map((m) => ({
      ...m,
      id: rename(m.id),
      parentId: relink(m.parentId),
    })),
    ...(conversation.activeLeafId && { activeLeafId: rename(conversation.activeLeafId) }),
  };
}

interface Incoming {
  conversation: ExportedConversation;
  key: string;
  copySuffix: string;
}

/**
 * Imports an export file, all or nothing (one transaction). A conversation already here with the
 * same content (ids aside) is skipped. One whose id is taken by a different conversation is
 * written as a copy whose ids get a suffix derived from its content, so importing the same file
 * again skips the copy instead of making another. Existing data is never changed.
 */
export async function importJson(ctx: StorageContext, text: string): Promise<ImportResult> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  // Hashing happens before the transaction: only IndexedDB work may be awaited inside it.
  const incoming: Incoming[] = parsed.data.conversations.map((raw) => {
    const conversation = {
      ...raw,
      messages: withParents(raw.messages).map((m) => markInterrupted(m, NO_LIVE_STREAMS)),
    };
    const key = contentKey(conversation);
    return { conversation, key, copySuffix: `-copy-${hash(key)}` };
  });

  const { db } = ctx;
  return db.transaction('rw', db.conversations, db.messages, async (): Promise<ImportResult> => {
    let imported = 0;
    const usedMessageIds = new Set<string>();
    let skippedDuplicates = 0;
    let importedAsCopies = 0;
    const sameContent = async (id: string, key: string): Promise<boolean | null> => {
      const existing = await db.conversations.get(id);
      if (!existing) return null;
      return contentKey(await exportedConversation(db, existing)) === key;
    };

    for (const { conversation, key, copySuffix } of incoming) {
      let target = conversation;
      const original = await sameContent(conversation.id, key);
      if (original === true) {
        skippedDuplicates += 1;
        continue;
      }
      if (original === false) {
        const copy = await sameContent(conversation.id + copySuffix, key);
        if (copy === true) {
          skippedDuplicates += 1;
          continue;
        }
        target = {
          ...conversation,
          id: copy === null ? conversation.id + copySuffix : ctx.newId(),
          ...renamed(conversation, (messageId) => messageId + copySuffix),
        };
        importedAsCopies += 1;
      }
      // A message id is global: one already taken (here or earlier in the file) gets a fresh id.
      const taken = await db.messages.bulkGet(target.messages.map((m) => m.id));
      const fresh = new Map<string, string>();
      target.messages.forEach((m, i) => {
        const id = taken[i] || usedMessageIds.has(m.id) ? ctx.newId() : m.id;
        if (id !== m.id) fresh.set(m.id, id);
        usedMessageIds.add(id);
      });
      const { messages, activeLeafId } = renamed(target, (id) => fresh.get(id) ?? id);
      await db.conversations.add({
        id: target.id,
        title: target.title,
        createdAt: target.createdAt,
        updatedAt: target.updatedAt,
        titleEditedByUser: target.titleEditedByUser,
        ...(activeLeafId && { activeLeafId }),
      });
      await db.messages.bulkAdd(messages.map((m, i) => toRecord(m, target.id, i)));
      imported += 1;
    }
    return { ok: true, imported, skippedDuplicates, importedAsCopies };
  });
}
