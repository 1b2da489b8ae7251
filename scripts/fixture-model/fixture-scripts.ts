/**
 * Fixture models and the exact text each one emits. Tests use these as the source of truth.
 *
 * Raw tokens the model emits (`<|im_end|>` is the stop token and is never shown):
 * - thinking on (prompt ends `<|im_start|>assistant\n`):
 *   `<think>` + thinking + `\n</think>\n\n` + answer + `<|im_end|>`.
 *   There is no newline right after `<think>`: "\n" is the prompt's last token, and a token can
 *   occur only once per script, so it cannot also follow `<think>`.
 * - thinking off (prompt ends `<think>\n\n</think>\n\n`): answer + `<|im_end|>`.
 * - `loopsThinking`: thinking on gives `<think>` + thinking repeated forever; a prompt that ends in
 *   `</think>` or `</think>\n\n` (thinking closed by the app) gives answer + `<|im_end|>`; one that
 *   ends in `thinksOnAfter` goes on with the thinking.
 *
 * Through wllama 3.13 `createChatCompletion` (checked in Chromium) llama.cpp splits this into
 * `delta.reasoning_content` = thinking + "\n" (the newline before `</think>` is kept) and
 * `delta.content` = answer, exactly; see `expectedChatOutput`.
 */
export interface FixtureScript {
  readonly name: string;
  /** File name under e2e/fixtures/generated/. */
  readonly fileName: string;
  readonly thinking: string;
  readonly answer: string;
  readonly loopsThinking: boolean;
  /** The answer repeats forever: it only ends at the token limit (a cut-off answer). */
  readonly loopsAnswer?: boolean;
  /** `qwen3.context_length`, the context the model says it was trained for (default 4096). */
  readonly contextLength?: number;
  /**
   * The model's first choice in place of the answer token `replaces` is the lone byte `byte`,
   * which is not valid UTF-8 with what follows; `replaces` is its runner-up. A byte-safe engine
   * never emits invalid UTF-8, so it writes the runner-up and the user sees `answer`.
   */
  readonly strayByte?: { readonly byte: number; readonly replaces: string };
  /**
   * Each answer token has probability about 0.5 in the model's own distribution (the rest is
   * spread thinly over 2,000 other tokens), so the engine's log-probabilities say "unsure". It is
   * still chosen every time: top-k 20 keeps only 19 of the spread tokens, after which the answer
   * token holds 99 % of what is left, above any top-p the app uses (0.8, 0.95).
   */
  readonly unsureAnswer?: boolean;
  /**
   * A looping script's thinking goes on round its loop after this word, as s1's "Wait" makes a
   * model think on ("Think longer" appends it where the early stop held back no word of the
   * model's: `THINK_LONGER_NUDGE`). Without it the word is a token the chain does not know, whose
   * zero embedding makes every logit equal: the model then samples stray punctuation and may end
   * its turn inside its thinking.
   */
  readonly thinksOnAfter?: string;
}

export const chatFixture = {
  name: 'chat',
  fileName: 'chat.gguf',
  thinking: 'The user says hi, so I will greet them warmly.',
  answer: 'Hello from MindSwitch! The tiny model answers.',
  loopsThinking: false,
} as const satisfies FixtureScript;

export const loopFixture = {
  name: 'loop',
  fileName: 'loop.gguf',
  thinking: ' Still thinking in circles...',
  answer: 'Budget reached, so here is my answer.',
  loopsThinking: true,
  thinksOnAfter: ' Wait',
} as const satisfies FixtureScript;

export const htmlFixture = {
  name: 'html',
  fileName: 'html.gguf',
  thinking: 'This reply contains raw HTML.',
  answer: 'Careful: <img src=x onerror=alert(1)> must stay text.',
  loopsThinking: false,
} as const satisfies FixtureScript;

/** An indented code block and inline math: fences would repeat a token (see token-chain.ts). */
export const markdownFixture = {
  name: 'markdown',
  fileName: 'markdown.gguf',
  thinking: 'Formatting test.',
  answer: 'Run this code:\n\n    print(42)\n\nAnd the math: \\(x^3 + y\\) works.',
  loopsThinking: false,
} as const satisfies FixtureScript;

/**
 * Characters that Qwen3's byte-level BPE splits across tokens, so single tokens are not complete
 * UTF-8: "鷲" is three one-byte tokens, "𝄞" is a three-byte token plus a one-byte token.
 */
export const splitCharsFixture = {
  name: 'split-chars',
  fileName: 'split-chars.gguf',
  thinking: 'An eagle 鷲 flies by.',
  answer: 'A clef 𝄞 sings!',
  loopsThinking: false,
} as const satisfies FixtureScript;

/** Split characters in the answer that the thinking budget's raw continuation produces. */
export const splitLoopFixture = {
  name: 'split-loop',
  fileName: 'split-loop.gguf',
  thinking: ' Circling around 鷲 again...',
  answer: 'Out of time, so a clef 𝄞 ends it.',
  loopsThinking: true,
} as const satisfies FixtureScript;

/** Thinks forever in a 1K context: the app must cut thinking to leave room for the answer. */
export const thinkerFixture = {
  name: 'thinker',
  fileName: 'thinker.gguf',
  thinking: ' Let me weigh this once more...',
  answer: 'Here is my answer after all that thinking.',
  loopsThinking: true,
  contextLength: 1024,
} as const satisfies FixtureScript;

/** Answers forever in a 1K context: the answer is cut off at the limit and can be continued. */
export const endlessFixture = {
  name: 'endless',
  fileName: 'endless.gguf',
  thinking: 'The user wants a tale.',
  answer: ' This story never ends.',
  loopsThinking: false,
  loopsAnswer: true,
  contextLength: 1024,
} as const satisfies FixtureScript;

/** Prefers a byte that breaks UTF-8 in the answer, in the plain answer and the continuation. */
export const strayByteFixture = {
  name: 'stray-byte',
  fileName: 'stray-byte.gguf',
  thinking: ' Mulling over one odd symbol...',
  answer: 'A stray byte sits here and then it ends.',
  loopsThinking: true,
  strayByte: { byte: 0xa9, replaces: ' here' },
} as const satisfies FixtureScript;

/**
 * Thinks forever, pausing once a loop ("… 42. Wait, …"). Its trial answer (after the app closes
 * thinking) is always the same but unsure, so stop-when-settled stops it through the "same k
 * times in a row" rule, at a number of thinking tokens that follows from the stop policy alone
 * (see probe-fixtures.test.ts).
 */
export const settleFixture = {
  name: 'settle',
  fileName: 'settle.gguf',
  thinking: ' Six times seven makes 42. Wait, let me recount the groups',
  answer: 'It is forty-two!',
  loopsThinking: true,
  unsureAnswer: true,
} as const satisfies FixtureScript;

/**
 * Thinks forever, pausing once a loop; its trial answer runs longer than a probe's 16 tokens
 * before its first sentence ends, so no probe is ever conclusive and thinking runs to its budget.
 */
export const waverFixture = {
  name: 'waver',
  fileName: 'waver.gguf',
  thinking: ' Seven rows of six apples? Hmm, or was it eight',
  answer:
    'Perhaps the total depends on how many baskets there are and which ones I have not fully counted yet.',
  loopsThinking: true,
  unsureAnswer: true,
} as const satisfies FixtureScript;

/** A draft the model is sure of: Draft + refine keeps it. */
export const sureDraftFixture = {
  name: 'sure-draft',
  fileName: 'sure-draft.gguf',
  thinking: 'Recalling geography facts.',
  answer: 'Berlin is the capital of Germany.',
  loopsThinking: false,
} as const satisfies FixtureScript;

/** The same text, but every answer token unsure: Draft + refine refines it. */
export const unsureDraftFixture = {
  name: 'unsure-draft',
  fileName: 'unsure-draft.gguf',
  thinking: 'Recalling geography facts.',
  answer: 'Berlin is the capital of Germany.',
  loopsThinking: false,
  unsureAnswer: true,
} as const satisfies FixtureScript;

export const fixtureScripts: readonly FixtureScript[] = [
  chatFixture,
  loopFixture,
  htmlFixture,
  markdownFixture,
  thinkerFixture,
  endlessFixture,
  splitCharsFixture,
  splitLoopFixture,
  strayByteFixture,
  settleFixture,
  waverFixture,
  sureDraftFixture,
  unsureDraftFixture,
];

/** Folder (relative to the repository root) the fixture files are written to. */
export const FIXTURE_OUTPUT_DIR = 'e2e/fixtures/generated';

/**
 * `reasoning_content` and `content` that wllama returns for a fixture. A looping fixture with
 * thinking on never finishes, so it has no complete output.
 */
export function expectedChatOutput(
  script: FixtureScript,
  thinkingEnabled: boolean,
): { readonly reasoning: string; readonly content: string } {
  if (!thinkingEnabled) return { reasoning: '', content: script.answer };
  if (script.loopsThinking) {
    throw new Error(
      `Fixture "${script.name}" thinks forever; close its thinking to get the answer`,
    );
  }
  return { reasoning: `${script.thinking}\n`, content: script.answer };
}
