import { describe, expect, it } from 'vitest';
import {
  PROBE_MAX_TOKENS,
  THINK_LONGER_NUDGE,
  probeRequest,
  resumeThinkingRequest,
} from './probe-prompts';

const messages = [{ role: 'user' as const, content: 'What is 6 times 7?' }];
const sampling = { temperature: 0.6, topP: 0.95, topK: 20, minP: 0, maxTokens: 900 };

describe('probe and resume prompts', () => {
  it('asks for a short greedy trial answer with log-probabilities after the closed thinking', () => {
    const request = probeRequest(messages, 'So it is 42. ');
    expect(request).toMatchObject({
      kind: 'raw',
      prompt:
        '<|im_start|>user\nWhat is 6 times 7?<|im_end|>\n<|im_start|>assistant\n' +
        '<think>\nSo it is 42.\n</think>\n\n',
      logprobs: true,
      stop: ['\n'],
      sampling: { topK: 1, maxTokens: PROBE_MAX_TOKENS, temperature: 1 },
    });
  });

  it('resumes thinking inside the open think block, with the caller’s sampling', () => {
    const request = resumeThinkingRequest(messages, 'So it is 42. Wait', sampling);
    expect(request).toEqual({
      kind: 'raw',
      prompt:
        '<|im_start|>user\nWhat is 6 times 7?<|im_end|>\n<|im_start|>assistant\n' +
        '<think>\nSo it is 42. Wait',
      sampling,
    });
  });

  it('"Think longer" after a forced probe (nothing held back) nudges with s1\'s "Wait"', () => {
    const request = resumeThinkingRequest(messages, `So it is 42. ${THINK_LONGER_NUDGE}`, sampling);
    expect(request.kind === 'raw' && request.prompt.endsWith('<think>\nSo it is 42. Wait')).toBe(
      true,
    );
  });
});
