// Line-level recognisers shared by the block splitter, the streaming healer and the math normaliser.
// They are deliberately lenient about indentation so that fences inside list items are recognised too.

export interface Fence {
  marker: '`' | '~';
  length: number;
  indent: string;
}

export type MathCloser = '$$' | '\\]';

/** A multi-line construct whose blank lines must never split a block. */
export type Region = { kind: 'fence'; fence: Fence } | { kind: 'math'; closer: MathCloser };

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})(.*)$/;

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

export function leadingWhitespace(line: string): string {
  return /^\s*/.exec(line)?.[0] ?? '';
}

export function parseFenceOpen(line: string): Fence | null {
  const match = FENCE_OPEN.exec(line);
  if (!match) return null;
  const [, indent = '', run = '', info = ''] = match;
  const marker = run.startsWith('~') ? '~' : '`';
  // CommonMark: the info string of a backtick fence cannot contain backticks (```a``` is inline code).
  if (marker === '`' && info.includes('`')) return null;
  return { marker, length: run.length, indent };
}

export function isFenceClose(line: string, fence: Fence): boolean {
  const trimmed = line.trim();
  return trimmed.length >= fence.length && trimmed === fence.marker.repeat(trimmed.length);
}

/** The closer of a display-math block opened on this line, or null when the line opens none. */
export function parseMathOpen(line: string): MathCloser | null {
  const trimmed = line.trim();
  if (trimmed.startsWith('$$')) return trimmed.includes('$$', 2) ? null : '$$';
  if (trimmed.startsWith('\\[')) return trimmed.includes('\\]', 2) ? null : '\\]';
  return null;
}

export function openRegion(line: string): Region | null {
  const fence = parseFenceOpen(line);
  if (fence) return { kind: 'fence', fence };
  const closer = parseMathOpen(line);
  return closer ? { kind: 'math', closer } : null;
}

export function closesRegion(region: Region, line: string): boolean {
  return region.kind === 'fence' ? isFenceClose(line, region.fence) : line.includes(region.closer);
}
