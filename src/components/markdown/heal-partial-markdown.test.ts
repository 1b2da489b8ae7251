import { describe, expect, it } from 'vitest';
import { healPartialMarkdown as heal } from './heal-partial-markdown';

describe('healPartialMarkdown: blocks', () => {
  it('closes an unclosed backtick fence with a fence of the same length and indent', () => {
    expect(heal('```js\nconst a = 1;')).toBe('```js\nconst a = 1;\n```');
    expect(heal('````\nx')).toBe('````\nx\n````');
    expect(heal('- item\n  ```sh\n  ls')).toBe('- item\n  ```sh\n  ls\n  ```');
  });

  it('closes an unclosed tilde fence', () => {
    expect(heal('~~~\ncode')).toBe('~~~\ncode\n~~~');
  });

  it('drops a trailing blank line or half-typed closing fence inside the code', () => {
    expect(heal('```py\nx = 1\n')).toBe('```py\nx = 1\n```');
    expect(heal('```py\nx = 1\n``')).toBe('```py\nx = 1\n```');
    expect(heal('```py\n')).toBe('```py\n```');
    expect(heal('Intro\n```')).toBe('Intro\n```\n```');
  });

  it('leaves a closed fence and its markers alone', () => {
    const text = '```\n**not bold `\n```';
    expect(heal(text)).toBe(text);
  });

  it('heals inline text after a closed fence', () => {
    expect(heal('```\ncode\n```\nand **bold')).toBe('```\ncode\n```\nand **bold**');
  });

  it('closes an unclosed $$ or \\[ math block', () => {
    expect(heal('$$\nx^2 +')).toBe('$$\nx^2 +\n$$');
    expect(heal('\\[\n\\frac{a}{b}')).toBe('\\[\n\\frac{a}{b}\n\\]');
  });

  it('hides a half-typed last line that would flash as a stray marker or heading', () => {
    expect(heal('Some text\n-')).toBe('Some text');
    expect(heal('Some text\n==')).toBe('Some text');
    expect(heal('Some text\n``')).toBe('Some text');
    expect(heal('Some text\n#')).toBe('Some text');
    expect(heal('Some text\n$')).toBe('Some text');
    expect(heal('a - b')).toBe('a - b');
  });
});

describe('healPartialMarkdown: inline', () => {
  it('closes unmatched emphasis and strikethrough', () => {
    expect(heal('Hello **wor')).toBe('Hello **wor**');
    expect(heal('Hello __wor')).toBe('Hello __wor__');
    expect(heal('Hello ~~wor')).toBe('Hello ~~wor~~');
    expect(heal('Hello *wor')).toBe('Hello *wor*');
  });

  it('closes before trailing whitespace so that the closer can close', () => {
    expect(heal('Hello **world ')).toBe('Hello **world**');
  });

  it('drops a marker with nothing after it yet', () => {
    expect(heal('Hello **')).toBe('Hello');
    expect(heal('Hello `')).toBe('Hello');
    expect(heal('Cost: $')).toBe('Cost:');
  });

  it('closes nested markers innermost first', () => {
    expect(heal('**bold *both')).toBe('**bold *both***');
    expect(heal('**see `code')).toBe('**see `code`**');
  });

  it('leaves matched markers alone', () => {
    const text = '**a** and __b__ and `c` and $d$ and ~~e~~';
    expect(heal(text)).toBe(text);
    expect(heal('**a** and **b')).toBe('**a** and **b**');
  });

  it('ignores markers inside code spans and escaped markers', () => {
    expect(heal('use `**kwargs` here')).toBe('use `**kwargs` here');
    expect(heal('a \\*\\* b')).toBe('a \\*\\* b');
  });

  it('ignores intraword underscores and spaced operators', () => {
    expect(heal('call snake__case_name')).toBe('call snake__case_name');
    expect(heal('2 * 3 = 6 and 2 ** 3 = 8')).toBe('2 * 3 = 6 and 2 ** 3 = 8');
    expect(heal('* list item')).toBe('* list item');
  });

  it('closes an unmatched code span with the same number of backticks', () => {
    expect(heal('run `npm te')).toBe('run `npm te`');
    expect(heal('run ``a ` b')).toBe('run ``a ` b``');
  });

  it('closes unmatched math that already looks like TeX, but not a price', () => {
    expect(heal('where $x^2 + ')).toBe('where $x^2 +$');
    expect(heal('where \\(x_1')).toBe('where \\(x_1\\)');
    expect(heal('it costs $5 and')).toBe('it costs $5 and');
    expect(heal('so $$\\sum_i')).toBe('so $$\\sum_i$$');
  });

  it('shows a half-typed link as its text and hides a half-typed image', () => {
    expect(heal('See [the docs](htt')).toBe('See the docs');
    expect(heal('See [the docs](')).toBe('See the docs');
    expect(heal('Look ![a cat](https://exa')).toBe('Look ');
    expect(heal('See [**the** docs](https://x')).toBe('See **the** docs');
  });

  it('leaves complete links and link-like text inside code alone', () => {
    expect(heal('See [docs](https://x.org).')).toBe('See [docs](https://x.org).');
    expect(heal('`[a](b')).toBe('`[a](b`');
  });

  it('only heals the last paragraph of the block', () => {
    expect(heal('1. a **b\n\n   c **d')).toBe('1. a **b\n\n   c **d**');
  });
});
