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
 * Keeps the view at the end of the conversation while the user follows it: at most one scroll
 * per animation frame however fast tokens arrive (a scroll per token forces a layout per token,
 * which grows with the answer), and none while the user has scrolled up to read. A new message
 * (`messageCount` grows) always brings the end into view.
 */
export function useStickToBottom(
  endRef: RefObject<HTMLElement | null>,
  messageCount: number,
  contentSize: number,
): void {
  const following = useRef(true);
  const frame = useRef<number | null>(null);
  const lastCount = useRef(messageCount);

  useEffect(() => {
    const end = endRef.current;
    const container = end && scrollParent(end);
    if (!container) return;
    const onScroll = () => {
      const distance = container.scrollHeight - container.scrollTop - container.clientHeight;
      following.current = distance <= FOLLOW_THRESHOLD_PX;
    };
    container.addEventListener('scroll', onScroll, { passive: true });
    return () => container.removeEventListener('scroll', onScroll);
  }, [endRef]);

  useEffect(() => {
    if (messageCount !== lastCount.current) {
      lastCount.current = messageCount;
      following.current = true;
    }
    if (!following.current || frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      endRef.current?.scrollIntoView({ block: 'end' });
    });
  }, [endRef, messageCount, contentSize]);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
}
