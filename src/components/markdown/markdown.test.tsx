// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Markdown } from './markdown';

afterEach(cleanup);

describe('<Markdown>', () => {
  it('renders GFM: tables in a horizontal scroller, task lists, strikethrough', () => {
    const { container } = render(
      <Markdown text={'| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n~~old~~'} />,
    );
    const table = screen.getByRole('table');
    expect(table.parentElement?.className).toContain('overflow-x-auto');
    expect(screen.getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '2']);
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    expect(container.querySelector('del')?.textContent).toBe('old');
  });

  it('renders a code block with highlighting, a language label and a copy button', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = render(<Markdown text={'```ts\nconst answer: number = 42;\n```'} />);
    expect(container.querySelector('pre code.hljs .hljs-keyword')?.textContent).toBe('const');
    expect(container.querySelector('.md-code-language')?.textContent).toBe('ts');

    const button = screen.getByRole('button', { name: 'Copy code' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(writeText).toHaveBeenCalledWith('const answer: number = 42;');
    expect(screen.getByRole('button', { name: 'Copied' })).toBe(button);
  });

  it('reports a failed copy instead of claiming success', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Markdown text={'```\nx\n```'} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    });
    expect(screen.getByRole('button', { name: 'Copy failed' })).toBeTruthy();
  });

  it('renders inline code without a copy button', () => {
    const { container } = render(<Markdown text="Use `npm test`." />);
    expect(container.querySelector('p > code')?.textContent).toBe('npm test');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    ['$x^2$', false],
    ['\\(x^2\\)', false],
    ['$$\nx^2\n$$', true],
    ['\\[x^2\\]', true],
  ])('renders %s with KaTeX', (text, display) => {
    const { container } = render(<Markdown text={text} />);
    expect(container.querySelector('.katex')).not.toBeNull();
    expect(container.querySelector('.katex-display') !== null).toBe(display);
  });

  it('renders a ```math block as display math', () => {
    const { container } = render(<Markdown text={'```math\nx^2\n```'} />);
    expect(container.querySelector('.katex-display')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy code' })).toBeNull();
  });

  it('does not let TeX create links or run script URLs', () => {
    const { container } = render(<Markdown text={'$\\href{javascript:alert(1)}{click}$'} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('click');
  });

  it('does not turn prices into math', () => {
    const { container } = render(<Markdown text="It costs $5 and $10." />);
    expect(container.querySelector('.katex')).toBeNull();
    expect(container.textContent).toBe('It costs $5 and $10.');
  });

  it('shows raw HTML as text and creates no element from it', () => {
    const html = '<img src=x onerror=alert(1)>';
    const { container } = render(<Markdown text={`Hi ${html} there`} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(html);
  });

  it('never creates or runs a script', () => {
    const flag = vi.fn();
    Object.assign(window, { pwned: flag });
    const { container } = render(<Markdown text={'<script>window.pwned()</script>\n\nok'} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>window.pwned()</script>');
    expect(flag).not.toHaveBeenCalled();
  });

  it('renders javascript: links inert and http links safely', () => {
    const { container } = render(
      <Markdown text="[bad](javascript:alert(1)) and [good](https://example.com)" />,
    );
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(screen.queryByRole('link', { name: 'bad' })).toBeNull();
    expect(screen.getByText('bad')).toBeTruthy();
    const good = screen.getByRole('link', { name: 'good' });
    expect(good.getAttribute('href')).toBe('https://example.com');
    expect(good.getAttribute('target')).toBe('_blank');
    expect(good.getAttribute('rel')).toBe('noopener noreferrer nofollow');
  });

  it('loads a remote image only after a click, without a referrer', () => {
    const { container } = render(<Markdown text="![a cat](https://img.example.com/cat.png)" />);
    expect(container.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load image: a cat (img.example.com)' }));
    const image = screen.getByRole('img', { name: 'a cat' });
    expect(image.getAttribute('src')).toBe('https://img.example.com/cat.png');
    expect(image.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('treats an embedded data image like a remote one: click to load', () => {
    const { container } = render(<Markdown text="![dot](data:image/png;base64,iVBORw0KGgo=)" />);
    expect(container.querySelector('img')).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'Load image: dot (embedded in the message)' }),
    );
    expect(screen.getByRole('img', { name: 'dot' })).toBeTruthy();
  });

  it('gives an image with a script URL no way to load', () => {
    const { container } = render(<Markdown text="![x](javascript:alert(1))" />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('heals half-typed markdown only while streaming', () => {
    const { container, rerender } = render(<Markdown text={'Hello **wor'} streaming />);
    expect(container.querySelector('strong')?.textContent).toBe('wor');
    rerender(<Markdown text={'Hello **wor'} streaming={false} />);
    expect(container.querySelector('strong')).toBeNull();
    expect(container.textContent).toBe('Hello **wor');
  });

  it('renders an unclosed code fence as a code block while streaming', () => {
    const { container } = render(<Markdown text={'Intro\n\n```py\nprint(1)'} streaming />);
    expect(container.querySelector('pre code')?.textContent).toBe('print(1)\n');
    expect(container.querySelector('.md-code-language')?.textContent).toBe('py');
  });
});
