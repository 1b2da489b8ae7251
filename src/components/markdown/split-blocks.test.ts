import { describe, expect, it } from 'vitest';
import { BlockSplitter, splitBlocks } from './split-blocks';

/** A streamed answer with every construct the splitter treats specially. */
const STREAMED = [
  '# Heading',
  'Some **bold** text with `code`.\r\nA second line.',
  '```ts\nconst a = 1;\n\n\nconst b = 2;\n```',
  '- item one\n\n  continued\n\n      indented code',
  '- item two',
  '$$\nx^2\n\n+ 1\n$$',
  '\\[\ny\n\\]',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '~~~\nunclosed at the end\n\nstill code',
].join('\n\n');

describe('splitBlocks', () => {
  it('returns no blocks for empty or blank text', () => {
    expect(splitBlocks('')).toEqual([]);
    expect(splitBlocks('\n\n  \n')).toEqual([]);
  });

  it('splits paragraphs on blank lines and drops the separators', () => {
    expect(splitBlocks('one\ntwo\n\n\nthree\n\n')).toEqual(['one\ntwo', 'three']);
  });

  it('treats CRLF like LF', () => {
    expect(splitBlocks('a\r\n\r\nb')).toEqual(['a', 'b']);
  });

  it('keeps a fenced code block with blank lines inside together', () => {
    const fence = '```python\ndef f():\n\n    return 1\n\n\n```';
    expect(splitBlocks(`Intro\n\n${fence}\n\nAfter`)).toEqual(['Intro', fence, 'After']);
  });

  it('keeps tilde fences and longer fences around shorter ones together', () => {
    const tilde = '~~~\na\n\nb\n~~~';
    const nested = '````md\n```js\n\nx\n```\n\n````';
    expect(splitBlocks(`${tilde}\n\n${nested}\n\nend`)).toEqual([tilde, nested, 'end']);
  });

  it('does not close a backtick fence with tildes or a shorter fence', () => {
    const text = '````\n~~~\n\n```\n\nstill code';
    expect(splitBlocks(text)).toEqual([text]);
  });

  it('keeps everything after an unclosed fence in the last block', () => {
    const text = 'Intro\n\n```js\nconst a = 1;\n\nconst b = 2;\n\n';
    expect(splitBlocks(text)).toEqual(['Intro', '```js\nconst a = 1;\n\nconst b = 2;\n\n']);
  });

  it('does not treat inline triple backticks as a fence', () => {
    expect(splitBlocks('```a``` b\n\nc')).toEqual(['```a``` b', 'c']);
  });

  it('keeps a $$ block with blank lines together', () => {
    const math = '$$\na = b\n\n+ c\n$$';
    expect(splitBlocks(`x\n\n${math}\n\ny`)).toEqual(['x', math, 'y']);
  });

  it('keeps a \\[ block with blank lines together', () => {
    const math = '\\[\na\n\nb\n\\]';
    expect(splitBlocks(`${math}\n\ny`)).toEqual([math, 'y']);
  });

  it('does not open a math block for one-line $$…$$', () => {
    expect(splitBlocks('$$x$$\n\ny')).toEqual(['$$x$$', 'y']);
  });

  it('keeps an unclosed $$ block open to the end', () => {
    expect(splitBlocks('$$\na\n\nb')).toEqual(['$$\na\n\nb']);
  });

  it('splits list items separated by blank lines', () => {
    expect(splitBlocks('- a\n\n- b\n\n1. c\n\n2. d')).toEqual(['- a', '- b', '1. c', '2. d']);
  });

  it('keeps indented continuations (nested lists, item paragraphs, indented code) with their block', () => {
    const text = '1. Step\n\n   More about the step.\n\n   - nested\n\n       code\n\nNext';
    expect(splitBlocks(text)).toEqual([
      '1. Step\n\n   More about the step.\n\n   - nested\n\n       code',
      'Next',
    ]);
  });

  it('keeps a fence inside a list item together even with blank lines in it', () => {
    const item = '- Run:\n\n  ```sh\n  npm i\n\n  npm test\n  ```';
    expect(splitBlocks(`${item}\n\nDone`)).toEqual([item, 'Done']);
  });

  it('keeps tables and headings whole', () => {
    const table = '| a | b |\n| - | - |\n| 1 | 2 |';
    expect(splitBlocks(`# Title\n\n${table}`)).toEqual(['# Title', table]);
  });

  it('never changes a block other than the last one as text is appended', () => {
    const finalBlocks = splitBlocks(STREAMED);
    for (let cut = 0; cut <= STREAMED.length; cut += 1) {
      const blocks = splitBlocks(STREAMED.slice(0, cut));
      const finished = blocks.slice(0, -1);
      expect(finished, `cut at ${cut}`).toEqual(finalBlocks.slice(0, finished.length));
    }
  });

  it('splits CR line ends like LF', () => {
    expect(splitBlocks('a\r\rb\rc')).toEqual(['a', 'b\nc']);
  });
});

describe('BlockSplitter', () => {
  it('splits every version of a streamed text as splitting it whole does', () => {
    for (const step of [1, 2, 3, 7, 40]) {
      const splitter = new BlockSplitter();
      for (let cut = 0; cut <= STREAMED.length + step; cut += step) {
        const text = STREAMED.slice(0, cut);
        expect(splitter.split(text), `step ${step}, cut at ${cut}`).toEqual(splitBlocks(text));
      }
    }
  });

  it('splits a text that does not extend the previous one afresh', () => {
    const splitter = new BlockSplitter();
    splitter.split('```js\nopen fence\n\nstill code');
    expect(splitter.split('Other\n\ntext')).toEqual(['Other', 'text']);
    splitter.split('one\n\ntwo');
    expect(splitter.split('one\n\ntw')).toEqual(['one', 'tw']);
  });
});
