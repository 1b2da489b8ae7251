import { isFenceClose, leadingWhitespace, parseFenceOpen } from './block-syntax';

const BLANK_LINE = /\n[ \t]*\n/;
const BLANK_LINE_AT = /\n[ \t]*\n/y;

interface DisplayMath {
  lines: string[];
  end: number;
}

function runLength(text: string, at: number, char: string): number {
  let end = at;
  while (text[end] === char) end += 1;
  return end - at;
}

/**
 * Pandoc's rule for a single `$`: the opener is followed by a non-space, the closer is preceded by
 * a non-space and not followed by a digit. It keeps prices ("$5 and $10") out of math mode, which
 * remark-math alone does not.
 */
function findDollarCloser(text: string, open: number): number {
  if (/\s/.test(text[open + 1] ?? ' ')) return -1;
  for (let at = open + 1; at < text.length; at += 1) {
    const char = text[at];
    if (char === '\\') {
      at += 1;
    } else if (char === '\n') {
      BLANK_LINE_AT.lastIndex = at;
      if (BLANK_LINE_AT.test(text)) return -1;
    } else if (char === '$') {
      const valid =
        !/\s/.test(text[at - 1] ?? ' ') && !/[\d$]/.test(text[at + 1] ?? '') && at > open + 1;
      return valid ? at : -1;
    }
  }
  return -1;
}

/** Converts `\(…\)` and `\[…\]` to dollars and escapes stray `$`, skipping code spans. */
function convertInline(text: string): string {
  let out = '';
  let at = 0;
  while (at < text.length) {
    const char = text[at] ?? '';
    let end = at + 1;
    let replacement: string | null = null;
    if (char === '`') {
      const run = runLength(text, at, '`');
      const close = text.indexOf('`'.repeat(run), at + run);
      end = close === -1 ? at + run : close + run;
    } else if (char === '\\') {
      const next = text[at + 1];
      end = at + 2;
      if (next === '(' || next === '[') {
        const close = text.indexOf(next === '(' ? '\\)' : '\\]', at + 2);
        const inner = close === -1 ? '' : text.slice(at + 2, close);
        if (inner.trim() !== '' && !BLANK_LINE.test(inner)) {
          const dollars = next === '(' ? '$' : '$$';
          replacement = dollars + inner.trim() + dollars;
          end = close + 2;
        }
      }
    } else if (char === '$') {
      if (text[at + 1] === '$') {
        const close = text.indexOf('$$', at + 2);
        end = close === -1 ? at + 2 : close + 2;
      } else {
        const close = findDollarCloser(text, at);
        if (close === -1) replacement = '\\$';
        else end = close + 1;
      }
    }
    out += replacement ?? text.slice(at, end);
    at = end;
  }
  return out;
}

/**
 * A display formula that starts a line (`$$ … $$` or `\[ … \]`, on one line or several) becomes a
 * `$$` block on its own lines, which is what remark-math renders in display mode.
 */
function displayMath(lines: string[], start: number): DisplayMath | null {
  const first = lines[start] ?? '';
  const trimmed = first.trim();
  const opener = trimmed.startsWith('$$') ? '$$' : trimmed.startsWith('\\[') ? '\\[' : null;
  if (opener === null) return null;
  const closer = opener === '$$' ? '$$' : '\\]';
  const indent = leadingWhitespace(first);
  for (let end = start; end < lines.length; end += 1) {
    const line = end === start ? trimmed.slice(2) : (lines[end] ?? '');
    const at = line.indexOf(closer);
    if (at === -1) continue;
    if (line.slice(at + 2).trim() !== '') return null;
    const body =
      end === start
        ? [line.slice(0, at)]
        : [trimmed.slice(2), ...lines.slice(start + 1, end), line.slice(0, at)];
    const content = body.map((part) => part.trimEnd()).filter((part) => part !== '');
    if (content.length === 0) return null;
    const [head = '', ...rest] = content;
    return { lines: [indent + '$$', indent + head.trim(), ...rest, indent + '$$'], end };
  }
  // An unclosed `$$` block is math up to the end of the text: leave it to remark-math as it is.
  return opener === '$$' ? { lines: lines.slice(start), end: lines.length - 1 } : null;
}

/**
 * Prepares model output for remark-math: Qwen writes `\(…\)` and `\[…\]`, which remark-math does not
 * parse, and prices with `$`, which it would. Fenced code and inline code are left untouched.
 */
export function normalizeMath(markdown: string): string {
  if (!markdown.includes('$') && !markdown.includes('\\')) return markdown;
  const lines = markdown.split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(convertInline(paragraph.join('\n')));
    paragraph = [];
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const fence = parseFenceOpen(line);
    const display = fence ? null : displayMath(lines, index);
    if (fence) {
      flush();
      let end = index + 1;
      while (end < lines.length && !isFenceClose(lines[end] ?? '', fence)) end += 1;
      out.push(...lines.slice(index, end + 1));
      index = end;
    } else if (display) {
      flush();
      out.push(...display.lines);
      index = display.end;
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return out.join('\n');
}
