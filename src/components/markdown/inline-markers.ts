/** An inline construct opened but not closed by the end of the scanned text. */
export interface OpenMarker {
  index: number;
  token: string;
  closer: string;
  /** Code spans and math: their content is literal, so nothing inside them opens anything. */
  literal: boolean;
}

function runLength(text: string, at: number, char: string): number {
  let end = at;
  while (text[end] === char) end += 1;
  return end - at;
}

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

function scanLiteral(text: string, at: number, top: OpenMarker, stack: OpenMarker[]): number {
  if (top.token.startsWith('`')) {
    const run = runLength(text, at, '`');
    if (run === 0) return at + 1;
    if (run === top.token.length) stack.pop();
    return at + run;
  }
  if (text.startsWith(top.closer, at)) {
    stack.pop();
    return at + top.closer.length;
  }
  return text[at] === '\\' && top.closer.startsWith('$') ? at + 2 : at + 1;
}

function toggleEmphasis(text: string, at: number, char: string, stack: OpenMarker[]): number {
  const run = runLength(text, at, char);
  const before = text[at - 1];
  const after = text[at + run];
  // `snake_case__names` and `2 * 3` are not emphasis; GFM uses the same flanking rules.
  const intraword = char === '_' && isWordChar(before) && isWordChar(after);
  // At the very end the next character has not streamed in yet, so the run may still open something.
  const canOpen = at + run === text.length || !isSpace(after);
  const tokens = run >= 3 ? [char.repeat(2), char] : [char.repeat(Math.min(run, 2))];
  for (const token of tokens) {
    if (intraword || (char === '~' && token.length === 1)) continue;
    const open = stack.findLastIndex((marker) => marker.token === token);
    if (open !== -1 && !isSpace(before)) stack.splice(open, 1);
    else if (canOpen) stack.push({ index: at, token, closer: token, literal: false });
  }
  return at + run;
}

/** Scans inline markdown and returns the constructs still open at the end, outermost first. */
export function scanOpenMarkers(text: string): OpenMarker[] {
  const stack: OpenMarker[] = [];
  let at = 0;
  while (at < text.length) {
    const top = stack.at(-1);
    const char = text[at] ?? '';
    if (top?.literal) {
      at = scanLiteral(text, at, top, stack);
    } else if (char === '\\') {
      const next = text[at + 1];
      if (next === '(' || next === '[') {
        const closer = next === '(' ? '\\)' : '\\]';
        stack.push({ index: at, token: `\\${next}`, closer, literal: true });
      }
      at += 2;
    } else if (char === '`') {
      const run = runLength(text, at, '`');
      stack.push({ index: at, token: '`'.repeat(run), closer: '`'.repeat(run), literal: true });
      at += run;
    } else if (char === '$') {
      const token = text[at + 1] === '$' ? '$$' : '$';
      stack.push({ index: at, token, closer: token, literal: true });
      at += token.length;
    } else if (char === '*' || char === '_' || char === '~') {
      at = toggleEmphasis(text, at, char, stack);
    } else {
      at += 1;
    }
  }
  return stack;
}
