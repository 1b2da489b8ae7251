import 'fake-indexeddb/auto';
import { selectIsAnswering } from './selectors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  assistant,
  chatMessages,
  ScriptedEngine,
  startApp,
  transcript,
  type TestApp,
} from './test-fixtures';

let engine: ScriptedEngine;
let app: TestApp;

const state = () => app.store.getState();

beforeEach(async () => {
  engine = new ScriptedEngine();
  app = startApp(engine);
  await app.ready();
});
afterEach(async () => {
  await app.dispose();
});

describe('startCompare', () => {
  it('answers one prompt in Quick, Think, Draft + refine and as Auto, and saves nothing', async () => {
    engine.answer('Quick: 4.');
    engine.answer('<think>2 and 2</think>', 'Think: 4.');
    engine.answer('Draft: 5.');
    engine.answer('<think>2 and 2 is 4, not 5</think>', 'Refined: 4.');
    engine.answer('<think>add them</think>', 'Auto: 4.');
    await state().startCompare(' 2+2? ');

    expect(state().compare?.prompt).toBe('2+2?');
    expect(state().compare?.runs.quick).toMatchObject({
      status: 'done',
      content: 'Quick: 4.',
      thinking: '',
      completionTokens: 5,
    });
    expect(state().compare?.runs.think).toMatchObject({
      status: 'done',
      content: 'Think: 4.',
      thinking: '2 and 2',
    });
    expect(state().compare?.runs.refine).toMatchObject({
      status: 'done',
      content: 'Refined: 4.',
      draft: { content: 'Draft: 5.' },
      refineOutcome: 'changed',
    });
    // Auto chose Think for arithmetic and ran it: its own request, through the same path.
    expect(state().compare?.runs.auto).toMatchObject({
      column: 'auto',
      mode: 'think',
      autoReason: 'arithmetic',
      status: 'done',
      content: 'Auto: 4.',
      thinking: 'add them',
    });
    expect(engine.requests.map((r) => r.kind === 'chat' && r.thinking)).toEqual([
      false,
      true,
      false,
      true,
      true,
    ]);
    expect(chatMessages(engine.requests[1])).toEqual([{ role: 'user', content: '2+2?' }]);
    expect(selectIsAnswering(state())).toBe(false);
    expect(state().messages).toEqual([]);
    expect(await app.storage.listConversations()).toEqual([]);
  });

  it('Stop ends the running answer and does not start the next', async () => {
    const held = engine.hold('Quick so far');
    const comparing = state().startCompare('Long one');
    await held.waiting();
    expect(selectIsAnswering(state())).toBe(true);
    state().stop();
    await comparing;

    expect(state().compare?.runs.quick).toMatchObject({
      status: 'stopped',
      content: 'Quick so far',
    });
    expect(engine.requests).toHaveLength(1);
  });

  it('Stop leaves no run waiting for a turn that never comes', async () => {
    const held = engine.hold('Quick so far');
    const comparing = state().startCompare('Long one');
    await held.waiting();
    state().stop();
    await comparing;
    expect(state().compare?.runs.think.status).toBe('stopped');
    expect(state().compare?.runs.refine.status).toBe('stopped');
    expect(state().compare?.runs.auto.status).toBe('stopped');
  });

  it('a chat message waits until the comparison is over', async () => {
    const held = engine.hold('Quick');
    const comparing = state().startCompare('Compare me');
    await held.waiting();
    await state().send('Meanwhile');
    expect(state().messages).toEqual([]);
    held.finish('.');
    engine.answer('Think.');
    engine.answer('Draft.');
    engine.answer('<think>ok</think>', 'Draft.');
    engine.answer('Auto.');
    await comparing;
    expect(engine.requests).toHaveLength(5);
  });
});

describe('keepCompareAnswer', () => {
  async function compared() {
    engine.answer('Quick: 4.');
    engine.answer('<think>2 and 2</think>', 'Think: 4.');
    engine.answer('Draft: 4.');
    engine.answer('<think>fine</think>', 'Draft: 4.');
    engine.answer('<think>add them</think>', 'Auto: 4.');
    await state().startCompare('2+2?');
  }

  it('puts a column’s answer into a new chat as the answer to the prompt, saved', async () => {
    await compared();
    expect(await state().keepCompareAnswer('think')).toBe(true);

    const [conversation] = await app.storage.listConversations();
    expect(conversation?.id).toBe(state().activeConversationId);
    expect(transcript(state().messages)).toEqual([
      'user: 2+2?',
      'assistant(think, done): [2 and 2] Think: 4.',
    ]);
    const stored = await app.storage.loadMessages(conversation?.id ?? '');
    expect(assistant(stored[1])).toMatchObject({
      mode: 'think',
      modeChoice: 'think',
      thinking: '2 and 2',
      status: 'done',
      parentId: stored[0]?.id,
    });
    // Kept once: the button's second press changes nothing.
    expect(await state().keepCompareAnswer('think')).toBe(false);
    expect(await app.storage.loadMessages(conversation?.id ?? '')).toHaveLength(2);
  });

  it('a second kept column is another version of the same turn, after the chat so far', async () => {
    engine.answer('Hello!');
    state().setModeChoice('quick');
    await state().send('hi');
    await compared();
    await state().keepCompareAnswer('quick');
    await state().keepCompareAnswer('auto');

    expect(transcript(state().messages)).toEqual([
      'user: hi',
      'assistant(quick, done): Hello!',
      'user: 2+2?',
      'assistant(think, done): [add them] Auto: 4.',
    ]);
    const shown = assistant(state().messages.at(-1));
    expect(shown).toMatchObject({ modeChoice: 'auto', mode: 'think', autoReason: 'arithmetic' });
    const question = state().messages[2]?.id;
    expect(state().threadNodes.filter((n) => n.parentId === question)).toHaveLength(2);
  });
});

describe('exportComparison', () => {
  it('writes one conversation, every answer a version of the prompt, that imports as a chat', async () => {
    engine.answer('Quick: 4.');
    engine.answer('<think>2 and 2</think>', 'Think: 4.');
    engine.answer('Draft: 4.');
    engine.answer('<think>fine</think>', 'Draft: 4.');
    engine.answer('<think>add them</think>', 'Auto: 4.');
    await state().startCompare('2+2?');

    const markdown = await state().exportComparison('markdown');
    expect(markdown).toMatch(/^# Comparison: 2\+2\?\n/);
    const headings = markdown?.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual([
      '### You',
      '### Assistant · Quick · Qwen3 0.6B',
      '### Assistant · Think · Qwen3 0.6B',
      '### Assistant · Draft + refine · Qwen3 0.6B',
      '### Assistant · Auto → Think (arithmetic) · Qwen3 0.6B',
    ]);

    const json = (await state().exportComparison('json')) ?? '';
    expect(await app.storage.importJson(json)).toMatchObject({ ok: true, imported: 1 });
    const [imported] = await app.storage.listConversations();
    const messages = await app.storage.loadMessages(imported?.id ?? '');
    expect(messages.map((m) => m.content)).toEqual([
      '2+2?',
      'Quick: 4.',
      'Think: 4.',
      'Draft: 4.',
      'Auto: 4.',
    ]);
    expect(new Set(messages.slice(1).map((m) => m.parentId))).toEqual(new Set([messages[0]?.id]));
  });
});
