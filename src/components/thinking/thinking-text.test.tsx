// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ThinkingText } from './thinking-text';

afterEach(cleanup);

describe('ThinkingText', () => {
  it('shows the whole text, and keeps the nodes of finished lines while the thinking grows', () => {
    const { container, rerender } = render(<ThinkingText text={'Step one.\nStep two'} />);
    expect(container.textContent).toBe('Step one.\nStep two');
    const firstLine = container.firstElementChild;

    rerender(<ThinkingText text={'Step one.\nStep two, then\nstep three'} />);
    expect(container.textContent).toBe('Step one.\nStep two, then\nstep three');
    expect(container.firstElementChild).toBe(firstLine);
    expect(container.children).toHaveLength(3);
  });
});
