import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

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
 * Keeps the conversation scrolled to its end while the user follows it, and not while the user
 * has scrolled up to read. A change of `followKey` (a new message, another conversation) always
 * brings the end into view.
 *
 * The scroll happens when the content's or the scroll box's size changes, in a resize observer:
 * it runs after the browser laid out the frame that grew the answer and before that frame is
 * painted, so following the end adds no frame of its own (a scroll in the next animation frame
 * doubled the frames, and their painting, of a streamed answer), and it runs after the frame's
 * scroll events, so a scroll up by the user in this frame has already stopped the following.
 */
export function useStickToBottom(
  contentRef: RefObject<HTMLElement | null>,
  followKey: string,
): void {
  const container = useRef<HTMLElement | null>(null);
  const following = useRef(true);
  const lastKey = useRef(followKey);

  useEffect(() => {
    const content = contentRef.current;
    const box = content && scrollParent(content);
    container.current = box;
    if (!content || !box) return;
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
    const toEnd = () => {
      if (following.current) box.scrollTop = box.scrollHeight;
    };
    // The content grows with the answer (and with its actions, a divider, late maths); the box
    // shrinks when the composer grows.
    const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(toEnd) : null;
    resizes?.observe(content);
    resizes?.observe(box);
    return () => {
      resizes?.disconnect();
      box.removeEventListener('scroll', onScroll);
    };
  }, [contentRef]);

  useLayoutEffect(() => {
    if (followKey === lastKey.current) return;
    lastKey.current = followKey;
    following.current = true;
    const box = container.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [followKey]);
}
