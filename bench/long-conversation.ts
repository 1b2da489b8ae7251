// A conversation of 50 earlier messages with code, maths and thinking, as an export file the app
// imports like a user would: the long-conversation bench streams the 51st message into it.
import { syntheticAnswer, SYNTHETIC_THINKING } from '../src/engine/synthetic/synthetic-answer';
import type { ConversationsExport } from '../src/storage/export-schema';
import type { SavedMessage } from '../src/storage/types';

export const LONG_CONVERSATION_TITLE = 'Long bench conversation';
export const EARLIER_MESSAGES = 50;

export function longConversationExport(): ConversationsExport {
  const start = Date.UTC(2026, 0, 1);
  const messages: SavedMessage[] = [];
  for (let turn = 0; turn < EARLIER_MESSAGES / 2; turn += 1) {
    const at = start + turn * 60_000;
    messages.push({
      id: `bench-user-${turn}`,
      role: 'user',
      content: `Question ${turn + 1}: explain step ${turn + 1} with code and the maths behind it.`,
      createdAt: at,
    });
    // Every answer differs (a different cut of the synthetic answer) so no two render alike.
    const text = syntheticAnswer(1_500 + turn * 40).slice(turn * 20);
    messages.push({
      id: `bench-assistant-${turn}`,
      role: 'assistant',
      content: text,
      thinking: `${SYNTHETIC_THINKING} (turn ${turn + 1})`,
      thinkingDone: true,
      status: 'done',
      mode: 'think',
      modeChoice: 'think',
      autoReason: null,
      budgetReached: false,
      error: null,
      modelId: 'custom:bench',
      createdAt: at + 1_000,
      firstTokenAt: at + 1_200,
      thinkingStartedAt: at + 1_200,
      thinkingEndedAt: at + 3_000,
      finishedAt: at + 9_000,
      thinkingTokens: 60,
      completionTokens: Math.round(text.length / 4),
      promptTokens: 40,
    });
  }
  return {
    format: 'mindswitch.conversations',
    version: 1,
    exportedAt: new Date(start).toISOString(),
    conversations: [
      {
        id: 'bench-long-conversation',
        title: LONG_CONVERSATION_TITLE,
        createdAt: start,
        updatedAt: start + EARLIER_MESSAGES * 60_000,
        titleEditedByUser: true,
        messages,
      },
    ],
  };
}
