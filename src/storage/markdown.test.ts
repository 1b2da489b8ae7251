import { describe, expect, it } from 'vitest';
import type { ExportedConversation } from './export-schema';
import { conversationToMarkdown } from './markdown';

const answer = (modelId: string) => ({
  id: 'a',
  role: 'assistant' as const,
  content: 'Hi.',
  thinking: '',
  thinkingDone: true,
  status: 'done' as const,
  mode: 'quick' as const,
  modeChoice: 'quick' as const,
  autoReason: null,
  budgetReached: false,
  error: null,
  modelId,
  createdAt: 1,
  firstTokenAt: 2,
  thinkingStartedAt: null,
  thinkingEndedAt: null,
  finishedAt: 3,
  thinkingTokens: 0,
  completionTokens: 2,
  promptTokens: 5,
});

const conversation = (modelId: string): ExportedConversation => ({
  id: 'c',
  title: 'Greeting',
  createdAt: 0,
  updatedAt: 3,
  titleEditedByUser: false,
  messages: [answer(modelId)],
});

describe('Markdown export model names', () => {
  const url = 'custom:https://example.org/models/my%20model.gguf';

  it('names a custom model by the name the user gave it, not its URL', () => {
    const md = conversationToMarkdown(conversation(url), { [url]: 'My fine-tune' });
    expect(md).toContain('### Assistant · Quick · My fine-tune');
    expect(md).not.toContain('https://');
  });

  it('names a custom model that was removed by its file name', () => {
    expect(conversationToMarkdown(conversation(url))).toContain('· Quick · my model.gguf');
  });

  it('keeps a built-in model id when no name is known', () => {
    expect(conversationToMarkdown(conversation('Qwen3-0.6B-q4f32_1-MLC'))).toContain(
      '· Quick · Qwen3-0.6B-q4f32_1-MLC',
    );
  });
});

describe('Markdown export of Draft + refine', () => {
  const draft = { content: 'Hi.', firstTokenAt: 2, finishedAt: 3, completionTokens: 2 };

  it('shows a kept draft once, as the answer, with its note', () => {
    const kept = {
      ...answer('m'),
      mode: 'refine' as const,
      draft,
      draftKept: { confidence: 0.97 },
    };
    const md = conversationToMarkdown({ ...conversation('m'), messages: [kept] });
    expect(md).not.toContain('<summary>Draft</summary>');
    expect(md).toContain('Hi.\n\n*Draft was confident, not refined.*');
  });

  it('keeps a refined answer’s draft readable', () => {
    const refined = {
      ...answer('m'),
      mode: 'refine' as const,
      draft,
      refineOutcome: 'confirmed' as const,
    };
    const md = conversationToMarkdown({ ...conversation('m'), messages: [refined] });
    expect(md).toContain('<summary>Draft</summary>');
    expect(md).not.toContain('Draft was confident');
  });
});
