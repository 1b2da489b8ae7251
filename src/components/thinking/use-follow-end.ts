import { useLayoutEffect, useRef } from 'react';

/** How close to the end (px) still counts as "at the end". */
const AT_END_PX = 24;

/**
 * Keeps a scrolling box at its end while `active` and new `content` arrives, unless the reader
 * scrolled up to read something earlier.
 */
export function useFollowEnd(active: boolean, content: string) {
  const ref = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || !active) return;
    const onScroll = () => {
      atEnd.current = box.scrollHeight - box.scrollTop - box.clientHeight <= AT_END_PX;
    };
    box.addEventListener('scroll', onScroll, { passive: true });
    return () => box.removeEventListener('scroll', onScroll);
  }, [active]);
  useLayoutEffect(() => {
    const box = ref.current;
    if (box && active && atEnd.current) box.scrollTop = box.scrollHeight;
  }, [active, content]);
  return ref;
}
