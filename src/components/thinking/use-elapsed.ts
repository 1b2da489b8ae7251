import { useEffect, useState } from 'react';

/** Milliseconds since `start`, ticking while `running`; the final value once stopped. */
export function useElapsed(start: number | null, end: number | null, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [running]);
  if (start === null) return 0;
  return Math.max(0, (end ?? now) - start);
}
