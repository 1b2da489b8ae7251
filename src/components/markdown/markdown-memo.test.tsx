// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { createElement } from 'react';
import type { Options } from 'react-markdown';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Markdown } from './markdown';

// Every parse of a block goes through react-markdown; record which sources it was given.
const parsed = vi.hoisted(() => [] as string[]);

vi.mock('react-markdown', async (importOriginal) => {
  const actual = await importOriginal<typeof import('react-markdown')>();
  return {
    ...actual,
    default: (props: Options) => {
      parsed.push(props.children ?? '');
      return createElement(actual.default, props);
    },
  };
});

beforeEach(() => {
  parsed.length = 0;
});
afterEach(cleanup);

const countOf = (source: string) => parsed.filter((entry) => entry === source).length;

describe('<Markdown> memoisation', () => {
  it('re-renders only the growing last block as tokens stream in', () => {
    const head = '# Title\n\nFirst paragraph.\n\n```js\nconst a = 1;\n\nconst b = 2;\n```';
    const { rerender, container } = render(<Markdown text={`${head}\n\nThe ta`} streaming />);
    expect(countOf('# Title')).toBe(1);
    expect(countOf('First paragraph.')).toBe(1);

    for (const tail of [
      'The tai',
      'The tail',
      'The tail grows **bold',
      'The tail grows **bold**.',
    ]) {
      rerender(<Markdown text={`${head}\n\n${tail}`} streaming />);
    }

    expect(countOf('# Title')).toBe(1);
    expect(countOf('First paragraph.')).toBe(1);
    expect(countOf('```js\nconst a = 1;\n\nconst b = 2;\n```')).toBe(1);
    expect(countOf('The tail grows **bold**')).toBe(1); // healed
    expect(container.querySelector('strong')?.textContent).toBe('bold');
  });

  it('renders a finished tail once more without healing, and earlier blocks not at all', () => {
    const { rerender } = render(<Markdown text={'Done.\n\nLast **wor'} streaming />);
    rerender(<Markdown text={'Done.\n\nLast **wor'} streaming={false} />);
    expect(countOf('Done.')).toBe(1);
    expect(countOf('Last **wor**')).toBe(1);
    expect(countOf('Last **wor')).toBe(1);
  });

  it('freezes a block once the next one starts', () => {
    const { rerender } = render(<Markdown text={'One'} streaming />);
    rerender(<Markdown text={'One\n\nT'} streaming />);
    rerender(<Markdown text={'One\n\nTw'} streaming />);
    rerender(<Markdown text={'One\n\nTwo'} streaming />);
    expect(countOf('One')).toBe(1);
    expect(parsed).toEqual(['One', 'T', 'Tw', 'Two']);
  });
});
