import { closesRegion, isBlank, leadingWhitespace, openRegion } from './block-syntax';
import type { Region } from './block-syntax';
import { scanOpenMarkers } from './inline-markers';

// A last line that is only the start of a fence, a setext underline, `$$` or an empty ATX heading
// would flash as a stray character, a heading or an empty element until the next token arrives.
const PARTIAL_LAST_LINE = /(^|\n)[ \t]*(`{1,2}|~{1,2}|-{1,2}|={1,2}|\$|#{1,6})[ \t]*$/;
const PARTIAL_LINK = /(!?)\[([^[\]\n]*)\]\([^)\n]*$/;
// A lone `$` closes only when the text after it already looks like TeX; otherwise it is more likely
// a price ("$5 and …") that must not flash as math.
const LOOKS_LIKE_TEX = /[\\^_{}=]/;

function closeRegion(lines: string[], region: Region, start: number): string {
  const body = [...lines];
  const last = body.at(-1) ?? '';
  const partialCloser =
    body.length - 1 > start &&
    region.kind === 'fence' &&
    /^[`~]+$/.test(last.trim()) &&
    last.trim()[0] === region.fence.marker;
  if (isBlank(last) || partialCloser) body.pop();
  const closer =
    region.kind === 'fence' ? region.fence.marker.repeat(region.fence.length) : region.closer;
  const indent = leadingWhitespace(lines[start] ?? '');
  return [...body, indent + closer].join('\n');
}

function healLink(text: string): string {
  const match = PARTIAL_LINK.exec(text);
  if (!match) return text;
  // A `[` inside an unclosed code span or math is literal text, not a link.
  if (scanOpenMarkers(text.slice(0, match.index)).some((marker) => marker.literal)) return text;
  const replacement = match[1] === '!' ? '' : (match[2] ?? '');
  return text.slice(0, match.index) + replacement;
}

function closeInlineMarkers(text: string): string {
  let result = text;
  const open = scanOpenMarkers(text);
  for (const marker of open.reverse()) {
    const content = result.slice(marker.index + marker.token.length);
    if (content.trim() === '') {
      result = result.slice(0, marker.index).trimEnd();
    } else if (marker.token === '$' && !LOOKS_LIKE_TEX.test(content)) {
      continue;
    } else if (marker.token.startsWith('`')) {
      result += marker.closer;
    } else {
      result = result.trimEnd() + marker.closer;
    }
  }
  return result;
}

/**
 * Makes the growing last block of a streaming answer render sanely: closes an unclosed code fence
 * or math block, closes (or drops, when nothing follows them) dangling inline markers such as `**`,
 * backticks and `$`, shows a half-typed link as its text, and hides a half-typed last line.
 * The result is only ever rendered, never stored.
 */
export function healPartialMarkdown(tail: string): string {
  const lines = tail.split('\n');
  let region: Region | null = null;
  let regionStart = 0;
  let inlineStart = 0;
  for (const [index, line] of lines.entries()) {
    if (region !== null) {
      if (closesRegion(region, line)) {
        region = null;
        inlineStart = index + 1;
      }
    } else if (isBlank(line)) {
      inlineStart = index + 1;
    } else {
      region = openRegion(line);
      regionStart = index;
    }
  }
  if (region !== null) {
    return closeRegion(lines, region, regionStart);
  }

  const head = lines.slice(0, inlineStart);
  let inline = lines.slice(inlineStart).join('\n').replace(PARTIAL_LAST_LINE, '');
  inline = closeInlineMarkers(healLink(inline));
  return inline === '' ? head.join('\n').trimEnd() : [...head, inline].join('\n');
}
