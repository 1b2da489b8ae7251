import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { messageSchema, type ConversationsExport } from './export-schema';
import { createStorage, type ChatStorage } from './storage';
import { assistantMessage, freshStorage, userMessage, type TestStorage } from './test-fixtures';
import type { UserMessage } from '@/domain/chat/chat-types';
import type { SavedAssistantMessage, SavedMessage } from './types';

let source: TestStorage;
let target: TestStorage;
beforeEach(() => {
  source = freshStorage();
  target = freshStorage();
});
afterEach(async () => {
  await source.dispose();
  await target.dispose();
});

async function seed(storage: ChatStorage) {
  const maths = await storage.createConversation('Maths ✨ homework');
  await storage.saveMessage(maths.id, userMessage('What is 17 × 23?'));
  await storage.saveMessage(
    maths.id,
    assistantMessage('**391**', {
      thinking: '17 × 20 = 340, 17 × 3 = 51, total 391.',
      mode: 'think',
      modeChoice: 'auto',
      autoReason: 'arithmetic',
      thinkingStartedAt: 2_000,
      thinkingEndedAt: 2_500,
      thinkingTokens: 25,
    }),
  );
  await storage.saveMessage(
    maths.id,
    assistantMessage('', {
      status: 'error',
      modeChoice: 'think',
      mode: 'think',
      autoReason: null,
      error: { code: 'out-of-memory', detail: 'Array buffer allocation failed' },
      completionTokens: null,
      promptTokens: null,
    }),
  );
  await storage.renameConversation(maths.id, 'Arithmetic');

  const story = await storage.createConversation('A story');
  await storage.saveMessage(story.id, userMessage('Tell me a story\nabout a fox'));
  await storage.saveMessage(
    story.id,
    assistantMessage('Once upon a time', { status: 'stopped', budgetReached: true }),
  );
  return { maths, story };
}

/** Everything in a database, in export form. */
async function contents(storage: ChatStorage) {
  return (await storage.exportConversations()).conversations;
}

describe('export', () => {
  it('writes the documented header and every conversation by recency', async () => {
    const { maths, story } = await seed(source.storage);
    const data = JSON.parse(await source.storage.exportJson()) as ConversationsExport;
    expect(data).toMatchObject({ format: 'mindswitch.conversations', version: 2 });
    expect(new Date(data.exportedAt).toISOString()).toBe(data.exportedAt);
    expect(data.conversations.map((c) => c.id)).toEqual([story.id, maths.id]);
    expect(data.conversations[1]?.messages).toHaveLength(3);
  });

  it('exports only the chosen conversations', async () => {
    const { maths } = await seed(source.storage);
    const data = await source.storage.exportConversations([maths.id, 'unknown']);
    expect(data.conversations.map((c) => c.title)).toEqual(['Arithmetic']);
  });

  it('marks a streaming answer as interrupted in the file', async () => {
    const { storage } = source;
    const { id } = await storage.createConversation('live');
    await storage.saveMessage(id, assistantMessage('half', { status: 'streaming' }));
    const [conversation] = (await storage.exportConversations()).conversations;
    expect(conversation?.messages[0]).toMatchObject({ status: 'stopped', interrupted: true });
  });

  it('writes Markdown with headings, roles, thinking in <details> and mode info', async () => {
    await seed(source.storage);
    const md = await source.storage.exportMarkdown();
    expect(md).toContain('# Arithmetic\n');
    expect(md).toContain('# A story\n');
    expect(md).toContain('### You\n\nWhat is 17 × 23?');
    expect(md).toContain('### Assistant · Auto → Think (arithmetic) · Qwen3-0.6B');
    expect(md).toContain(
      '<details>\n<summary>Thinking</summary>\n\n17 × 20 = 340, 17 × 3 = 51, total 391.\n\n</details>\n\n**391**',
    );
    expect(md).toContain('*Error (out-of-memory): Array buffer allocation failed*');
    expect(md).toContain('*Thinking was cut at the thinking budget.*');
    expect(md).toContain('*Stopped.*');
    expect(md).toContain('\n---\n');
  });
});

describe('import', () => {
  it('keeps answer versions and the branch shown through export and import', async () => {
    const { id } = await source.storage.createConversation('versions');
    const question = userMessage('2+2?');
    const first = assistantMessage('Four.');
    const follow = userMessage('and 3+3?');
    const second = { ...assistantMessage('4'), parentId: question.id };
    for (const m of [question, first, follow, second]) await source.storage.saveMessage(id, m);
    await source.storage.setActiveLeaf(id, follow.id);
    const file = await source.storage.exportJson();
    // Taken ids force new ones on import: the links must follow them.
    await target.storage.saveMessage((await target.storage.createConversation('x')).id, question);

    expect(await target.storage.importJson(file)).toMatchObject({ ok: true, imported: 1 });
    const [imported] = await contents(target.storage);
    const byContent = new Map(imported?.messages.map((m) => [m.content, m]));
    expect(byContent.get('4')?.parentId).toBe(byContent.get('2+2?')?.id);
    expect(byContent.get('and 3+3?')?.parentId).toBe(byContent.get('Four.')?.id);
    expect(imported?.activeLeafId).toBe(byContent.get('and 3+3?')?.id);
  });

  it('round-trips exactly: export, import elsewhere, export again', async () => {
    await seed(source.storage);
    const { id } = await source.storage.createConversation('cut short');
    await source.storage.saveMessage(id, assistantMessage('half', { status: 'streaming' }));
    const exported = await source.storage.exportJson();

    const result = await target.storage.importJson(exported);
    expect(result).toEqual({ ok: true, imported: 3, skippedDuplicates: 0, importedAsCopies: 0 });
    expect(await contents(target.storage)).toStrictEqual(await contents(source.storage));
    expect(await target.storage.listConversations()).toStrictEqual(
      await source.storage.listConversations(),
    );
    // Imported answers are searchable like any other.
    expect(await target.storage.searchMessages('fox')).toHaveLength(1);
  });

  it('refuses a file that is not JSON and changes nothing', async () => {
    await seed(target.storage);
    const before = await contents(target.storage);
    const result = await target.storage.importJson('{"format": "mindswitch.conversations", ');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-json', message: expect.stringContaining('not valid JSON') },
    });
    expect(await contents(target.storage)).toStrictEqual(before);
  });

  it.each([
    ['a package.json', '{"name": "left-pad", "version": "1.3.0"}'],
    ['an array', '[1, 2, 3]'],
    ['another format', '{"format": "other.app", "version": 1, "conversations": []}'],
    ['a bare string', '"hello"'],
  ])('refuses %s as foreign', async (_label, text) => {
    await seed(target.storage);
    const before = await contents(target.storage);
    const result = await target.storage.importJson(text);
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-mindswitch', message: 'This file is not a MindSwitch export.' },
    });
    expect(await contents(target.storage)).toStrictEqual(before);
  });

  it('refuses an export from a newer version', async () => {
    await seed(source.storage);
    const data = await source.storage.exportConversations();
    const result = await target.storage.importJson(JSON.stringify({ ...data, version: 3 }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'newer-version', message: expect.stringContaining('newer version') },
    });
    expect(await contents(target.storage)).toEqual([]);
  });

  it('refuses a damaged export as a whole, even when its first conversation is fine', async () => {
    await seed(source.storage);
    const data = await source.storage.exportConversations();
    const broken = structuredClone(data);
    const lastMessage = broken.conversations[1]?.messages[0];
    if (lastMessage) Reflect.deleteProperty(lastMessage, 'content');
    const result = await target.storage.importJson(JSON.stringify(broken));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'damaged', detail: expect.stringContaining('conversations.1.messages.0') },
    });
    expect(await contents(target.storage)).toEqual([]);
  });

  it('skips conversations it already has', async () => {
    await seed(source.storage);
    const exported = await source.storage.exportJson();
    const before = await contents(source.storage);
    expect(await source.storage.importJson(exported)).toEqual({
      ok: true,
      imported: 0,
      skippedDuplicates: 2,
      importedAsCopies: 0,
    });
    expect(await contents(source.storage)).toStrictEqual(before);
  });

  it('imports a changed conversation with a taken id as a copy, once', async () => {
    const { maths, story } = await seed(source.storage);
    const exported = await source.storage.exportJson();
    // The local conversation moves on after the export.
    await source.storage.saveMessage(story.id, userMessage('And then?'));
    const localStory = await source.storage.loadMessages(story.id);

    const result = await source.storage.importJson(exported);
    expect(result).toEqual({ ok: true, imported: 1, skippedDuplicates: 1, importedAsCopies: 1 });
    const list = await source.storage.listConversations();
    expect(list).toHaveLength(3);
    const copy = list.find((c) => c.id !== story.id && c.id !== maths.id);
    expect(copy?.id.startsWith(`${story.id}-copy-`)).toBe(true);
    expect(copy?.title).toBe('A story');
    // The original is untouched; the copy has the exported messages under new ids.
    expect(await source.storage.loadMessages(story.id)).toStrictEqual(localStory);
    const copied = await source.storage.loadMessages(copy?.id ?? '');
    expect(copied.map((m) => m.content)).toEqual([
      'Tell me a story\nabout a fox',
      'Once upon a time',
    ]);
    expect(copied.some((m) => localStory.some((l) => l.id === m.id))).toBe(false);

    expect(await source.storage.importJson(exported)).toEqual({
      ok: true,
      imported: 0,
      skippedDuplicates: 2,
      importedAsCopies: 0,
    });
  });

  it('gives a new id to an imported message whose id is taken elsewhere', async () => {
    const { storage } = target;
    const local = await storage.createConversation('local');
    const taken = userMessage('local message');
    await storage.saveMessage(local.id, taken);
    const file: ConversationsExport = {
      format: 'mindswitch.conversations',
      version: 1,
      exportedAt: new Date(0).toISOString(),
      conversations: [
        {
          id: 'incoming',
          title: 'Incoming',
          createdAt: 1,
          updatedAt: 2,
          titleEditedByUser: false,
          messages: [{ ...taken, content: 'incoming message' }],
        },
      ],
    };
    expect(await storage.importJson(JSON.stringify(file))).toMatchObject({ ok: true, imported: 1 });
    expect(await storage.loadMessages(local.id)).toStrictEqual([{ ...taken, parentId: null }]);
    const [incoming] = await storage.loadMessages('incoming');
    expect(incoming?.content).toBe('incoming message');
    expect(incoming?.id).not.toBe(taken.id);
  });

  it('writes all or nothing: a failure mid-import leaves no partial data', async () => {
    const local = await target.storage.createConversation('local');
    const taken = userMessage('local');
    await target.storage.saveMessage(local.id, taken);
    const before = await contents(target.storage);
    const file: ConversationsExport = {
      format: 'mindswitch.conversations',
      version: 1,
      exportedAt: new Date(0).toISOString(),
      conversations: [
        {
          id: 'fine',
          title: 'Fine',
          createdAt: 1,
          updatedAt: 1,
          titleEditedByUser: false,
          messages: [],
        },
        // Its message id is taken, so it needs a new id, and making ids fails here.
        {
          id: 'clash',
          title: 'Clash',
          createdAt: 1,
          updatedAt: 1,
          titleEditedByUser: false,
          messages: [taken],
        },
      ],
    };
    target.storage.close();
    const failing = createStorage({
      name: target.name,
      newId: () => {
        throw new Error('no more ids');
      },
    });
    await expect(failing.importJson(JSON.stringify(file))).rejects.toThrow('no more ids');
    failing.close();
    expect(await contents(target.reopen())).toStrictEqual(before);
  });

  it('tolerates codes this version does not know and drops unknown fields', async () => {
    await seed(source.storage);
    const data = structuredClone(await source.storage.exportConversations());
    const message = data.conversations[1]?.messages[2];
    if (message?.role !== 'assistant') throw new Error('fixture changed');
    Object.assign(message, {
      error: { code: 'gpu-on-fire', detail: 'x' },
      autoReason: 'brand-new-reason',
      futureField: 1,
    });
    expect(await target.storage.importJson(JSON.stringify(data))).toMatchObject({ ok: true });
    const [, conversation] = await contents(target.storage);
    const imported = conversation?.messages[2];
    expect(imported).toMatchObject({
      error: { code: 'engine-crashed', detail: 'x' },
      autoReason: null,
    });
    expect(imported).not.toHaveProperty('futureField');
  });

  it('carries a kept draft, its confidence and its note through export and import', async () => {
    const { id } = await source.storage.createConversation('Kept draft');
    await source.storage.saveMessage(id, userMessage('What is 17 × 23?'));
    const draft = { content: '391', firstTokenAt: 1, finishedAt: 2, completionTokens: 2 };
    const kept = { draft: { ...draft, confidence: 0.97 }, draftKept: { confidence: 0.97 } };
    await source.storage.saveMessage(id, assistantMessage('391', { mode: 'refine', ...kept }));
    // Saved before drafts had a confidence: still imports, without one.
    await source.storage.saveMessage(id, assistantMessage('391', { mode: 'refine', draft }));
    const file = await source.storage.exportJson();
    expect(await target.storage.importJson(file)).toMatchObject({ ok: true });
    const [conversation] = await contents(target.storage);
    expect(conversation?.messages[1]).toMatchObject(kept);
    expect(conversation?.messages[2]).toMatchObject({ draft });
    expect(conversation?.messages[2]).not.toHaveProperty('draftKept');
  });

  it('validates messages to exactly the stored message type', () => {
    type Parsed = z.output<typeof messageSchema>;
    // Flattened, because expectTypeOf tells an intersection from the same fields written out.
    type Flat<T> = { [K in keyof T]: T[K] };
    expectTypeOf<Extract<Parsed, { role: 'user' }>>().toEqualTypeOf<UserMessage>();
    expectTypeOf<Flat<Extract<Parsed, { role: 'assistant' }>>>().toEqualTypeOf<
      Flat<SavedAssistantMessage>
    >();
    expectTypeOf<Parsed>().toExtend<SavedMessage>();
    expectTypeOf<SavedMessage>().toExtend<Parsed>();
  });
});
