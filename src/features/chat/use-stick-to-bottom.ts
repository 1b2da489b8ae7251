import { useEffect, useRef, type RefObject } from 'react';

/** How close to the bottom (px) still counts as "following the answer". */
const FOLLOW_THRESHOLD_PX = 80;

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/**
 * Keeps the conversation scrolled to its end while the user follows it: at most one scroll per
 * animation frame however fast tokens arrive (a scroll per token forces a layout per token, which
 * grows with the answer), and none while the user has scrolled up to read. A change of
 * `followKey` (a new message, another conversation) always brings the end into view.
 */
export function useStickToBottom(
  contentRef: RefObject<HTMLElement | null>,
  followKey: string,
  /** Changes whenever the content may have grown: the newest message, re-created on each update. */
  latest: unknown,
): void {
  const container = useRef<HTMLElement | null>(null);
  const following = useRef(true);
  const frame = useRef<number | null>(null);
  const lastKey = useRef(followKey);

  /** At most one scroll per animation frame, and only while the user follows the end. */
  function scheduleScroll() {
    if (!following.current || frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      const box = container.current;
      // A scroll by the user in this frame has already run its handler (scroll events fire
      // before animation frame callbacks), so this honours it.
      if (box && following.current) box.scrollTop = box.scrollHeight;
    });
  }

  useEffect(() => {
    const box = contentRef.current && scrollParent(contentRef.current);
    container.current = box;
    if (!box) return;
    let lastTop = box.scrollTop;
    const onScroll = () => {
      const top = box.scrollTop;
      const distance = box.scrollHeight - top - box.clientHeight;
      // Only a move up can mean "let me read": by the time the event for our own scroll down
      // arrives, fast tokens may already have pushed the end far below again.
      if (top < lastTop) following.current = distance <= FOLLOW_THRESHOLD_PX;
      else if (distance <= FOLLOW_THRESHOLD_PX) following.current = true;
      lastTop = top;
    };
    box.addEventListener('scroll', onScroll, { passive: true });
    // Content can also grow after the last update (an answer's actions or details, a divider,
    // late maths): keep the end in view then too.
    const content = contentRef.current;
    const resizes =
      typeof ResizeObserver === 'function' ? new ResizeObserver(() => scheduleScroll()) : null;
    if (content) resizes?.observe(content);
    return () => {
      resizes?.disconnect();
      box.removeEventListener('scroll', onScroll);
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [contentRef]);

  useEffect(() => {
    if (followKey !== lastKey.current) {
      lastKey.current = followKey;
      following.current = true;
    }
    scheduleScroll();
  }, [followKey, latest]);
}
