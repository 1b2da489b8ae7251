// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AssistantMessage, ChatMessage, UserMessage } from '@/domain/chat/chat-types';
import { useAppStore } from '@/store';
import { MessageList } from './message-list';

// Every render of a message view is recorded by the id of the message it showed.
const renders = vi.hoisted(() => [] as string[]);

vi.mock('./assistant-message', () => ({
  AssistantMessageView: ({ message }: { message: AssistantMessage }) => {
    renders.push(message.id);
    return <p>{message.content}</p>;
  },
}));
vi.mock('./user-message', () => ({
  UserMessageView: ({ message }: { message: UserMessage }) => {
    renders.push(message.id);
    return <p>{message.content}</p>;
  },
}));

const user = (id: string): UserMessage => ({ id, role: 'user', content: id, createdAt: 0 });
const assistant = (id: string, content: string): AssistantMessage => ({
  id,
  role: 'assistant',
  content,
  thinking: '',
  thinkingDone: true,
  status: 'streaming',
  mode: 'quick',
  modeChoice: 'quick',
  autoReason: null,
  budgetReached: false,
  error: null,
  modelId: 'm',
  createdAt: 0,
  firstTokenAt: null,
  thinkingStartedAt: null,
  thinkingEndedAt: null,
  finishedAt: null,
  thinkingTokens: 0,
  completionTokens: null,
  promptTokens: null,
});

const rendersOf = (id: string) => renders.filter((r) => r === id).length;

afterEach(() => {
  cleanup();
  renders.length = 0;
});

describe('<MessageList> while an answer streams', () => {
  it('re-renders only the streaming message, not the earlier ones', () => {
    const earlier: ChatMessage[] = [user('u1'), assistant('a1', 'first answer'), user('u2')];
    act(() => {
      void useAppStore.setState({ messages: [...earlier, assistant('a2', '')] });
    });
    const view = render(<MessageList />);
    const initial = Object.fromEntries(['u1', 'a1', 'u2', 'a2'].map((id) => [id, rendersOf(id)]));

    for (const content of ['Hel', 'Hello', 'Hello, wor', 'Hello, world.']) {
      act(() => {
        void useAppStore.setState((s) => ({
          messages: s.messages.map((m) => (m.id === 'a2' ? { ...m, content } : m)),
        }));
      });
    }

    expect(view.getByText('Hello, world.')).toBeTruthy();
    expect(rendersOf('a2')).toBe((initial.a2 ?? Number.NaN) + 4);
    for (const id of ['u1', 'a1', 'u2']) expect(rendersOf(id)).toBe(initial[id]);
  });

  it('renders a message added to the conversation without re-rendering the others', () => {
    act(() => {
      void useAppStore.setState({ messages: [user('u1'), assistant('a1', 'done')] });
    });
    render(<MessageList />);
    const before = rendersOf('u1');
    act(() => {
      void useAppStore.setState((s) => ({ messages: [...s.messages, user('u2')] }));
    });
    expect(rendersOf('u2')).toBeGreaterThan(0);
    expect(rendersOf('u1')).toBe(before);
  });
});
