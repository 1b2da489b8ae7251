/**
 * Both libraries stream OpenAI-style `choices[0].logprobs = { content: [{ token, logprob, … }] }`;
 * wllama's typings call a raw completion's field `null`, but llama.cpp's server code inside it
 * fills it the same way once `n_probs` is set. Read at run time, so a library that changes its
 * shape yields no log-probabilities rather than wrong ones.
 */
export function readTokenLogprobs(logprobs: unknown): number[] | undefined {
  if (typeof logprobs !== 'object' || logprobs === null) return undefined;
  const content = (logprobs as { content?: unknown }).content;
  if (!Array.isArray(content)) return undefined;
  const values: number[] = [];
  for (const entry of content as unknown[]) {
    const logprob =
      typeof entry === 'object' && entry !== null
        ? (entry as { logprob?: unknown }).logprob
        : undefined;
    // llama.cpp writes -inf as null in JSON; a token the model ruled out has probability 0.
    if (logprob === null) values.push(Number.NEGATIVE_INFINITY);
    else if (typeof logprob === 'number' && logprob <= 0) values.push(logprob);
    else return undefined;
  }
  return values.length > 0 ? values : undefined;
}

/** A positive finite rate, or null: a library reports 0 or NaN for a request it did not time. */
export function rate(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}
