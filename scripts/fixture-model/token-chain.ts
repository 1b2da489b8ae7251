import type { FixtureScript } from './fixture-scripts';
import type { Qwen3Tokenizer } from './qwen3-tokenizer';

/**
 * The fixture model is an order-1 Markov chain: the next token depends only on the last one.
 * `next` maps every token the model can see last to the token it must emit.
 */
export interface TokenChain {
  readonly next: ReadonlyMap<number, number>;
  /** Token ids of the thinking text, as emitted (without the tags). */
  readonly thinkingTokens: readonly number[];
  readonly answerTokens: readonly number[];
  /** The stray byte token that outbids `runnerUp` (see FixtureScript.strayByte). */
  readonly stray?: { readonly token: number; readonly runnerUp: number };
}

export function buildTokenChain(script: FixtureScript, tokenizer: Qwen3Tokenizer): TokenChain {
  const { ids } = tokenizer;
  // The newline before `</think>` matches Qwen3's own `...\n</think>\n\n` output.
  const thinkingText = script.loopsThinking ? script.thinking : `${script.thinking}\n`;
  const thinkingTokens = tokenizer.encode(thinkingText);
  const answerTokens = tokenizer.encode(script.answer);
  const nudgeTokens = script.thinksOnAfter ? tokenizer.encode(script.thinksOnAfter) : [];
  if (script.loopsThinking && thinkingTokens.length === 0) {
    throw new Error(`Fixture "${script.name}": a looping script needs thinking text`);
  }
  if (nudgeTokens.length > 0 && !script.loopsThinking) {
    throw new Error(`Fixture "${script.name}": only a looping script thinks on after a word`);
  }
  for (const id of [...thinkingTokens, ...answerTokens, ...nudgeTokens]) {
    if (tokenizer.isAddedToken(id)) {
      throw new Error(
        `Fixture "${script.name}": special token ${tokenizer.piece(id)} is not allowed in its text`,
      );
    }
  }

  const next = new Map<number, number>();
  const link = (path: readonly number[]): void => {
    for (let i = 0; i + 1 < path.length; i++) {
      const from = path[i] ?? -1;
      const to = path[i + 1] ?? -1;
      if (next.has(from)) {
        throw new Error(
          `Fixture "${script.name}": token ${from} ${JSON.stringify(tokenizer.piece(from))} ` +
            'occurs twice in the script; a one-token-memory model cannot know what follows it. ' +
            'Reword the text so every token (including the prompt-final "\\n" and "\\n\\n") is unique.',
        );
      }
      next.set(from, to);
    }
  };

  // A looping answer goes back to its first token instead of ending.
  const answerEnd = script.loopsAnswer ? (answerTokens[0] ?? -1) : ids.imEnd;
  if (script.loopsThinking) {
    const first = thinkingTokens[0] ?? -1;
    link([ids.newline, ids.thinkOpen, ...thinkingTokens, first]);
    link([ids.thinkClose, ids.doubleNewline, ...answerTokens, answerEnd]);
    if (nudgeTokens.length > 0) link([...nudgeTokens, first]);
  } else {
    link([
      ids.newline,
      ids.thinkOpen,
      ...thinkingTokens,
      ids.thinkClose,
      ids.doubleNewline,
      ...answerTokens,
      answerEnd,
    ]);
  }
  return { next, thinkingTokens, answerTokens, stray: strayToken(script, tokenizer, answerTokens) };
}

/** GPT-2's byte-level alphabet: printable Latin-1 bytes stand for themselves. */
function bytePiece(byte: number): string {
  if ((byte >= 0x21 && byte <= 0x7e) || (byte >= 0xa1 && byte <= 0xac) || byte >= 0xae) {
    return String.fromCharCode(byte);
  }
  throw new Error(`Byte 0x${byte.toString(16)} is not in the printable byte alphabet`);
}

function strayToken(
  script: FixtureScript,
  tokenizer: Qwen3Tokenizer,
  answerTokens: readonly number[],
): TokenChain['stray'] {
  if (!script.strayByte) return undefined;
  const { byte, replaces } = script.strayByte;
  const runnerUp = answerTokens.find((id) => tokenizer.decode([id]) === replaces);
  const token = tokenizer.tokens.indexOf(bytePiece(byte));
  if (runnerUp === undefined || token < 0) {
    throw new Error(
      `Fixture "${script.name}": ${JSON.stringify(replaces)} is not one answer token`,
    );
  }
  return { token, runnerUp };
}

/** Follows the chain from `start` like greedy decoding would, stopping at `stop` or `limit`. */
export function walkChain(chain: TokenChain, start: number, stop: number, limit: number): number[] {
  const emitted: number[] = [];
  let current = start;
  while (emitted.length < limit) {
    const following = chain.next.get(current);
    if (following === undefined) break;
    emitted.push(following);
    if (following === stop) break;
    current = following;
  }
  return emitted;
}
