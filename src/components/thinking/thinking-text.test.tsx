// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ThinkingText } from './thinking-text';

afterEach(cleanup);

describe('ThinkingText', () => {
  it('shows the whole text, and keeps the nodes of finished lines while the thinking grows', () => {
    const { container, rerender } = render(<ThinkingText text={'Step one.\nStep two'} live />);
    expect(container.textContent).toBe('Step one.\nStep two');
    const firstLine = container.firstElementChild;

    rerender(<ThinkingText text={'Step one.\nStep two, then\nstep three'} live />);
    expect(container.textContent).toBe('Step one.\nStep two, then\nstep three');
    expect(container.firstElementChild).toBe(firstLine);
    expect(container.children).toHaveLength(3);
  });
});

describe('ThinkingText without line breaks', () => {
  it('keeps a long line-less thought in bounded pieces whose nodes stay while it grows', () => {
    const loop = ' Still thinking in circles...';
    const { container, rerender } = render(<ThinkingText text={loop.repeat(200)} live />);
    const pieces = [...container.children];
    expect(pieces.length).toBeGreaterThan(4);
    for (const piece of pieces) expect(piece.textContent?.length).toBeLessThan(1100);

    rerender(<ThinkingText text={loop.repeat(240)} live />);
    expect(container.textContent).toBe(loop.repeat(240));
    pieces.forEach((piece, index) => expect(container.children[index]).toBe(piece));
  });
});

describe('ThinkingText out of view', () => {
  const skipped = (piece: Element) => piece.className.includes('content-visibility:auto');

  it('skips only pieces finished before the last two while live, and none once finished', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Step ${i + 1}.\n`).join('');
    const { container, rerender } = render(<ThinkingText text={lines} live />);
    // The piece that grows and the one that may have had its last text in this step are shown
    // whatever their place: a piece gets skipped only with the text it was last shown with.
    expect([...container.children].map(skipped)).toEqual([true, true, true, true, false, false]);

    rerender(<ThinkingText text={lines} live={false} />);
    expect([...container.children].some(skipped)).toBe(false);
  });
});
