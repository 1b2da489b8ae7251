import { useAppStore } from '@/store';

/** Tells screen readers about phase changes only (thinking, answering, done), never each token. */
export function StreamAnnouncer() {
  const phase = useAppStore((s) => {
    const last = s.messages.at(-1);
    if (last?.role !== 'assistant') return '';
    if (last.status === 'streaming') {
      if (last.thinkingStartedAt !== null && !last.thinkingDone) return 'Thinking…';
      return last.content ? 'Writing the answer…' : 'Starting…';
    }
    if (last.status === 'done') return 'Answer complete.';
    if (last.status === 'stopped') return 'Stopped.';
    return 'The answer failed.';
  });
  return (
    <p aria-live="polite" className="sr-only">
      {phase}
    </p>
  );
}
