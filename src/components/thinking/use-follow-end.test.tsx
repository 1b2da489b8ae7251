// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFollowEnd } from './use-follow-end';

afterEach(cleanup);

function Box({ content }: { content: string }) {
  const ref = useFollowEnd(true, content);
  return (
    <div ref={ref} data-testid="box">
      {content}
    </div>
  );
}

/** jsdom has no layout: a box 200 px high whose content is `layout.height` px, scrolled as a browser does. */
function withLayout(box: HTMLElement, layout: { height: number }) {
  let top = 0;
  const clientHeight = 200;
  Object.defineProperties(box, {
    scrollHeight: { get: () => layout.height },
    clientHeight: { get: () => clientHeight },
    scrollTop: {
      get: () => top,
      set: (value: number) => {
        top = Math.max(0, Math.min(value, layout.height - clientHeight));
      },
    },
  });
}

describe('useFollowEnd', () => {
  it('keeps following when the end moved between its scroll and that scroll’s event, and stops when the reader scrolls up', () => {
    const layout = { height: 200 };
    let content = 'a';
    const { rerender } = render(<Box content={content} />);
    const box = screen.getByTestId('box');
    withLayout(box, layout);
    /** New text arrives and the content is `height` px now. */
    const textGrowsTo = (height: number) => {
      layout.height = height;
      content += 'a';
      rerender(<Box content={content} />);
    };
    const readerScrollsTo = (top: number) => {
      box.scrollTop = top;
      fireEvent.scroll(box);
    };

    textGrowsTo(1000);
    expect(box.scrollTop).toBe(800);
    // The scroll's event comes a frame later, after the text (or a piece's size) grew by 100 px.
    layout.height = 1100;
    fireEvent.scroll(box);
    textGrowsTo(1200);
    expect(box.scrollTop).toBe(1000);

    // The reader scrolls up: the box stays where they are while the text grows.
    readerScrollsTo(300);
    textGrowsTo(1300);
    expect(box.scrollTop).toBe(300);

    // Back at the end, it follows again.
    readerScrollsTo(1100);
    textGrowsTo(1400);
    expect(box.scrollTop).toBe(1200);
  });
});
