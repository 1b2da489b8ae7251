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
