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
    const { rerender } = render(<Box content="a" />);
    const box = screen.getByTestId('box');
    withLayout(box, layout);

    layout.height = 1000;
    rerender(<Box content="ab" />);
    expect(box.scrollTop).toBe(800);
    // The scroll's event comes a frame later, after the text (or a piece's size) grew by 100 px.
    layout.height = 1100;
    fireEvent.scroll(box);
    layout.height = 1200;
    rerender(<Box content="abc" />);
    expect(box.scrollTop).toBe(1000);

    // The reader scrolls up: the box stays where they are while the text grows.
    box.scrollTop = 300;
    fireEvent.scroll(box);
    layout.height = 1300;
    rerender(<Box content="abcd" />);
    expect(box.scrollTop).toBe(300);

    // Back at the end, it follows again.
    box.scrollTop = 1100;
    fireEvent.scroll(box);
    layout.height = 1400;
    rerender(<Box content="abcde" />);
    expect(box.scrollTop).toBe(1200);
  });
});
