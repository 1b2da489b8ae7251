import { activePath } from '@/domain/chat/versions';
import type { ConversationsExport, ExportedConversation } from './export-schema';
import type { SavedAssistantMessage, SavedMessage } from './types';

const MODE_NAMES = { quick: 'Quick', think: 'Think', refine: 'Draft + refine' } as const;
const OUTCOME_NOTES = {
  confirmed: '*Refined: confirmed the draft.*',
  changed: '*Refined: changed the answer.*',
} as const;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

/** "Think", or "Auto → Think (math-terms)" when Auto decided. */
export function modeLabel(message: SavedAssistantMessage): string {
  const mode = MODE_NAMES[message.mode];
  if (message.modeChoice !== 'auto') return mode;
  return `Auto → ${mode}${message.autoReason ? ` (${message.autoReason})` : ''}`;
}

function statusNote(message: SavedAssistantMessage): string | null {
  if (message.interrupted) return '*Interrupted: the page closed while this answer was written.*';
  if (message.status === 'stopped') return '*Stopped.*';
  if (message.status === 'streaming') return '*Unfinished.*';
  if (message.status === 'error') {
    return message.error ? `*Error (${message.error.code}): ${message.error.detail}*` : '*Error.*';
  }
  return null;
}

/** The names the app shows for the models it knows, by model id. */
export type ModelNames = Readonly<Record<string, string>>;

/** The name a reader knows a model by; a custom model that is gone is named by its file. */
function modelName(id: string, names: ModelNames): string {
  const known = names[id];
  if (known) return known;
  if (!id.startsWith('custom:')) return id;
  const path = id
    .slice('custom:'.length)
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || id;
}

function messageBlock(message: SavedMessage, names: ModelNames): string {
  if (message.role === 'user') return `### You\n\n${message.content}`;
  const model = message.modelId ? ` · ${modelName(message.modelId, names)}` : '';
  const parts = [`### Assistant · ${modeLabel(message)}${model}`];
  // A kept draft is the answer itself.
  if (message.draft?.content.trim() && !message.draftKept) {
    parts.push(
      `<details>\n<summary>Draft</summary>\n\n${message.draft.content.trim()}\n\n</details>`,
    );
  }
  if (message.thinking.trim()) {
    // Blank lines around the body let Markdown inside <details> render on GitHub and most viewers.
    parts.push(
      `<details>\n<summary>Thinking</summary>\n\n${message.thinking.trim()}\n\n</details>`,
    );
  }
  if (message.budgetReached) parts.push('*Thinking was cut at the thinking budget.*');
  if (message.content) parts.push(message.content);
  if (message.refineOutcome) parts.push(OUTCOME_NOTES[message.refineOutcome]);
  if (message.draftKept) parts.push('*Draft was confident, not refined.*');
  const note = statusNote(message);
  if (note) parts.push(note);
  return parts.join('\n\n');
}

export function conversationToMarkdown(
  conversation: ExportedConversation,
  names: ModelNames = {},
): string {
  const header = `# ${conversation.title.replace(/\s+/gu, ' ')}\n\n*${isoDate(conversation.createdAt)}*`;
  // A reader's copy: the branch of versions shown; the JSON export keeps every version.
  const shown = activePath(conversation.messages, conversation.activeLeafId);
  const blocks = shown.map((message) => messageBlock(message, names));
  return [header, ...blocks].join('\n\n') + '\n';
}

/**
 * A comparison (one prompt answered in several modes, each answer a version of the same turn):
 * the prompt once, then every answer in order, where a conversation shows only one branch.
 */
export function comparisonToMarkdown(
  comparison: ExportedConversation,
  names: ModelNames = {},
): string {
  const header = `# ${comparison.title.replace(/\s+/gu, ' ')}\n\n*${isoDate(comparison.createdAt)}*`;
  const blocks = comparison.messages.map((message) => messageBlock(message, names));
  return [header, ...blocks].join('\n\n') + '\n';
}

/** One document: each conversation under its own heading, separated by rules. */
export function toMarkdown(data: ConversationsExport, names: ModelNames = {}): string {
  return data.conversations.map((c) => conversationToMarkdown(c, names)).join('\n---\n\n');
}
