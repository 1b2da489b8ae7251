/** What a finished stream recorded about its tokens and timing. */
export interface TokenRecord {
  firstTokenAt: number | null;
  finishedAt: number | null;
  /** Streamed thinking tokens. */
  thinkingTokens: number;
  /** Every generated token, thinking included, as the engine counted them (null: not reported). */
  completionTokens: number | null;
}

export interface TokenStats {
  /** Generated tokens: thinking + answer. */
  totalTokens: number | null;
  thinkingTokens: number;
  answerTokens: number | null;
  /** Generated tokens per second of generation (first token to last). */
  tokensPerSecond: number | null;
}

/** The one definition of token counts and speed, for every view that shows them. */
export function tokenStats(record: TokenRecord): TokenStats {
  const { firstTokenAt, finishedAt, thinkingTokens } = record;
  const totalTokens =
    record.completionTokens === null ? null : Math.max(record.completionTokens, thinkingTokens);
  const generationMs =
    finishedAt !== null && firstTokenAt !== null ? finishedAt - firstTokenAt : null;
  const tokensPerSecond =
    totalTokens !== null && generationMs !== null && generationMs > 0
      ? totalTokens / (generationMs / 1000)
      : null;
  return {
    totalTokens,
    thinkingTokens,
    answerTokens: totalTokens === null ? null : totalTokens - thinkingTokens,
    tokensPerSecond,
  };
}
