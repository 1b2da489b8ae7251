import { useEffect, useState } from 'react';

/**
 * Milliseconds from `start` to `end`, or to `now` while `running`. A stopped clock without an
 * end has no known length (an answer saved before its thinking clock was kept): null, never a
 * time that grows with each visit.
 */
export function elapsedMs(
  start: number | null,
  end: number | null,
  running: boolean,
  now: number,
): number | null {
  if (start === null) return 0;
  if (running) return Math.max(0, now - start);
  return end === null ? null : Math.max(0, end - start);
}

/**
 * `elapsedMs`, ticking once a second while `running` (a live clock shows whole seconds; a faster
 * tick would repaint the page more often while the engine needs the CPU).
 */
export function useElapsed(start: number | null, end: number | null, running: boolean) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return elapsedMs(start, end, running, now);
}
