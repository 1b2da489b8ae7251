export type ThinkSegment =
  | { channel: 'thinking'; text: string }
  | { channel: 'answer'; text: string }
  /** The model closed its thinking (`</think>`): the answer follows. */
  | { channel: 'thinking-closed' };

const OPEN = '<think>';
const CLOSE = '</think>';

type State = 'start' | 'thinking' | 'answer-start' | 'answer';

/** Length of the longest suffix of `text` that is a proper prefix of `tag`. */
function partialTagLength(text: string, tag: string): number {
  for (let n = Math.min(tag.length - 1, text.length); n > 0; n--) {
    if (tag.startsWith(text.slice(-n))) return n;
  }
  return 0;
}

/**
 * Splits a model's raw stream (`<think>…</think>answer`) into thinking and answer text, chunk by
 * chunk. A tag may be cut across chunks at any point, so a possible tag prefix is held back until
 * the next chunk settles it. Whitespace around the thinking and before the answer is dropped.
 * Work per chunk is proportional to the chunk, not to everything streamed so far.
 */
export class ThinkStreamParser {
  private state: State = 'start';
  private pending = '';
  /** Whitespace inside the thinking, emitted only once more thinking text follows it. */
  private heldWhitespace = '';
  private thinkingStarted = false;

  /**
   * `answer`: the stream continues an answer already under way (nothing is dropped).
   * `thinking`: the stream goes on with thinking already under way (resumed after a probe).
   */
  constructor(startIn: 'start' | 'answer' | 'thinking' = 'start') {
    this.state = startIn;
    this.thinkingStarted = startIn === 'thinking';
  }

  push(chunk: string): ThinkSegment[] {
    this.pending += chunk;
    const out: ThinkSegment[] = [];
    for (;;) {
      const progressed = this.step(out, false);
      if (!progressed) return out;
    }
  }

  /** Flushes what was held back; call once when the stream ends. */
  end(): ThinkSegment[] {
    const out: ThinkSegment[] = [];
    while (this.step(out, true));
    if (this.pending) {
      this.emit(out, this.state === 'thinking' ? 'thinking' : 'answer', this.pending);
      this.pending = '';
    }
    return out;
  }

  /** True while the stream is inside an unclosed `<think>` block. */
  get isThinking(): boolean {
    return this.state === 'thinking';
  }

  private step(out: ThinkSegment[], final: boolean): boolean {
    switch (this.state) {
      case 'start': {
        const trimmed = this.pending.trimStart();
        if (trimmed === '') return false;
        if (trimmed.startsWith(OPEN)) {
          this.pending = trimmed.slice(OPEN.length);
          this.state = 'thinking';
          return true;
        }
        if (!final && OPEN.startsWith(trimmed)) return false;
        this.pending = trimmed;
        this.state = 'answer';
        return true;
      }
      case 'thinking': {
        const close = this.pending.indexOf(CLOSE);
        if (close >= 0) {
          this.emitThinking(out, this.pending.slice(0, close));
          this.heldWhitespace = '';
          this.pending = this.pending.slice(close + CLOSE.length);
          this.state = 'answer-start';
          out.push({ channel: 'thinking-closed' });
          return true;
        }
        const keep = final ? 0 : partialTagLength(this.pending, CLOSE);
        const ready = this.pending.slice(0, this.pending.length - keep);
        this.pending = this.pending.slice(ready.length);
        this.emitThinking(out, ready);
        return false;
      }
      case 'answer-start': {
        const trimmed = this.pending.trimStart();
        this.pending = trimmed;
        if (trimmed === '') return false;
        this.state = 'answer';
        return true;
      }
      case 'answer': {
        if (this.pending) this.emit(out, 'answer', this.pending);
        this.pending = '';
        return false;
      }
    }
  }

  private emitThinking(out: ThinkSegment[], text: string) {
    let body = this.heldWhitespace + text;
    if (!this.thinkingStarted) body = body.trimStart();
    const trailing = /\s*$/.exec(body)?.[0] ?? '';
    this.heldWhitespace = trailing;
    body = body.slice(0, body.length - trailing.length);
    if (!body) return;
    this.thinkingStarted = true;
    this.emit(out, 'thinking', body);
  }

  private emit(out: ThinkSegment[], channel: 'thinking' | 'answer', text: string) {
    const last = out.at(-1);
    if (last && last.channel === channel) last.text += text;
    else out.push({ channel, text });
  }
}
