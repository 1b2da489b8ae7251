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
  /** Where this hook last scrolled the box to; null once the reader scrolled away from it. */
  const followedTop = useRef<number | null>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || !active) return;
    const onScroll = () => {
      const fromBottom = box.scrollHeight - box.scrollTop - box.clientHeight;
      // The event of our own scroll comes a frame later; text or a piece's size that changed in
      // between moves the end, not the reader: only a box above where it was put has been scrolled up.
      const followed = followedTop.current !== null && box.scrollTop >= followedTop.current;
      atEnd.current = fromBottom <= AT_END_PX || followed;
      if (!atEnd.current) followedTop.current = null;
    };
    box.addEventListener('scroll', onScroll, { passive: true });
    return () => box.removeEventListener('scroll', onScroll);
  }, [active]);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || !active || !atEnd.current) return;
    box.scrollTop = box.scrollHeight;
    followedTop.current = box.scrollTop;
  }, [active, content]);
  return ref;
}
