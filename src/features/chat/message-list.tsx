import { useEffect, useRef } from 'react';
import { useAppStore } from '@/store';
import { MessageItem } from './message-item';
import { StreamAnnouncer } from './stream-announcer';

export function MessageList() {
  const messages = useAppStore((s) => s.messages);
  const endRef = useRef<HTMLDivElement>(null);
  const lastLength = messages.at(-1)?.content.length ?? 0;

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [messages.length, lastLength]);

  return (
    <div role="log" aria-label="Conversation" className="flex flex-col gap-5">
      {messages.map((m) => (
        <MessageItem key={m.id} message={m} />
      ))}
      <StreamAnnouncer />
      <div ref={endRef} />
    </div>
  );
}
