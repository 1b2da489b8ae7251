/** Token counts with the loaded model's tokenizer, cached by text. */
export interface TokenCounter {
  /** Counts what is not cached yet; the returned lookup answers for every text in `texts`. */
  countAll(texts: string[]): Promise<(text: string) => number>;
}

/**
 * A conversation's messages are counted once, not on every request: counts are kept by text
 * (at most `maxCached`; the cache starts over when full).
 */
export function createTokenCounter(
  count: (texts: string[]) => Promise<number[]>,
  maxCached = 2000,
): TokenCounter {
  const counted = new Map<string, number>();
  return {
    async countAll(texts) {
      const missing = [...new Set(texts.filter((text) => !counted.has(text)))];
      if (missing.length > 0) {
        const counts = await count(missing);
        if (counted.size + missing.length > maxCached) counted.clear();
        missing.forEach((text, i) => counted.set(text, counts[i] ?? 0));
      }
      return (text) => counted.get(text) ?? 0;
    },
  };
}
