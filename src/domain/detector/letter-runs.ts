/*
 * Runs of letters and digits (`[\p{L}\p{N}]+` with the `u` flag), found by one pass over the
 * character codes. V8 checks a Unicode property class at every position of a long prompt, which
 * made these two tokenisations a large part of the detector's time on long prompts; here ASCII is a
 * table lookup and other characters are classified once and remembered.
 */

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** 0: not classified yet, 1: letter or number, 2: neither (Basic Multilingual Plane only). */
const bmpClass = new Uint8Array(0x10000);

function isLetterOrNumber(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return (
      (codePoint >= 0x61 && codePoint <= 0x7a) ||
      (codePoint >= 0x41 && codePoint <= 0x5a) ||
      (codePoint >= 0x30 && codePoint <= 0x39)
    );
  }
  if (codePoint > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint));
  let known = bmpClass[codePoint] ?? 0;
  if (known === 0) {
    known = LETTER_OR_NUMBER.test(String.fromCharCode(codePoint)) ? 1 : 2;
    bmpClass[codePoint] = known;
  }
  return known === 1;
}

/**
 * Calls `visit` with each run of letters and digits of `text` and the index where it starts, in
 * order, and, when `symbols` is given, with each character of that set between them as a run of
 * its own (the matches of `[\p{L}\p{N}]+|[symbols]` with the `u` flag).
 */
export function forEachLetterRun(
  text: string,
  visit: (run: string, index: number) => void,
  symbols?: ReadonlySet<string>,
): void {
  let start = -1;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isLetterOrNumber(codePoint)) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) visit(text.slice(start, i), start);
      start = -1;
      const ch = text[i] ?? '';
      if (symbols !== undefined && width === 1 && symbols.has(ch)) visit(ch, i);
    }
    i += width;
  }
  if (start >= 0) visit(text.slice(start), start);
}

/** The runs of `forEachLetterRun`, in order. */
export function letterRuns(text: string, symbols?: ReadonlySet<string>): string[] {
  const runs: string[] = [];
  forEachLetterRun(text, (run) => runs.push(run), symbols);
  return runs;
}
