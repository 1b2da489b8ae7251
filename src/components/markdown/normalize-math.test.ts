import { describe, expect, it } from 'vitest';
import { normalizeMath } from './normalize-math';

describe('normalizeMath', () => {
  it('returns text without $ or backslashes unchanged', () => {
    const text = 'Plain **text** with `code`.';
    expect(normalizeMath(text)).toBe(text);
  });

  it('converts \\(…\\) to inline dollars', () => {
    expect(normalizeMath('Let \\( x^2 \\) be')).toBe('Let $x^2$ be');
    expect(normalizeMath('a \\(x\\), b \\(y\\).')).toBe('a $x$, b $y$.');
  });

  it('converts a \\[…\\] line to a display block on its own lines', () => {
    expect(normalizeMath('Then:\n\\[ E = mc^2 \\]\ndone')).toBe('Then:\n$$\nE = mc^2\n$$\ndone');
  });

  it('converts a multi-line \\[ block and keeps the indentation of list items', () => {
    expect(normalizeMath('1. Sum:\n   \\[\n   \\sum_i x_i\n   \\]')).toBe(
      '1. Sum:\n   $$\n   \\sum_i x_i\n   $$',
    );
    expect(normalizeMath('\\[ a = b\n+ c \\]')).toBe('$$\na = b\n+ c\n$$');
  });

  it('turns a one-line $$…$$ paragraph into a display block', () => {
    expect(normalizeMath('$$ x^2 $$')).toBe('$$\nx^2\n$$');
    expect(normalizeMath('$$\\begin{aligned} a \\\\\n b \\end{aligned}$$')).toBe(
      '$$\n\\begin{aligned} a \\\\\n b \\end{aligned}\n$$',
    );
  });

  it('leaves $$ in running text inline', () => {
    expect(normalizeMath('so $$x$$ is inline')).toBe('so $$x$$ is inline');
    expect(normalizeMath('so \\[x\\] is inline')).toBe('so $$x$$ is inline');
  });

  it('leaves the inside of an existing $$ block alone, including \\\\[2pt]', () => {
    const block = '$$\n\\begin{matrix} a \\\\[2pt] b \\end{matrix}\n$$';
    expect(normalizeMath(block)).toBe(block);
  });

  it('does not touch fenced code or inline code', () => {
    const fence = '```latex\n\\(x\\) and $5 and \\[y\\]\n```';
    expect(normalizeMath(`${fence}\nand \\(z\\)`)).toBe(`${fence}\nand $z$`);
    expect(normalizeMath('use `\\(x\\)` or `$5` then \\(y\\)')).toBe(
      'use `\\(x\\)` or `$5` then $y$',
    );
  });

  it('keeps real inline math and escapes dollars used as prices', () => {
    expect(normalizeMath('$x^2$ and $y$.')).toBe('$x^2$ and $y$.');
    expect(normalizeMath('It costs $5 and $10.')).toBe('It costs \\$5 and \\$10.');
    expect(normalizeMath('From $5, then $x$')).toBe('From \\$5, then $x$');
    expect(normalizeMath('Pay $ 5')).toBe('Pay \\$ 5');
  });

  it('keeps already escaped dollars and backslashes as they are', () => {
    expect(normalizeMath('\\$5 and \\\\(x')).toBe('\\$5 and \\\\(x');
  });

  it('leaves unbalanced or empty delimiters as text', () => {
    expect(normalizeMath('open \\(x but never closed')).toBe('open \\(x but never closed');
    expect(normalizeMath('empty \\(\\)')).toBe('empty \\(\\)');
  });
});
