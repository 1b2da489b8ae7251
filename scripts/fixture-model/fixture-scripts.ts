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
 *   `</think>` or `</think>\n\n` (thinking closed by the app) gives answer + `<|im_end|>`.
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
