/** Messages between the main thread and the tokenizer worker. */
export type TokenizerRequest = { type: 'count'; id: number; texts: string[] };

export type TokenizerResponse =
  | { type: 'counted'; id: number; counts: number[] }
  | { type: 'failed'; id: number; message: string };
